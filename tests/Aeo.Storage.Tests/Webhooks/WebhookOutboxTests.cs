using Aeo.Abstractions.Audits;
using Aeo.Abstractions.Webhooks;
using Aeo.Storage.Tests.Repositories;
using Aeo.Storage.Trends;
using Aeo.Storage.Webhooks;

namespace Aeo.Storage.Tests.Webhooks;

/// <summary>
/// The outbox at repository level: a run's end events (and its change families) commit with the row that ends it, fan out in SQL to the matching
/// subscriptions only, are written once however often the end is saved, and vanish with a transaction that rolls back.
/// </summary>
public sealed class WebhookOutboxTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_run_end_writes_its_event_in_the_same_transaction_fanned_out_to_matching_subscriptions_once()
    {
        await using var run = await StoredRun.CreateAsync();
        var subscriptions = new WebhookSubscriptionRepository(run.Database);
        var wanting = await subscriptions.InsertAsync(Guid.NewGuid(), run.Spec.ClientId, Settings(WebhookEventTypes.RunCompleted), "protected", None);
        await subscriptions.InsertAsync(Guid.NewGuid(), run.Spec.ClientId, Settings(WebhookEventTypes.SchedulePaused), "protected", None);
        var other = await OtherClientAsync(run);
        await subscriptions.InsertAsync(Guid.NewGuid(), other, Settings(WebhookEventTypes.RunCompleted), "protected", None);
        var calls = 0;
        var e = RunCompleted(run);

        var fannedWhileRunning = await run.Runs.UpdateAsync(Progress(run.RunId, RunStatus.Running), _ => { calls++; return Task.FromResult(new RunEndRecords([e], [Family()])); }, None);
        Assert.Equal((0, 0), (fannedWhileRunning, calls));
        Assert.Equal((0, 0), (await CountAsync(run, "webhook_events"), await CountAsync(run, "run_changes")));

        var fanned = await run.Runs.UpdateAsync(Progress(run.RunId, RunStatus.Completed), _ => { calls++; return Task.FromResult(new RunEndRecords([e], [Family()])); }, None);
        Assert.Equal((1, 1), (fanned, calls));
        var delivery = Assert.Single(await subscriptions.DeliveriesAsync(wanting.Id, 0, 10, None) is var page ? page.Items : []);
        Assert.Equal((e.Id, WebhookEventTypes.RunCompleted, WebhookDeliveryOutcomes.Pending, 0), (delivery.EventId, delivery.Type, delivery.Outcome, delivery.Attempts));
        Assert.Equal(1, await CountAsync(run, "webhook_deliveries"));
        Assert.Equal(1, await CountAsync(run, "run_changes"));

        // The watchdog saving the ended row again writes nothing more.
        var again = await run.Runs.UpdateAsync(Progress(run.RunId, RunStatus.Completed), _ => { calls++; return Task.FromResult(new RunEndRecords([e], [Family()])); }, None);
        Assert.Equal((0, 1), (again, calls));
        Assert.Equal((1, 1), (await CountAsync(run, "webhook_events"), await CountAsync(run, "webhook_deliveries")));
    }

    [Fact]
    public async Task When_the_transaction_rolls_back_neither_the_end_nor_any_event_is_stored()
    {
        await using var run = await StoredRun.CreateAsync();
        var subscriptions = new WebhookSubscriptionRepository(run.Database);
        await subscriptions.InsertAsync(Guid.NewGuid(), run.Spec.ClientId, Settings(WebhookEventTypes.RunCompleted), "protected", None);
        var good = RunCompleted(run);
        // An event of a client that does not exist breaks the transaction after the first event was written.
        var broken = good with { Id = Guid.NewGuid(), ClientId = Guid.NewGuid() };

        await Assert.ThrowsAsync<PostgresException>(() =>
            run.Runs.UpdateAsync(Progress(run.RunId, RunStatus.Completed), _ => Task.FromResult(new RunEndRecords([good, broken], [Family()])), None));

        Assert.Equal((0, 0, 0), (await CountAsync(run, "webhook_events"), await CountAsync(run, "webhook_deliveries"), await CountAsync(run, "run_changes")));
        Assert.Equal(RunStatus.Pending, (await run.Runs.GetAsync(run.RunId, None))!.Status);

        // Making the events fails too: the run's end is not stored without them.
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            run.Runs.UpdateAsync(Progress(run.RunId, RunStatus.Completed), _ => throw new InvalidOperationException("no events"), None));
        Assert.Equal(RunStatus.Pending, (await run.Runs.GetAsync(run.RunId, None))!.Status);
        Assert.Equal(0, await CountAsync(run, "webhook_events"));

        Assert.Equal(1, await run.Runs.UpdateAsync(Progress(run.RunId, RunStatus.Completed), _ => Task.FromResult(new RunEndRecords([good], [Family()])), None));
        Assert.Equal(RunStatus.Completed, (await run.Runs.GetAsync(run.RunId, None))!.Status);
    }

    /// <summary>A tested change family with no baseline, as a run's end stores one beside its events.</summary>
    private static StoredChangeFamily Family() =>
        new("non_branded", DateTimeOffset.UtcNow, new RunChangeFamily(null, false, 0, [], false, [], "No earlier ended run of this client asked alike."));

    internal static WebhookSettings Settings(params string[] events) => new("https://hooks.example/aeo", events, WebhookFormats.Standard);

    internal static async Task<long> CountAsync(StoredRun run, string table)
    {
        await using var connection = await run.Database.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>($"select count(*) from {table}");
    }

    internal static async Task<Guid> OtherClientAsync(StoredRun run)
    {
        var id = Guid.NewGuid();
        await using var connection = await run.Database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            "insert into clients (id, name, industry, brand) values (@id, 'Other', 'crm software', '{}'::jsonb)", new { id });
        return id;
    }

    private static WebhookEvent RunCompleted(StoredRun run) => new(
        WebhookEvent.IdFor(WebhookEventTypes.RunCompleted, run.RunId.ToString()), run.Spec.ClientId, WebhookEventTypes.RunCompleted,
        "The run completed", new { runId = run.RunId }, DateTimeOffset.UtcNow);

    private static AuditRunProgress Progress(Guid runId, RunStatus status) => new(
        runId, status, status == RunStatus.Completed ? RunStage.Completed : RunStage.ProcessingQuestions, DateTimeOffset.UtcNow,
        status == RunStatus.Completed ? DateTimeOffset.UtcNow : null, 2, 4, 4, 0, null, [], null, 0);
}
