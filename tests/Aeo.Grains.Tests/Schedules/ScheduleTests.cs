using Aeo.Abstractions.Schedules;

namespace Aeo.Grains.Tests.Schedules;

/// <summary>
/// Schedules on real silos (ADO.NET reminders at a 1 s minimum, on PostgreSQL): occurrences fire once each, through a
/// silo kill; pause, resume and update act at once; failures to start pause a schedule; a repeated tick starts nothing.
/// </summary>
[Trait("Category", "Cluster")]
public sealed class ScheduleTests(ITestOutputHelper output)
{
    private static readonly TimeSpan ThreeSeconds = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task An_interval_schedule_starts_each_occurrence_once_through_a_silo_kill_and_stops_when_paused()
    {
        await using var aeo = await StartAsync(silos: 2);
        var victim = aeo.Cluster.GetActiveSilos().OrderBy(s => s.InstanceNumber).Last();
        var schedule = aeo.Client.GetGrain<IScheduleGrain>(Guid.NewGuid());
        Schedule created = null!;
        await AeoTestCluster.WithPlacementHintAsync(
            victim.SiloAddress, async () => created = await schedule.CreateAsync(aeo.ClientId, Interval(ThreeSeconds)));
        Assert.Equal(victim.SiloAddress, aeo.HostOf(schedule.GetGrainId())?.SiloAddress);
        var first = created.NextRunAt!.Value;
        Assert.InRange(first - created.CreatedAt, TimeSpan.FromSeconds(2), ThreeSeconds);

        await WaitForAsync(aeo, created.Id, e => e.Count >= 3, TimeSpan.FromSeconds(40));
        var killedAt = DateTimeOffset.UtcNow;
        await aeo.Cluster.KillSiloAsync(victim);

        // Four occurrences after the kill: the survivor took the reminder over (and caught up what fell due meanwhile).
        await WaitForAsync(aeo, created.Id, e => e.Max(x => x.OccurrenceAt) >= killedAt + 4 * ThreeSeconds, TimeSpan.FromSeconds(90));
        var paused = await PauseEventuallyAsync(schedule);
        var pausedAt = paused.UpdatedAt;
        Assert.Equal(ScheduleStatus.Paused, paused.Status);
        Assert.Null(paused.NextRunAt);

        var executions = await ExecutionsAsync(aeo, created.Id);
        // Every occurrence from the first on the 3 s grid, none twice and none left out (catch-up): the expected count
        // over the window is exactly (latest - first) / 3 s + 1.
        for (var i = 0; i < executions.Count; i++)
        {
            Assert.Equal(first + i * ThreeSeconds, executions[i].OccurrenceAt);
            Assert.True(executions[i].Status == "started", $"{executions[i].OccurrenceAt:O}: {executions[i].Status} {executions[i].Error}");
        }
        // The window's end: a tick comes every second on a live silo, so the latest started occurrence is within a few
        // intervals of the pause (9 s allows for a slow tick on this busy machine), and none is after it.
        Assert.InRange(executions[^1].OccurrenceAt, pausedAt - 3 * ThreeSeconds, pausedAt);
        var runIds = executions.Select(e => e.AuditRunId!.Value).ToArray();
        Assert.Equal(runIds.Length, runIds.Distinct().Count());
        // Each started occurrence has its run row. A start that was in flight on the killed silo is finished by the
        // survivor's retry, so allow a moment for that row; a missing run would still fail after the wait.
        var stored = await EventuallyAsync(
            () => aeo.QueryAsync<long>("select count(*) from audit_runs where id = any(@runIds)", new { runIds }),
            count => count == runIds.Length, TimeSpan.FromSeconds(20));
        Assert.Equal(runIds.Length, stored);
        Assert.Equal(runIds.Length, await aeo.QueryAsync<long>("select count(*) from audit_runs where client_id = @ClientId", new { aeo.ClientId }));
        Assert.Equal(runIds.Length, (await StoredAsync(aeo, created.Id)).RunCount);

        // Paused: two more intervals and a tick period go by without a run.
        await Task.Delay(2 * ThreeSeconds + TimeSpan.FromSeconds(1));
        Assert.Equal(executions.Count, (await ExecutionsAsync(aeo, created.Id)).Count);
    }

