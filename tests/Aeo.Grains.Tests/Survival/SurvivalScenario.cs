namespace Aeo.Grains.Tests.Survival;

/// <summary>
/// What the survival tests share: placing a run on a chosen silo, waiting for a stage or for progress, and checking
/// that a run which lived through a silo going away accounts for every work item exactly once.
/// </summary>
internal static class SurvivalScenario
{
    public static readonly string[] Platforms = ["sim-a", "sim-b", "sim-c"];

    /// <summary>The runs' in-flight cap: with one sample, at most this many questions' items can go away with a silo.</summary>
    public const int MaxInFlightQuestions = 4;

    /// <summary>Test settings with the three simulated platforms the survival runs ask, a few hundred ms an answer.</summary>
    public static Dictionary<string, string?> Settings()
    {
        var settings = AeoTestCluster.BaseSettings();
        AeoTestCluster.AddSimulated(settings, "sim-a", 100, 250, 500, seed: 1);
        AeoTestCluster.AddSimulated(settings, "sim-b", 150, 300, 600, seed: 2);
        AeoTestCluster.AddSimulated(settings, "sim-c", 200, 350, 700, seed: 3);
        settings["Aeo:Audit:MaxInFlightQuestions"] = MaxInFlightQuestions.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return settings;
    }

    /// <summary>The cluster's two silos, in the order they started.</summary>
    public static (InProcessSiloHandle First, InProcessSiloHandle Second) TwoSilos(AeoTestCluster aeo)
    {
        var silos = aeo.Cluster.GetActiveSilos().OrderBy(s => s.InstanceNumber).ToList();
        Assert.Equal(2, silos.Count);
        return (silos[0], silos[1]);
    }

    /// <summary>
    /// Activates the run on <paramref name="home"/> with a placement hint on a status query (which starts nothing),
    /// so that starting it afterwards without the hint spreads its question grains over every silo.
    /// </summary>
    public static async Task PlaceRunAsync(AeoTestCluster aeo, Guid runId, InProcessSiloHandle home)
    {
        var run = aeo.Run(runId);
        await AeoTestCluster.WithPlacementHintAsync(home.SiloAddress, () => run.GetStatusAsync());
        Assert.Equal(home.SiloAddress, aeo.HostOf(run.GetGrainId())?.SiloAddress);
    }

    /// <summary>Polls the run's status until <paramref name="reached"/> holds; fails the test after <paramref name="timeout"/>.</summary>
    public static async Task<AuditRunView> WaitUntilAsync(AeoTestCluster aeo, Guid runId, Func<AuditRunView, bool> reached, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        AuditRunView? view;
        while ((view = await aeo.Run(runId).GetStatusAsync()) is null || !reached(view))
        {
            Assert.True(DateTime.UtcNow < deadline, $"the run never got to {what}; last view: {view}");
            Assert.False(view?.Status.IsTerminal() ?? false, $"the run ended before {what}: {view}");
            await Task.Delay(20);
        }
        return view;
    }

    /// <summary>
    /// The run ended completed, the tables hold every (question, platform, sample) exactly once with no question
    /// generated twice, nothing was dead-lettered, and the run's status and its audit_runs row agree with the tables.
    /// The engines answered every item once; only items in flight on <paramref name="lost"/>, a silo that went away
    /// mid-run, may have been asked again.
    /// </summary>
    public static async Task AssertCompletedExactlyOnceAsync(
        AeoTestCluster aeo, AuditRunView view, string[] platforms, int samples, AnswerCounter answers, SiloAddress? lost = null)
    {
        var runId = view.RunId;
        Assert.True(view.Status == RunStatus.Completed, $"{view.Status}/{view.Stage}: {view.LastError}");
        var questions = (int)await aeo.QueryAsync<long>("select count(*) from questions where audit_run_id = @runId", new { runId });
        Assert.True(questions > 0, "the run has no questions");
        Assert.Equal(questions, (int)await aeo.QueryAsync<long>(
            "select count(distinct question_text) from questions where audit_run_id = @runId", new { runId }));
        await RunChecks.AssertEveryItemStoredOnceAsync(aeo, runId, platforms, samples, questions);
        var asked = await RunItems.ReadAsync(aeo, runId, platforms, samples);
        if (lost is null)
        {
            answers.AssertAnsweredOnce(asked);
        }
        else
        {
            answers.AssertAnsweredOnceExceptInFlightOn(lost, MaxInFlightQuestions * platforms.Length * samples, asked);
        }
        Assert.Equal(0, await aeo.QueryAsync<long>("select count(*) from dead_letters where audit_run_id = @runId", new { runId }));

        var items = questions * platforms.Length * samples;
        Assert.Equal(questions, view.TotalQuestions);
        Assert.Equal(items, view.TotalWorkItems);
        Assert.Equal(items, view.Processed);
        Assert.Equal(0, view.Failed);
        Assert.All(view.Stats, s => Assert.Equal(questions * samples, s.SuccessfulQueries));
        Assert.All(view.Stats, s => Assert.Equal(0, s.FailedQueries));

        Assert.Equal("completed", await RunChecks.StoredStatusAsync(aeo, runId));
        var row = (await aeo.QueryListAsync<(string Stage, int TotalQuestions, int TotalWorkItems, int Processed, int Failed)>(
            "select stage, total_questions, total_work_items, processed_work_items, failed_work_items from audit_runs where id = @runId",
            new { runId })).Single();
        Assert.Equal(("completed", questions, items, items, 0), row);
    }
}
