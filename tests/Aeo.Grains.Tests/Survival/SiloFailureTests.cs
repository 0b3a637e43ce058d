namespace Aeo.Grains.Tests.Survival;

/// <summary>Kill the silo hosting a run mid-run: the run resumes on the survivor and answers every item exactly once.</summary>
[Trait("Category", "Cluster")]
public sealed class SiloFailureTests(ITestOutputHelper output)
{
    private static readonly string[] Platforms = SurvivalScenario.Platforms;

    [Theory]
    [InlineData(0, true, "00:00:05")]
    [InlineData(1, true, "00:00:05")]
    // The run stays on the survivor and the stall timeout is far beyond the test's deadline: only noticing the
    // dead silo in the membership brings back the work its question grains held.
    [InlineData(1, false, "00:30:00")]
    public async Task Killing_a_silo_mid_run_still_ends_with_every_item_answered_once(int victimIndex, bool runOnVictim, string stalledTimeout)
    {
        var settings = SurvivalScenario.Settings();
        settings["Aeo:Audit:StalledQuestionTimeout"] = stalledTimeout;
        var answers = new AnswerCounter();
        await using var aeo = await AeoTestCluster.StartAsync(2, settings, output, answers.Install);

        var (first, second) = SurvivalScenario.TwoSilos(aeo);
        var (victim, survivor) = victimIndex == 0 ? (first, second) : (second, first);
        var runId = Guid.NewGuid();
        var run = aeo.Run(runId);
        await SurvivalScenario.PlaceRunAsync(aeo, runId, runOnVictim ? victim : survivor);

        await run.StartAsync(aeo.Spec(Platforms, maxQuestions: 30, samples: 1));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        AuditRunView view;
        while ((view = (await run.GetStatusAsync())!).Processed < 15)
        {
            Assert.True(DateTime.UtcNow < deadline, "the run made no progress before the kill");
            await Task.Delay(50);
        }
        Assert.True(view.Processed < view.TotalWorkItems / 2, "the run got too far before the kill to prove anything");
        var storedBeforeKill = await aeo.QueryAsync<long>("select count(*) from responses where audit_run_id = @runId", new { runId });

        await aeo.Cluster.KillSiloAsync(victim);

        view = await aeo.WaitForTerminalAsync(runId, TimeSpan.FromSeconds(90));
        Assert.True(view.Status == RunStatus.Completed, $"{view.Status}: {view.LastError}");
        var questions = (int)await aeo.QueryAsync<long>("select count(*) from questions where audit_run_id = @runId", new { runId });
        Assert.InRange(questions, 25, 30);
        Assert.Equal(questions, view.TotalQuestions);
        Assert.Equal(questions * 3, view.TotalWorkItems);
        Assert.Equal(questions * 3, view.Processed);
        Assert.Equal(0, view.Failed);
        Assert.True(storedBeforeKill < questions * 3);
        Assert.Equal(survivor.SiloAddress, aeo.HostOf(run.GetGrainId())?.SiloAddress);

        await RunChecks.AssertEveryItemStoredOnceAsync(aeo, runId, Platforms, samples: 1, questions);
        answers.AssertAnsweredOnceExceptInFlightOn(
            victim.SiloAddress, SurvivalScenario.MaxInFlightQuestions * Platforms.Length, await RunItems.ReadAsync(aeo, runId, Platforms, samples: 1));
        Assert.Equal(0, await aeo.QueryAsync<long>("select count(*) from dead_letters where audit_run_id = @runId", new { runId }));
        Assert.Equal("completed", await RunChecks.StoredStatusAsync(aeo, runId));
        Assert.All(view.Stats, s => Assert.Equal(questions, s.SuccessfulQueries));
    }
}
