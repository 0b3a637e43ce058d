namespace Aeo.Grains.Tests.Audits;

/// <summary>Whole runs on one real silo (ADO.NET storage and reminders on PostgreSQL) with simulated platforms.</summary>
[Trait("Category", "Cluster")]
public sealed class AuditRunTests(ITestOutputHelper output)
{
    private static readonly string[] ThreePlatforms = ["sim-fast", "sim-mid", "sim-slow"];

    [Fact]
    public async Task A_run_completes_with_every_work_item_stored_once_and_answers_status_while_busy()
    {
        var settings = AeoTestCluster.BaseSettings();
        AeoTestCluster.AddSimulated(settings, "sim-fast", 20, 40, 80, seed: 1);
        AeoTestCluster.AddSimulated(settings, "sim-mid", 30, 80, 150, seed: 2);
        AeoTestCluster.AddSimulated(settings, "sim-slow", 50, 120, 200, seed: 3);
        settings["Aeo:Audit:MaxInFlightQuestions"] = "6";
        var answers = new AnswerCounter();
        await using var aeo = await AeoTestCluster.StartAsync(1, settings, output, answers.Install);

        var runId = Guid.NewGuid();
        var started = await aeo.Run(runId).StartAsync(aeo.Spec(ThreePlatforms, maxQuestions: 24, samples: 2));
        Assert.Equal(runId, started.RunId);
        Assert.Equal(aeo.ClientId, started.ClientId);
        Assert.False(started.Status.IsTerminal());

        var busyViews = new List<AuditRunView>();
        var view = await aeo.WaitForTerminalAsync(runId, TimeSpan.FromSeconds(60), v =>
        {
            if (v.Stage == RunStage.ProcessingQuestions && v.Processed < v.TotalWorkItems)
            {
                busyViews.Add(v);
            }
            return Task.CompletedTask;
        });

        Assert.True(view.Status == RunStatus.Completed, $"{view.Status}: {view.LastError}");
        Assert.Equal(RunStage.Completed, view.Stage);
        var questions = await aeo.QueryAsync<long>("select count(*) from questions where audit_run_id = @runId", new { runId });
        Assert.InRange(questions, 20, 24);
        var expected = (int)questions * 3 * 2;
        Assert.Equal((int)questions, view.TotalQuestions);
        Assert.Equal(expected, view.TotalWorkItems);
        Assert.Equal(expected, view.Processed);
        Assert.Equal(0, view.Failed);
        Assert.Equal(100, view.ProgressPercent);
        Assert.NotNull(view.StartedAt);
        Assert.NotNull(view.CompletedAt);
        Assert.Null(view.EstimatedCompletion);

        // The status answered while questions were still being asked, with progress moving.
        Assert.NotEmpty(busyViews);
        Assert.Contains(busyViews, v => v.Status == RunStatus.Running && v.TotalWorkItems == expected);

        Assert.Equal(ThreePlatforms.Order(), view.Platforms.Select(p => p.Platform).Order());
        Assert.All(view.Platforms, p =>
        {
            Assert.True(p.IsSimulated);
            Assert.Equal(expected / 3, p.Total);
            Assert.Equal(expected / 3, p.Processed);
            Assert.Equal(0, p.Failed);
        });
        Assert.Equal(ThreePlatforms, view.Stats.Select(s => s.Platform));
        Assert.All(view.Stats, s =>
        {
            Assert.True(s.IsSimulated);
            Assert.Equal(expected / 3, s.TotalQueries);
            Assert.Equal(expected / 3, s.SuccessfulQueries);
            Assert.Equal(0, s.FailedQueries);
            Assert.True(s.TotalTokens > 0);
            Assert.True(s.AvgProcessingTimeMs > 0);
            Assert.InRange(s.ResponsesMentioningBrand, 0, s.SuccessfulQueries);
            Assert.Equal(Math.Round((double)s.ResponsesMentioningBrand / s.SuccessfulQueries, 4), s.BrandMentionRate);
        });

        await RunChecks.AssertEveryItemStoredOnceAsync(aeo, runId, ThreePlatforms, samples: 2, (int)questions);
        answers.AssertAnsweredOnce(await RunItems.ReadAsync(aeo, runId, ThreePlatforms, samples: 2));
        Assert.Equal(0, await aeo.QueryAsync<long>("select count(*) from dead_letters where audit_run_id = @runId", new { runId }));
        Assert.Equal("completed", await RunChecks.StoredStatusAsync(aeo, runId));
        Assert.Equal(expected, await aeo.QueryAsync<int>("select processed_work_items from audit_runs where id = @runId", new { runId }));

        // The state reads back in a fresh activation (it is what a resumed run starts from).
        await aeo.Cluster.DeactivateAsync(aeo.Run(runId));
        var reread = await aeo.Run(runId).GetStatusAsync();
        Assert.NotNull(reread);
        Assert.Equal(RunStatus.Completed, reread.Status);
        Assert.Equal(view.Processed, reread.Processed);
        Assert.Equal(view.Stats, reread.Stats);

        // Starting again with the same id changes nothing.
        var again = await aeo.Run(runId).StartAsync(aeo.Spec(["sim-fast"], 5, 1));
        Assert.Equal(RunStatus.Completed, again.Status);
        Assert.Equal(expected, again.TotalWorkItems);
        await RunChecks.ReminderGoneAsync(aeo);
    }

