using Aeo.Abstractions.Maintenance;
using Aeo.Grains.Maintenance;

namespace Aeo.Grains.Tests.Maintenance;

/// <summary>Recovery on a real silo: failed runs retried only for recoverable errors and only so often; stalled runs resumed, then failed.</summary>
[Trait("Category", "Cluster")]
public sealed class RecoveryTests(ITestOutputHelper output)
{
    private readonly AnswerCounter answers = new();

    private const string Flaky = "flaky";
    private static readonly TimeSpan LongAgo = TimeSpan.FromMinutes(30);

    [Fact]
    public async Task A_run_failed_by_an_unavailable_platform_is_retried_once_healthy_and_completes_with_every_item_once()
    {
        var engine = new SwitchableEngine(Flaky);
        await using var aeo = await StartAsync(engine);
        var recovery = Recovery(aeo);

        var runId = Guid.NewGuid();
        await aeo.Run(runId).StartAsync(aeo.Spec([Flaky], maxQuestions: 6, samples: 2));
        var failed = await aeo.WaitForTerminalAsync(runId, TimeSpan.FromSeconds(60));
        Assert.Equal(RunStatus.Failed, failed.Status);
        var questions = (int)await aeo.QueryAsync<long>("select count(*) from questions where audit_run_id = @runId", new { runId });
        Assert.Equal(questions * 2, failed.Failed);
        Assert.Equal(["Unavailable"], await aeo.QueryListAsync<string>(
            "select distinct error_class from dead_letters where audit_run_id = @runId", new { runId }));
        await RunChecks.StoredStatusAsync(aeo, runId);

        engine.Set(EngineMode.Healthy);
        var report = await recovery.RecoverAsync(3, LongAgo, CancellationToken.None);
        var entry = Assert.Single(report.Runs);
        Assert.Equal((runId, RunStatus.Failed, RunRecoveryAction.Retried, 1), (entry.RunId, entry.PreviousStatus, entry.Action, entry.RetryCount));

        var view = await aeo.WaitForTerminalAsync(runId, TimeSpan.FromSeconds(60));
        Assert.True(view.Status == RunStatus.Completed, $"{view.Status}: {view.LastError}");
        Assert.Equal(questions * 2, view.Processed);
        Assert.Equal(0, view.Failed);
        await RunChecks.AssertEveryItemStoredOnceAsync(aeo, runId, [Flaky], samples: 2, questions);
        Assert.Equal(questions * 2, engine.Answered);
        answers.AssertAnsweredOnce(await RunItems.ReadAsync(aeo, runId, [Flaky], samples: 2));
        Assert.Equal(0, await aeo.QueryAsync<long>("select count(*) from dead_letters where audit_run_id = @runId", new { runId }));
        Assert.Equal("completed", await RunChecks.StoredStatusAsync(aeo, runId));
        Assert.Equal(1, await aeo.QueryAsync<int>("select retry_count from audit_runs where id = @runId", new { runId }));
        await RunChecks.ReminderGoneAsync(aeo);

        // A completed run is nothing recovery looks at.
        Assert.Empty((await recovery.RecoverAsync(3, LongAgo, CancellationToken.None)).Runs);
    }

    [Fact]
    public async Task Authentication_failures_are_never_retried_and_retries_stop_at_their_bound()
    {
        var engine = new SwitchableEngine(Flaky) { FailureClass = EngineErrorClass.Authentication };
        await using var aeo = await StartAsync(engine);
        var recovery = Recovery(aeo);

        var refused = Guid.NewGuid();
        await aeo.Run(refused).StartAsync(aeo.Spec([Flaky], maxQuestions: 5, samples: 1));
        Assert.Equal(RunStatus.Failed, (await aeo.WaitForTerminalAsync(refused, TimeSpan.FromSeconds(60))).Status);
        engine.FailureClass = EngineErrorClass.Unavailable;
        var bounded = Guid.NewGuid();
        await aeo.Run(bounded).StartAsync(aeo.Spec([Flaky], maxQuestions: 5, samples: 1));
        Assert.Equal(RunStatus.Failed, (await aeo.WaitForTerminalAsync(bounded, TimeSpan.FromSeconds(60))).Status);
        await RunChecks.StoredStatusAsync(aeo, refused);
        await RunChecks.StoredStatusAsync(aeo, bounded);
        var items = (int)await aeo.QueryAsync<long>("select count(*) from questions where audit_run_id = @bounded", new { bounded });

        for (var retry = 1; retry <= 2; retry++)
        {
            var report = await recovery.RecoverAsync(2, LongAgo, CancellationToken.None);
            var skipped = Assert.Single(report.Runs, r => r.RunId == refused);
            Assert.Equal(RunRecoveryAction.Skipped, skipped.Action);
            Assert.Contains("Authentication", skipped.Reason);
            var retried = Assert.Single(report.Runs, r => r.RunId == bounded);
            Assert.Equal((RunRecoveryAction.Retried, retry), (retried.Action, retried.RetryCount));

            var view = await aeo.WaitForTerminalAsync(bounded, TimeSpan.FromSeconds(60));
            Assert.Equal(RunStatus.Failed, view.Status);
            Assert.Equal(items, view.Failed);
            Assert.Equal("failed", await RunChecks.StoredStatusAsync(aeo, bounded));
        }

        // Both retries are used: the run is no longer a candidate, and asking the grain directly is refused too.
        var last = await recovery.RecoverAsync(2, LongAgo, CancellationToken.None);
        Assert.DoesNotContain(last.Runs, r => r.RunId == bounded);
        Assert.Equal(RunRecoveryAction.Skipped, Assert.Single(last.Runs).Action);
        var direct = await aeo.Run(bounded).RetryAsync(2);
        Assert.Equal((RunRecoveryAction.Skipped, 2), (direct.Action, direct.RetryCount));
        Assert.Equal(2, await aeo.QueryAsync<int>("select retry_count from audit_runs where id = @bounded", new { bounded }));
        Assert.Equal(0, await aeo.QueryAsync<int>("select retry_count from audit_runs where id = @refused", new { refused }));
        Assert.Equal(items, await aeo.QueryAsync<long>("select count(*) from dead_letters where audit_run_id = @bounded", new { bounded }));
        Assert.Equal(0, await aeo.QueryAsync<long>("select count(*) from responses"));
        Assert.Equal(RunStatus.Failed, (await aeo.Run(refused).GetStatusAsync())!.Status);
    }

