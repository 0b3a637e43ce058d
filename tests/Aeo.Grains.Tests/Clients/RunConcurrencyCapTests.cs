using Aeo.Abstractions.Clients;

namespace Aeo.Grains.Tests.Clients;

/// <summary>
/// The per-client cap on runs at once (<c>Aeo:Audit:MaxConcurrentRunsPerClient</c>), on real silos: queued runs start
/// oldest first as slots free, refused runs store nothing, and a slot whose end was never reported is freed again.
/// </summary>
[Trait("Category", "Cluster")]
public sealed class RunConcurrencyCapTests(ITestOutputHelper output)
{
    private static readonly string[] Platform = ["sim"];

    /// <summary>One question in flight at about 100 ms each, so a run's length follows its question count.</summary>
    private static Dictionary<string, string?> Settings(int cap, string policy)
    {
        var settings = AeoTestCluster.BaseSettings();
        AeoTestCluster.AddSimulated(settings, "sim", 90, 100, 110);
        settings["Aeo:Audit:MaxInFlightQuestions"] = "1";
        settings["Aeo:Audit:MaxConcurrentRunsPerClient"] = cap.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Aeo:Audit:ConcurrencyPolicy"] = policy;
        return settings;
    }

    [Fact]
    public async Task Under_queue_no_more_than_the_cap_run_at_once_across_two_silos_and_queued_runs_start_in_submission_order()
    {
        await using var aeo = await AeoTestCluster.StartAsync(2, Settings(cap: 2, policy: "queue"), output);
        var gate = aeo.Client.GetGrain<IClientRunGateGrain>(aeo.ClientId);
        // The first run is short and the second long, so the queued two start one after the other as slots free.
        int[] questions = [2, 12, 2, 2];
        var ids = questions.Select(_ => Guid.NewGuid()).ToArray();
        var accepted = new List<AuditRunView>();
        for (var i = 0; i < ids.Length; i++)
        {
            accepted.Add(await aeo.Run(ids[i]).StartAsync(aeo.Spec(Platform, questions[i], samples: 1)));
        }
        Assert.All(accepted.Take(2), v => Assert.NotEqual(RunStage.Queued, v.Stage));
        Assert.All(accepted.Skip(2), v =>
        {
            Assert.Equal(RunStatus.Pending, v.Status);
            Assert.Equal(RunStage.Queued, v.Stage);
            Assert.Null(v.StartedAt);
        });
        Assert.Equal("queued", await aeo.QueryAsync<string>("select stage from audit_runs where id = @id", new { id = ids[3] }));

        var mostAtOnce = 0;
        var deadline = DateTime.UtcNow.AddSeconds(90);
        AuditRunView[] views;
        while (true)
        {
            // Newest first: a run read as queued may start before an older one is read, never the other way round,
            // so a count above the cap here is a real one.
            views = new AuditRunView[ids.Length];
            for (var i = ids.Length - 1; i >= 0; i--)
            {
                views[i] = (await aeo.Run(ids[i]).GetStatusAsync())!;
            }
            var holding = views.Count(v => !v.Status.IsTerminal() && v.Stage != RunStage.Queued);
            Assert.True(holding <= 2, $"{holding} runs held a slot at once: {string.Join("; ", views.Select(v => $"{v.Status}/{v.Stage}"))}");
            Assert.True((await gate.GetViewAsync()).ActiveRuns.Length <= 2);
            mostAtOnce = Math.Max(mostAtOnce, holding);
            if (views.All(v => v.Status.IsTerminal()))
            {
                break;
            }
            Assert.True(DateTime.UtcNow < deadline, "The runs did not all end in time.");
            await Task.Delay(50);
        }

        Assert.Equal(2, mostAtOnce);
        Assert.All(views, v => Assert.True(v.Status == RunStatus.Completed, $"{v.RunId}: {v.Status} {v.LastError}"));
        var startOrder = views.OrderBy(v => v.StartedAt).Select(v => v.RunId);
        Assert.Equal(ids, startOrder);
        var view = await gate.GetViewAsync();
        Assert.Empty(view.ActiveRuns);
        Assert.Empty(view.QueuedRuns);
    }

