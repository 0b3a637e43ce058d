using Aeo.Grains.Maintenance;

namespace Aeo.Grains.Tests.Maintenance;

/// <summary>Retention on a real silo: only ended runs past the threshold go, in batches, with everything that hangs off them.</summary>
[Trait("Category", "Cluster")]
public sealed class RetentionTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Retention_deletes_only_ended_runs_older_than_the_threshold_in_batches_and_leaves_active_ones_alone()
    {
        var settings = AeoTestCluster.BaseSettings();
        AeoTestCluster.AddSimulated(settings, "sim", 5, 10, 20);
        settings["Aeo:Retention:BatchSize"] = "2";
        settings["Aeo:Retention:Days"] = "90";
        await using var aeo = await AeoTestCluster.StartAsync(2, settings, output);

        // A real run, finished, then made old: its grain state must go with its rows.
        var realOld = Guid.NewGuid();
        await aeo.Run(realOld).StartAsync(aeo.Spec(["sim"], maxQuestions: 5, samples: 1));
        Assert.Equal(RunStatus.Completed, (await aeo.WaitForTerminalAsync(realOld, TimeSpan.FromSeconds(60))).Status);
        Assert.Equal("completed", await RunChecks.StoredStatusAsync(aeo, realOld));
        // An ended run's last watchdog tick rewrites its row from its state before it drops the reminder; age the row
        // only after that, or the tick would put the real completion time back.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await aeo.QueryAsync<long>("select count(*) from orleansreminderstable where remindername = 'watchdog'") > 0
               && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }
        Assert.Equal(0, await aeo.QueryAsync<long>("select count(*) from orleansreminderstable where remindername = 'watchdog'"));
        // And deactivate it, so no timer of its activation writes the row after it is aged.
        await aeo.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await aeo.QueryListAsync<int>("update audit_runs set completed_at = now() - interval '100 days' where id = @realOld", new { realOld });

        var oldEnded = new List<Guid>();
        foreach (var status in new[] { "completed", "completed", "partially_completed", "failed", "cancelled" })
        {
            oldEnded.Add(await InsertRunAsync(aeo, status, completedDaysAgo: 100));
        }
        oldEnded.Add(await InsertRunAsync(aeo, "failed", completedDaysAgo: null, createdDaysAgo: 120));
        var oldRunning = await InsertRunAsync(aeo, "running", completedDaysAgo: null, createdDaysAgo: 120);
        var oldPending = await InsertRunAsync(aeo, "pending", completedDaysAgo: null, createdDaysAgo: 120);
        var recent = await InsertRunAsync(aeo, "completed", completedDaysAgo: 10, createdDaysAgo: 120);

        var sweeper = aeo.Cluster.Silos[0].ServiceProvider.GetRequiredService<RetentionSweeper>();
        var report = await sweeper.SweepAsync(90, CancellationToken.None);

        Guid[] expectedGone = [realOld, .. oldEnded];
        var left = await aeo.QueryListAsync<string>(
            "select id::text || ' ' || status || ' completed ' || coalesce(completed_at::text, '-') from audit_runs where id = any(@expectedGone)",
            new { expectedGone });
        Assert.True(left.Count == 0, $"not deleted: {string.Join("; ", left)} (real run {realOld})");
        Assert.Equal(7, report.DeletedRuns);
        Assert.Equal(4, report.Batches); // 2 + 2 + 2 + 1
        Assert.Equal(0, report.LeftAlone);
        Guid[] gone = [realOld, .. oldEnded];
        Guid[] kept = [oldRunning, oldPending, recent];
        Assert.Equal(0, await aeo.QueryAsync<long>("select count(*) from audit_runs where id = any(@gone)", new { gone }));
        Assert.Equal(3, await aeo.QueryAsync<long>("select count(*) from audit_runs where id = any(@kept)", new { kept }));
        foreach (var table in new[] { "questions", "responses", "dead_letters" })
        {
            Assert.Equal(0, await aeo.QueryAsync<long>($"select count(*) from {table} where audit_run_id = any(@gone)", new { gone }));
            Assert.Equal(3, await aeo.QueryAsync<long>($"select count(*) from {table} where audit_run_id = any(@kept)", new { kept }));
        }
        Assert.Null(await aeo.Run(realOld).GetStatusAsync());
        Assert.Equal("running", await aeo.QueryAsync<string>("select status from audit_runs where id = @oldRunning", new { oldRunning }));

        // A second pass finds nothing; the reminder is armed once however many silos started.
        var again = await sweeper.SweepAsync(90, CancellationToken.None);
        Assert.Equal((0, 0), (again.DeletedRuns, again.Batches));
        Assert.Equal(1, await aeo.QueryAsync<long>("select count(*) from orleansreminderstable where remindername = 'retention'"));
    }

    /// <summary>A run row with one question, one answer and one dead letter, dated by SQL.</summary>
    private static async Task<Guid> InsertRunAsync(AeoTestCluster aeo, string status, int? completedDaysAgo, int createdDaysAgo = 101)
    {
        var id = Guid.NewGuid();
        await aeo.QueryListAsync<int>(
            """
            insert into audit_runs (id, client_id, config, status, stage, created_at, completed_at)
            values (@id, @client, '{}'::jsonb, @status, @status, now() - make_interval(days => @createdDaysAgo),
                    now() - make_interval(days => @completedDaysAgo));
            insert into questions (id, audit_run_id, ordinal, question_text, category, question_type, provider)
            values (@question, @id, 1, 'Best CRM?', 'best_of', 'non_branded', 'template');
            insert into responses (id, audit_run_id, question_id, platform, sample, response_text, raw_response, brand_mentions,
                                   is_simulated, processing_time_ms)
            values (gen_random_uuid(), @id, @question, 'sim', 1, 'An answer.', '{}'::jsonb, '[]'::jsonb, true, 5);
            insert into dead_letters (id, audit_run_id, question_id, platform, sample, payload, error_class, error_message,
                                      attempts, first_failed_at, last_failed_at)
            values (gen_random_uuid(), @id, @question, 'other', 1, '{}'::jsonb, 'Timeout', 'slow', 1, now(), now());
            """,
            new { id, client = aeo.ClientId, status, createdDaysAgo, completedDaysAgo, question = Guid.NewGuid() });
        return id;
    }
}