    [Fact]
    public async Task A_run_without_progress_is_resumed_then_failed_once_its_retries_are_used_and_an_orphan_is_failed()
    {
        var engine = new SwitchableEngine(Flaky);
        engine.Set(EngineMode.Hanging);
        await using var aeo = await StartAsync(engine);
        var recovery = Recovery(aeo);
        var stalledAfter = TimeSpan.FromSeconds(1);

        var runId = Guid.NewGuid();
        await aeo.Run(runId).StartAsync(aeo.Spec([Flaky], maxQuestions: 5, samples: 1));
        var orphan = Guid.NewGuid();
        await aeo.QueryListAsync<int>(
            """
            insert into audit_runs (id, client_id, config, status, stage, last_progress_at)
            values (@orphan, @client, '{}'::jsonb, 'running', 'processing_questions', now() - interval '1 hour')
            """, new { orphan, client = aeo.ClientId });

        var actions = new List<RunRecoveryAction>();
        var orphanEntries = new List<RunRecoveryEntry>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!actions.Contains(RunRecoveryAction.Failed))
        {
            Assert.True(DateTime.UtcNow < deadline, $"the stalled run was not failed; actions so far: {string.Join(", ", actions)}");
            await Task.Delay(500);
            var report = await recovery.RecoverAsync(1, stalledAfter, CancellationToken.None);
            actions.AddRange(report.Runs.Where(r => r.RunId == runId).Select(r => r.Action));
            orphanEntries.AddRange(report.Runs.Where(r => r.RunId == orphan));
        }

        // The orphan is failed at the first pass; afterwards, as a failed run without failed work items, it is only skipped.
        Assert.Equal(RunRecoveryAction.Failed, orphanEntries[0].Action);
        Assert.Contains("Orphaned", orphanEntries[0].Reason);
        Assert.All(orphanEntries.Skip(1), e => Assert.Equal(RunRecoveryAction.Skipped, e.Action));

        Assert.Equal([RunRecoveryAction.Resumed, RunRecoveryAction.Failed], actions.Where(a => a != RunRecoveryAction.Skipped));
        var view = await aeo.Run(runId).GetStatusAsync();
        Assert.Equal(RunStatus.Failed, view!.Status);
        Assert.Contains("No progress", view.LastError);
        Assert.Equal("failed", await RunChecks.StoredStatusAsync(aeo, runId));
        Assert.Equal("failed", await RunChecks.StoredStatusAsync(aeo, orphan));
        Assert.Equal(1, await aeo.QueryAsync<int>("select retry_count from audit_runs where id = @runId", new { runId }));
        await RunChecks.ReminderGoneAsync(aeo);
    }

    private async Task<AeoTestCluster> StartAsync(SwitchableEngine engine)
    {
        var settings = AeoTestCluster.BaseSettings();
        AeoTestCluster.AddSimulated(settings, Flaky, 5, 10, 20);
        settings["Aeo:Audit:MaxAttempts"] = "1";
        // These runs fail every item on purpose; the breaker would turn most failures into CircuitOpen.
        settings["Aeo:Audit:BreakerFailureThreshold"] = "1000";
        return await AeoTestCluster.StartAsync(1, settings, output, services =>
        {
            engine.Install(services);
            answers.Install(services);
        });
    }

    private static RunRecovery Recovery(AeoTestCluster aeo) =>
        aeo.Cluster.Silos[0].ServiceProvider.GetRequiredService<RunRecovery>();
}