    [Fact]
    public async Task Update_pause_and_resume_take_effect_at_once()
    {
        await using var aeo = await StartAsync(silos: 1);
        var schedule = aeo.Client.GetGrain<IScheduleGrain>(Guid.NewGuid());
        var created = await schedule.CreateAsync(aeo.ClientId, Interval(TimeSpan.FromHours(1)));
        Assert.Equal(created.CreatedAt.AddHours(1), created.NextRunAt!.Value, TimeSpan.FromSeconds(1));

        var twoSeconds = TimeSpan.FromSeconds(2);
        var beforeUpdate = DateTimeOffset.UtcNow;
        var updated = (await schedule.UpdateAsync(Interval(twoSeconds)))!;
        Assert.Equal(twoSeconds, updated.Definition.Interval);
        Assert.InRange(updated.NextRunAt!.Value, beforeUpdate, DateTimeOffset.UtcNow + twoSeconds);
        var fired = await WaitForAsync(aeo, created.Id, e => e.Count >= 2, TimeSpan.FromSeconds(30));
        Assert.Equal(updated.NextRunAt.Value, fired[0].OccurrenceAt);
        Assert.Equal(twoSeconds, fired[1].OccurrenceAt - fired[0].OccurrenceAt);

        var paused = (await schedule.PauseAsync())!;
        Assert.Equal(ScheduleStatus.Paused, paused.Status);
        var countAtPause = (await ExecutionsAsync(aeo, created.Id)).Count;
        await Task.Delay(3 * twoSeconds);
        Assert.Equal(countAtPause, (await ExecutionsAsync(aeo, created.Id)).Count);

        var resumed = (await schedule.ResumeAsync())!;
        Assert.Equal(ScheduleStatus.Active, resumed.Status);
        Assert.Null(resumed.PausedReason);
        Assert.InRange(resumed.NextRunAt!.Value, paused.UpdatedAt, DateTimeOffset.UtcNow + twoSeconds);
        // Settled, not just claimed: the claim is visible while the run is still being started.
        var after = await WaitForAsync(
            aeo, created.Id, e => e.Any(x => x.OccurrenceAt == resumed.NextRunAt.Value && x.Status != "pending"), TimeSpan.FromSeconds(30));
        // Nothing that fell due while paused was started: the next occurrence is the one resume computed.
        Assert.DoesNotContain(after, e => e.OccurrenceAt > paused.UpdatedAt && e.OccurrenceAt < resumed.NextRunAt.Value);
        Assert.Contains(after, e => e.OccurrenceAt == resumed.NextRunAt.Value && e.Status == "started");
    }

    [Fact]
    public async Task Failing_to_start_max_failures_times_pauses_the_schedule_with_the_reason()
    {
        await using var aeo = await StartAsync(silos: 1);
        var schedule = aeo.Client.GetGrain<IScheduleGrain>(Guid.NewGuid());
        // A template naming a platform that is not (or no longer) configured: every start fails.
        var definition = Interval(TimeSpan.FromSeconds(2)) with { Template = Template(["retired-platform"]), MaxFailures = 2 };
        var created = await schedule.CreateAsync(aeo.ClientId, definition);

        var stored = await WaitForScheduleAsync(aeo, created.Id, s => s.Status == ScheduleStatus.Paused, TimeSpan.FromSeconds(40));
        Assert.Equal(2, stored.FailureCount);
        Assert.Equal(0, stored.RunCount);
        Assert.Null(stored.NextRunAt);
        Assert.Contains("2 consecutive failures", stored.PausedReason);
        Assert.Contains("retired-platform", stored.PausedReason);

        var executions = await ExecutionsAsync(aeo, created.Id);
        Assert.Equal(2, executions.Count);
        Assert.All(executions, e =>
        {
            Assert.Equal("failed", e.Status);
            Assert.Null(e.AuditRunId);
            Assert.Contains("retired-platform", e.Error);
        });
        Assert.Equal(0, await aeo.QueryAsync<long>("select count(*) from audit_runs where client_id = @ClientId", new { aeo.ClientId }));

        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.Equal(2, (await ExecutionsAsync(aeo, created.Id)).Count);
    }