    [Fact]
    public async Task Failing_items_are_dead_lettered_and_the_run_ends_partially_completed()
    {
        var settings = AeoTestCluster.BaseSettings();
        AeoTestCluster.AddSimulated(settings, "sim-fast", 10, 20, 40, seed: 1);
        AeoTestCluster.AddSimulated(settings, "sim-flaky", 10, 20, 40, failureRate: 0.4, seed: 5);
        settings["Aeo:Audit:MaxAttempts"] = "1";
        await using var aeo = await AeoTestCluster.StartAsync(1, settings, output);

        var runId = Guid.NewGuid();
        await aeo.Run(runId).StartAsync(aeo.Spec(["sim-fast", "sim-flaky"], maxQuestions: 20, samples: 1));
        var view = await aeo.WaitForTerminalAsync(runId, TimeSpan.FromSeconds(60));

        Assert.True(view.Status == RunStatus.PartiallyCompleted, $"{view.Status}: {view.LastError}");
        var questions = (int)await aeo.QueryAsync<long>("select count(*) from questions where audit_run_id = @runId", new { runId });
        var deadLetters = (int)await aeo.QueryAsync<long>("select count(*) from dead_letters where audit_run_id = @runId", new { runId });
        var responses = (int)await aeo.QueryAsync<long>("select count(*) from responses where audit_run_id = @runId", new { runId });
        Assert.True(deadLetters > 0);
        Assert.Equal(questions * 2, responses + deadLetters);
        Assert.Equal(deadLetters, view.Failed);
        Assert.Equal(responses, view.Processed);
        Assert.Equal(0, await aeo.QueryAsync<long>(
            "select count(*) from dead_letters where audit_run_id = @runId and platform <> 'sim-flaky'", new { runId }));
        Assert.Equal(1, await aeo.QueryAsync<int>(
            "select max(attempts) from dead_letters where audit_run_id = @runId", new { runId }));
        Assert.Equal(0, await aeo.QueryAsync<long>(
            """
            select count(*) from dead_letters d join responses r
              on r.audit_run_id = d.audit_run_id and r.question_id = d.question_id and r.platform = d.platform and r.sample = d.sample
            where d.audit_run_id = @runId
            """, new { runId }));

        var flaky = Assert.Single(view.Stats, s => s.Platform == "sim-flaky");
        Assert.Equal(deadLetters, flaky.FailedQueries);
        Assert.Equal(questions - deadLetters, flaky.SuccessfulQueries);
        Assert.Equal(questions, flaky.TotalQueries);
        var fast = Assert.Single(view.Stats, s => s.Platform == "sim-fast");
        Assert.Equal(0, fast.FailedQueries);
        Assert.Equal(questions, fast.SuccessfulQueries);
        Assert.Equal(deadLetters, Assert.Single(view.Platforms, p => p.Platform == "sim-flaky").Failed);
        Assert.NotNull(Assert.Single(view.Platforms, p => p.Platform == "sim-flaky").LastError);

        Assert.Equal("partially_completed", await RunChecks.StoredStatusAsync(aeo, runId));
        Assert.Equal(deadLetters, await aeo.QueryAsync<int>("select failed_work_items from audit_runs where id = @runId", new { runId }));
    }

