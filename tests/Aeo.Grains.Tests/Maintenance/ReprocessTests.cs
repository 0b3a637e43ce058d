namespace Aeo.Grains.Tests.Maintenance;

/// <summary>
/// Reprocessing dead letters on a real silo: a run over its client's cap waits queued for a slot before asking again,
/// and a running run or a repeat changes nothing. Web search asked by a run reaches the engine.
/// </summary>
[Trait("Category", "Cluster")]
public sealed class ReprocessTests(ITestOutputHelper output)
{
    private const string Flaky = "flaky";

    [Fact]
    public async Task A_reprocessed_run_waits_for_its_clients_slot_then_asks_exactly_its_dead_letters_again()
    {
        var engine = new SwitchableEngine(Flaky);
        var settings = AeoTestCluster.BaseSettings();
        AeoTestCluster.AddSimulated(settings, Flaky, 5, 10, 20);
        settings["Aeo:Audit:MaxAttempts"] = "1";
        settings["Aeo:Audit:MaxConcurrentRunsPerClient"] = "1";
        // Every call of the first run fails on purpose; the breaker must not turn the holder's hanging call into a quick failure.
        settings["Aeo:Audit:BreakerFailureThreshold"] = "1000";
        var answers = new AnswerCounter();
        await using var aeo = await AeoTestCluster.StartAsync(1, settings, output, services =>
        {
            engine.Install(services);
            answers.Install(services);
        });

        var failedRun = Guid.NewGuid();
        await aeo.Run(failedRun).StartAsync(aeo.Spec([Flaky], maxQuestions: 4, samples: 2) with { WebSearch = true });
        var failed = await aeo.WaitForTerminalAsync(failedRun, TimeSpan.FromSeconds(60));
        Assert.Equal(RunStatus.Failed, failed.Status);
        var letters = (await aeo.QueryListAsync<Guid>("select id from dead_letters where audit_run_id = @failedRun", new { failedRun })).ToArray();
        Assert.Equal(failed.TotalWorkItems, letters.Length);
        Assert.Equal(failed.TotalWorkItems, engine.AskedWebSearch);

        // Another run of the client holds its only slot.
        engine.Set(EngineMode.Hanging);
        var holder = Guid.NewGuid();
        await aeo.Run(holder).StartAsync(aeo.Spec([Flaky], maxQuestions: 1, samples: 1));
        Assert.Equal(ReprocessAction.NotEnded, (await aeo.Run(holder).ReprocessAsync(letters)).Action);

        var outcome = await aeo.Run(failedRun).ReprocessAsync(letters);
        Assert.Equal((ReprocessAction.Queued, letters.Length), (outcome.Action, outcome.Deleted));
        var queued = (await aeo.Run(failedRun).GetStatusAsync())!;
        Assert.Equal((RunStatus.Pending, RunStage.Queued), (queued.Status, queued.Stage));
        Assert.Equal(ReprocessAction.NotEnded, (await aeo.Run(failedRun).ReprocessAsync(letters)).Action);
        Assert.Equal(0, await aeo.QueryAsync<long>("select count(*) from dead_letters where audit_run_id = @failedRun", new { failedRun }));

        engine.Set(EngineMode.Healthy);
        await aeo.Run(holder).CancelAsync();
        var view = await aeo.WaitForTerminalAsync(failedRun, TimeSpan.FromSeconds(60));
        Assert.True(view.Status == RunStatus.Completed, $"{view.Status}: {view.LastError}");
        Assert.Equal(view.TotalWorkItems, view.Processed);
        Assert.Equal(0, view.Failed);
        Assert.Equal(view.TotalWorkItems, engine.Answered);
        await RunChecks.AssertEveryItemStoredOnceAsync(aeo, failedRun, [Flaky], samples: 2, view.TotalQuestions);
        var items = await RunItems.ReadAsync(aeo, failedRun, [Flaky], samples: 2);
        answers.AssertAnsweredOnce(items);
        Assert.All(view.Stats, s => Assert.Equal(view.TotalWorkItems, s.SuccessfulQueries));
        Assert.Equal("completed", await RunChecks.StoredStatusAsync(aeo, failedRun));
        Assert.Equal(2 * view.TotalWorkItems, engine.AskedWebSearch);

        // Asked again with the same ids, the run finds them gone and only finalizes again, with the same figures.
        Assert.Equal((ReprocessAction.Reprocessing, 0), await OutcomeAsync(aeo, failedRun, letters));
        var again = await aeo.WaitForTerminalAsync(failedRun, TimeSpan.FromSeconds(60));
        Assert.Equal((RunStatus.Completed, view.TotalWorkItems, 0), (again.Status, again.Processed, again.Failed));
        Assert.Equal(view.TotalWorkItems, engine.Answered);
        Assert.Equal(view.TotalWorkItems, await aeo.QueryAsync<long>("select count(*) from responses where audit_run_id = @failedRun", new { failedRun }));
        answers.AssertAnsweredOnce(items);
    }

    private static async Task<(ReprocessAction, int)> OutcomeAsync(AeoTestCluster aeo, Guid runId, Guid[] ids)
    {
        var outcome = await aeo.Run(runId).ReprocessAsync(ids);
        return (outcome.Action, outcome.Deleted);
    }
}