    [Fact]
    public async Task A_repeated_tick_for_an_occurrence_already_handled_starts_nothing_new()
    {
        await using var aeo = await StartAsync(silos: 1);
        var schedule = aeo.Client.GetGrain<IScheduleGrain>(Guid.NewGuid());
        var runAt = DateTimeOffset.UtcNow.AddSeconds(2);
        var created = await schedule.CreateAsync(aeo.ClientId, Interval(ThreeSeconds) with { Kind = ScheduleKind.Once, Interval = null, RunAt = runAt });
        // Settled, not just claimed: the claim is visible while the run is still being started.
        var first = (await WaitForAsync(aeo, created.Id, e => e.Count == 1 && e[0].Status != "pending", TimeSpan.FromSeconds(30))).Single();
        Assert.Equal("started", first.Status);
        Assert.Null((await StoredAsync(aeo, created.Id)).NextRunAt);

        // The cursor is back on the handled occurrence, as if the tick that handled it had not saved it, and the
        // reminder delivers the tick twice.
        var remindable = aeo.Client.GetGrain<IRemindable>(schedule.GetGrainId());
        var tick = new TickStatus(runAt.UtcDateTime, TimeSpan.FromSeconds(1), DateTime.UtcNow);
        await RewindAsync(aeo, created.Id, first.OccurrenceAt);
        await Task.WhenAll(remindable.ReceiveReminder("tick", tick), remindable.ReceiveReminder("tick", tick));
        var afterRepeat = await ExecutionsAsync(aeo, created.Id);
        Assert.Equal([first], afterRepeat);

        // The occurrence was claimed but its run start not recorded (a crash in between): the retry starts the run
        // under the same id, which the run already has, so there is still one run.
        await aeo.QueryAsync<int>(
            "update schedule_executions set status = 'pending', audit_run_id = null where id = @Id returning 1", new { first.Id });
        await RewindAsync(aeo, created.Id, first.OccurrenceAt);
        await remindable.ReceiveReminder("tick", tick);
        Assert.Equal([first], await ExecutionsAsync(aeo, created.Id));
        Assert.Equal(1, await aeo.QueryAsync<long>("select count(*) from audit_runs where client_id = @ClientId", new { aeo.ClientId }));
        Assert.Null((await StoredAsync(aeo, created.Id)).NextRunAt);
    }

    private async Task<AeoTestCluster> StartAsync(short silos)
    {
        var settings = AeoTestCluster.BaseSettings();
        AeoTestCluster.AddSimulated(settings, "sim-a", 5, 10, 20);
        settings["Aeo:Schedules:MinimumInterval"] = "00:00:01";
        // A killed silo can hold the reminder for several occurrences before the survivor takes over: catch them all up.
        settings["Aeo:Schedules:MaxCatchUp"] = "20";
        var aeo = await AeoTestCluster.StartAsync(silos, settings, output);
        // The runs a schedule starts read the client's brand.
        await aeo.QueryAsync<int>(
            """update clients set brand = '{"name":"Acme CRM","aliases":["Acme"],"domains":["acme.example"]}' where id = @ClientId returning 1""",
            new { aeo.ClientId });
        return aeo;
    }

    private static AuditTemplate Template(string[] platforms) => new(platforms, ["comparison"], 2, 1, [], [], [], null, []);

    private static ScheduleDefinition Interval(TimeSpan interval) =>
        new("every few seconds", ScheduleKind.Interval, null, null, interval, null, Template(["sim-a"]), MissedRunPolicy.CatchUp, 3);

    /// <summary>Pauses, retrying while the cluster is still settling after a kill.</summary>
    private static async Task<Schedule> PauseEventuallyAsync(IScheduleGrain schedule)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (await schedule.PauseAsync())!;
            }
            catch (Exception ex) when (attempt < 5 && ex is SiloUnavailableException or TimeoutException or OrleansMessageRejectionException)
            {
                await Task.Delay(500);
            }
        }
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            value = await read();
        }
        return value;
    }

    private static async Task<IReadOnlyList<ScheduleExecution>> WaitForAsync(
        AeoTestCluster aeo, Guid scheduleId, Func<IReadOnlyList<ScheduleExecution>, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var executions = await ExecutionsAsync(aeo, scheduleId);
            if (executions.Count > 0 && done(executions))
            {
                return executions;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Waited {timeout}; executions: {string.Join(", ", executions)}");
            await Task.Delay(200);
        }
    }

    private static async Task<Schedule> WaitForScheduleAsync(AeoTestCluster aeo, Guid scheduleId, Func<Schedule, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var stored = await StoredAsync(aeo, scheduleId);
            if (done(stored))
            {
                return stored;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Waited {timeout}; schedule: {stored}");
            await Task.Delay(200);
        }
    }

    private static async Task<Schedule> StoredAsync(AeoTestCluster aeo, Guid scheduleId)
    {
        await using var db = new AeoDatabase(aeo.ConnectionString);
        return (await new ScheduleRepository(db).GetAsync(scheduleId, CancellationToken.None))!;
    }

    /// <summary>Oldest occurrence first.</summary>
    private static async Task<IReadOnlyList<ScheduleExecution>> ExecutionsAsync(AeoTestCluster aeo, Guid scheduleId)
    {
        await using var db = new AeoDatabase(aeo.ConnectionString);
        return (await new ScheduleRepository(db).ListExecutionsAsync(scheduleId, 0, 1000, CancellationToken.None)).Items.Reverse().ToList();
    }

    private static Task RewindAsync(AeoTestCluster aeo, Guid scheduleId, DateTimeOffset occurrence) =>
        aeo.QueryAsync<int>("update schedules set next_run_at = @occurrence where id = @scheduleId returning 1", new { occurrence, scheduleId });
}
