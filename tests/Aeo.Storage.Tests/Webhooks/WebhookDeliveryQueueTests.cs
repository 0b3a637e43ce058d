using Aeo.Abstractions.Webhooks;
using Aeo.Storage.Tests.Repositories;
using Aeo.Storage.Webhooks;

namespace Aeo.Storage.Tests.Webhooks;

/// <summary>Claims and records at repository level: leases keep two claimers apart, and repeated failures disable.</summary>
public sealed class WebhookDeliveryQueueTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Concurrent_claimers_never_get_the_same_delivery_and_a_lost_lease_records_nothing()
    {
        await using var run = await StoredRun.CreateAsync();
        var subscriptions = new WebhookSubscriptionRepository(run.Database);
        var subscription = await subscriptions.InsertAsync(Guid.NewGuid(), run.Spec.ClientId, WebhookOutboxTests.Settings(WebhookEventTypes.BudgetReached), "p", None);
        for (var i = 0; i < 40; i++)
        {
            await EnqueueAsync(run, WebhookEventTypes.BudgetReached);
        }
        var queue = new WebhookDeliveryQueue(run.Database);

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => queue.ClaimDueAsync(15, TimeSpan.FromMinutes(1), None)));

        var ids = claims.SelectMany(c => c).Select(d => d.Id).ToList();
        Assert.Equal(40, ids.Count);
        Assert.Equal(40, ids.Distinct().Count());
        Assert.Empty(await queue.ClaimDueAsync(15, TimeSpan.FromMinutes(1), None));

        // A claim whose lease ran out is claimed again; the first claimer's late record is then refused.
        var late = claims[0][0];
        await using (var connection = await run.Database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("update webhook_deliveries set lease_until = now() - interval '1 second' where id = @Id", new { late.Id });
        }
        var reclaimed = Assert.Single(await queue.ClaimDueAsync(15, TimeSpan.FromMinutes(1), None));
        Assert.Equal(late.Id, reclaimed.Id);
        var delivered = new AttemptResult(WebhookDeliveryOutcomes.Delivered, 200, 5, null, null);
        Assert.False((await queue.RecordAsync(late, delivered, 10, None)).Recorded);
        Assert.True((await queue.RecordAsync(reclaimed, delivered, 10, None)).Recorded);
        var log = await subscriptions.DeliveriesAsync(subscription.Id, 0, 100, None);
        Assert.Equal(40, log.Total);
        Assert.Equal(1, log.Items.Count(d => d.Outcome == WebhookDeliveryOutcomes.Delivered && d.Attempts == 1));
    }

    [Fact]
    public async Task A_subscription_failing_the_configured_number_of_attempts_in_a_row_is_disabled_with_its_reason()
    {
        await using var run = await StoredRun.CreateAsync();
        var subscriptions = new WebhookSubscriptionRepository(run.Database);
        var subscription = await subscriptions.InsertAsync(Guid.NewGuid(), run.Spec.ClientId, WebhookOutboxTests.Settings(WebhookEventTypes.SchedulePaused), "p", None);
        await EnqueueAsync(run, WebhookEventTypes.SchedulePaused);
        await EnqueueAsync(run, WebhookEventTypes.SchedulePaused);
        var queue = new WebhookDeliveryQueue(run.Database);
        var retry = new AttemptResult(WebhookDeliveryOutcomes.Pending, 500, 3, "HTTP 500", DateTimeOffset.UtcNow.AddMilliseconds(-1));

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var due = (await queue.ClaimDueAsync(1, TimeSpan.FromMinutes(1), None))[0];
            var recorded = await queue.RecordAsync(due, retry, disableAfter: 3, None);
            Assert.Equal((true, false), (recorded.Recorded, recorded.Disabled));
        }
        var last = (await queue.ClaimDueAsync(1, TimeSpan.FromMinutes(1), None))[0];
        Assert.True((await queue.RecordAsync(last, retry, disableAfter: 3, None)).Disabled);

        var disabled = (await subscriptions.GetAsync(subscription.Id, None))!;
        Assert.False(disabled.Enabled);
        Assert.Equal("Disabled after 3 failed delivery attempts in a row; the last: HTTP 500", disabled.DisabledReason);
        Assert.NotNull(disabled.DisabledAt);
        Assert.Empty(await queue.ClaimDueAsync(10, TimeSpan.FromMinutes(1), None));
        Assert.All((await subscriptions.DeliveriesAsync(subscription.Id, 0, 10, None)).Items, d => Assert.Equal(WebhookDeliveryOutcomes.Abandoned, d.Outcome));

        // Replacing it enables it again with a clean count.
        var enabled = (await subscriptions.UpdateAsync(subscription.Id, WebhookOutboxTests.Settings(WebhookEventTypes.SchedulePaused), None))!;
        Assert.Equal((true, null, 0), (enabled.Enabled, enabled.DisabledReason, enabled.ConsecutiveFailures));
    }

    private static async Task EnqueueAsync(StoredRun run, string type)
    {
        await using var connection = await run.Database.DataSource.OpenConnectionAsync();
        await using var tx = await connection.BeginTransactionAsync();
        var e = new WebhookEvent(Guid.NewGuid(), run.Spec.ClientId, type, "s", new { n = 1 }, DateTimeOffset.UtcNow);
        Assert.Equal(1, await WebhookOutbox.EnqueueAsync(connection, tx, e, None));
        await tx.CommitAsync();
    }
}