    [Fact]
    public async Task Under_reject_runs_over_the_cap_are_refused_and_store_nothing()
    {
        await using var aeo = await AeoTestCluster.StartAsync(1, Settings(cap: 2, policy: "reject"), output);
        var running = new[] { Guid.NewGuid(), Guid.NewGuid() };
        foreach (var id in running)
        {
            await aeo.Run(id).StartAsync(aeo.Spec(Platform, maxQuestions: 12, samples: 1));
        }

        var refused = new[] { Guid.NewGuid(), Guid.NewGuid() };
        foreach (var id in refused)
        {
            var error = await Assert.ThrowsAsync<RunLimitReachedException>(() => aeo.Run(id).StartAsync(aeo.Spec(Platform, 2, 1)));
            Assert.Equal(2, error.ActiveRuns);
            Assert.Equal(2, error.Limit);
            Assert.Contains("2 audit run(s) active", error.Message);
            Assert.Null(await aeo.Run(id).GetStatusAsync());
        }
        Assert.Equal(0L, await aeo.QueryAsync<long>("select count(*) from audit_runs where id = any(@refused)", new { refused }));
        Assert.Equal(2L, await aeo.QueryAsync<long>("select count(*) from audit_runs"));

        foreach (var id in running)
        {
            Assert.Equal(RunStatus.Completed, (await aeo.WaitForTerminalAsync(id, TimeSpan.FromSeconds(60))).Status);
        }
        // The slots are free again: the same run that was refused now starts.
        var retried = await aeo.Run(refused[0]).StartAsync(aeo.Spec(Platform, 2, 1));
        Assert.NotEqual(RunStage.Queued, retried.Stage);
        Assert.Equal(RunStatus.Completed, (await aeo.WaitForTerminalAsync(refused[0], TimeSpan.FromSeconds(60))).Status);
    }

    [Fact]
    public async Task Cancelling_a_queued_run_takes_it_out_of_the_queue_and_ends_it_cancelled()
    {
        await using var aeo = await AeoTestCluster.StartAsync(1, Settings(cap: 1, policy: "queue"), output);
        var gate = aeo.Client.GetGrain<IClientRunGateGrain>(aeo.ClientId);
        var first = Guid.NewGuid();
        var queued = Guid.NewGuid();
        await aeo.Run(first).StartAsync(aeo.Spec(Platform, maxQuestions: 12, samples: 1));
        Assert.Equal(RunStage.Queued, (await aeo.Run(queued).StartAsync(aeo.Spec(Platform, 2, 1))).Stage);
        Assert.Equal([queued], (await gate.GetViewAsync()).QueuedRuns);

        var cancelled = (await aeo.Run(queued).CancelAsync())!;
        Assert.Equal(RunStatus.Cancelled, cancelled.Status);
        Assert.Equal(RunStage.Cancelled, cancelled.Stage);
        Assert.Empty((await gate.GetViewAsync()).QueuedRuns);
        Assert.Equal([first], (await gate.GetViewAsync()).ActiveRuns);

        Assert.Equal(RunStatus.Completed, (await aeo.WaitForTerminalAsync(first, TimeSpan.FromSeconds(60))).Status);
        var after = (await aeo.Run(queued).GetStatusAsync())!;
        Assert.Equal(RunStatus.Cancelled, after.Status);
        Assert.Null(after.StartedAt);
        Assert.Equal(0L, await aeo.QueryAsync<long>("select count(*) from questions where audit_run_id = @queued", new { queued }));
        Assert.Equal("cancelled", await aeo.QueryAsync<string>("select status from audit_runs where id = @queued", new { queued }));
        Assert.Empty((await gate.GetViewAsync()).ActiveRuns);
    }

    [Fact]
    public async Task A_slot_whose_end_was_never_reported_is_freed_by_reconciling_and_repeated_calls_count_once()
    {
        await using var aeo = await AeoTestCluster.StartAsync(1, Settings(cap: 1, policy: "queue"), output);
        var gate = aeo.Client.GetGrain<IClientRunGateGrain>(aeo.ClientId);
        var ended = Guid.NewGuid();
        await aeo.Run(ended).StartAsync(aeo.Spec(Platform, 2, 1));
        Assert.Equal(RunStatus.Completed, (await aeo.WaitForTerminalAsync(ended, TimeSpan.FromSeconds(60))).Status);
        Assert.Empty((await gate.GetViewAsync()).ActiveRuns);

        // The gate believes the ended run still holds the slot, as if its "ended" had been lost; asking twice counts once.
        Assert.Equal(GateVerdict.Admitted, (await gate.AdmitAsync(ended)).Verdict);
        Assert.Equal(GateVerdict.Admitted, (await gate.AdmitAsync(ended)).Verdict);
        Assert.Equal([ended], (await gate.GetViewAsync()).ActiveRuns);
        Assert.Equal(1, await gate.ReconcileAsync());
        Assert.Empty((await gate.GetViewAsync()).ActiveRuns);
        Assert.Equal(0, await gate.ReconcileAsync());

        // Lost again: a new run finds the gate full, which makes it reconcile before queueing anyone.
        await gate.AdmitAsync(ended);
        var next = Guid.NewGuid();
        var started = await aeo.Run(next).StartAsync(aeo.Spec(Platform, 2, 1));
        Assert.NotEqual(RunStage.Queued, started.Stage);
        Assert.Equal([next], (await gate.GetViewAsync()).ActiveRuns);

        // A repeated "ended" for a run the gate no longer holds changes nothing.
        await gate.ReleaseAsync(ended);
        Assert.Equal([next], (await gate.GetViewAsync()).ActiveRuns);
        Assert.Equal(RunStatus.Completed, (await aeo.WaitForTerminalAsync(next, TimeSpan.FromSeconds(60))).Status);
        Assert.Empty((await gate.GetViewAsync()).ActiveRuns);
    }
}