    [Fact]
    public async Task Cancel_stops_dispatch_ends_the_run_cancelled_and_is_idempotent()
    {
        var settings = AeoTestCluster.BaseSettings();
        AeoTestCluster.AddSimulated(settings, "sim-slow", 300, 500, 800, seed: 1);
        settings["Aeo:Audit:MaxInFlightQuestions"] = "2";
        await using var aeo = await AeoTestCluster.StartAsync(1, settings, output);

        var runId = Guid.NewGuid();
        var run = aeo.Run(runId);
        await run.StartAsync(aeo.Spec(["sim-slow"], maxQuestions: 30, samples: 1));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        AuditRunView? view;
        while ((view = await run.GetStatusAsync())!.Processed < 2)
        {
            Assert.True(DateTime.UtcNow < deadline, "the run made no progress");
            await Task.Delay(50);
        }

        var cancelled = await run.CancelAsync();
        Assert.NotNull(cancelled);
        Assert.Equal(RunStatus.Cancelled, cancelled.Status);
        Assert.Equal(RunStage.Cancelled, cancelled.Stage);
        Assert.NotNull(cancelled.CompletedAt);

        var second = await run.CancelAsync();
        Assert.NotNull(second);
        Assert.Equal(RunStatus.Cancelled, second.Status);
        Assert.Equal(cancelled.CompletedAt, second.CompletedAt);

        // What was in flight may still land, until its question grains have gone.
        var total = await aeo.QueryAsync<long>("select count(*) from questions where audit_run_id = @runId", new { runId });
        await Poll.UntilAsync(
            () => Enumerable.Range(0, (int)total).All(ordinal => aeo.HostOf(QuestionGrainId(aeo, runId, ordinal)) is null),
            TimeSpan.FromSeconds(30), "the cancelled run's question grains to go");
        // Then nothing more is handed out, for longer than the supervision interval and two watchdog periods (a window in
        // which something must not happen, not a wait for something): the run holds what was settled when it was
        // cancelled and at most its two questions in flight then, one item each.
        await Task.Delay(TimeSpan.FromSeconds(4));
        var answered = await aeo.QueryAsync<long>("select count(*) from responses where audit_run_id = @runId", new { runId });
        Assert.InRange(answered, cancelled.Processed, cancelled.Processed + cancelled.Failed + 2);
        Assert.True(answered < total / 2, $"{answered} of {total} answered although the run was cancelled early");

        var final = await run.GetStatusAsync();
        Assert.Equal(RunStatus.Cancelled, final!.Status);
        Assert.Equal("cancelled", await RunChecks.StoredStatusAsync(aeo, runId));
        await RunChecks.ReminderGoneAsync(aeo);
    }

    [Fact]
    public async Task A_run_cancelled_right_after_it_starts_stays_cancelled()
    {
        var settings = AeoTestCluster.BaseSettings();
        AeoTestCluster.AddSimulated(settings, "sim-fast", 10, 20, 40);
        await using var aeo = await AeoTestCluster.StartAsync(1, settings, output);

        // Cancel lands while the run is still preparing (generating and storing questions, reading what is settled).
        var runIds = Enumerable.Range(0, 30).Select(_ => Guid.NewGuid()).ToList();
        await Task.WhenAll(runIds.Select(async (runId, i) =>
        {
            var run = aeo.Run(runId);
            await run.StartAsync(aeo.Spec(["sim-fast"], maxQuestions: 20, samples: 1));
            if (i > 0)
            {
                await Task.Delay(i);
            }
            var cancelled = await run.CancelAsync();
            Assert.Equal(RunStatus.Cancelled, cancelled!.Status);
        }));

        // A preparation racing the cancel must not bring a run back: every transition that would is refused once it ended, and
        // none shows within a few supervision intervals either.
        await Task.Delay(TimeSpan.FromSeconds(3));
        foreach (var runId in runIds)
        {
            var view = await aeo.Run(runId).GetStatusAsync();
            Assert.True(view!.Status == RunStatus.Cancelled, $"run {runId} is {view.Status}/{view.Stage} after being cancelled");
            Assert.Equal(RunStage.Cancelled, view.Stage);
            Assert.Equal("cancelled", await RunChecks.StoredStatusAsync(aeo, runId));
        }
        await RunChecks.ReminderGoneAsync(aeo);
    }

    [Fact]
    public async Task Unknown_runs_answer_null_and_unknown_platforms_are_refused()
    {
        var settings = AeoTestCluster.BaseSettings();
        AeoTestCluster.AddSimulated(settings, "sim-fast", 10, 20, 40);
        await using var aeo = await AeoTestCluster.StartAsync(1, settings, output);

        var run = aeo.Run(Guid.NewGuid());
        Assert.Null(await run.GetStatusAsync());
        Assert.Null(await run.CancelAsync());
        await Assert.ThrowsAsync<ArgumentException>(() => run.StartAsync(aeo.Spec(["sim-fast", "nope"], 5, 1)));
        Assert.Null(await run.GetStatusAsync());
        Assert.Equal(0, await aeo.QueryAsync<long>("select count(*) from audit_runs"));
    }

    private static GrainId QuestionGrainId(AeoTestCluster aeo, Guid runId, int ordinal) =>
        aeo.Client.GetGrain<IQuestionGrain>(GrainKeys.Question(runId, ordinal)).GetGrainId();
}
