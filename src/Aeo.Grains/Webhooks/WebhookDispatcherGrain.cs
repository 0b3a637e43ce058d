using Aeo.Storage.Webhooks;

namespace Aeo.Grains.Webhooks;

/// <summary>
/// Sends the outbox's due deliveries: claims a batch under a lease, sends it (at most a batch at once), records each
/// attempt, and repeats until nothing is due; then waits for a poke or the next poll. One activation in the cluster
/// (key 0); the leases keep a second one (during a membership change) from sending the same attempt. A reminder keeps it
/// alive and brings it back on another silo when its silo dies, and what that silo had claimed is due again once its
/// lease runs out. Holds no state: the tables are the queue.
/// </summary>
public sealed class WebhookDispatcherGrain(
    WebhookDeliveryQueue queue,
    WebhookSender sender,
    WebhookRetryPolicy retries,
    AeoMetrics metrics,
    IOptions<WebhookOptions> options,
    IOptions<ReminderOptions> reminderOptions,
    ILogger<WebhookDispatcherGrain> logger) : Grain, IWebhookDispatcherGrain, IRemindable
{
    public const long Key = WebhookDispatcher.Key;
    private const string KeepAlive = "webhooks";

    private Task draining = Task.CompletedTask;
    private bool again;

    private WebhookOptions Settings => options.Value;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(_ => Drain(), new GrainTimerCreationOptions(Settings.PollInterval, Settings.PollInterval) { KeepAlive = true });
        return Drain();
    }

    public async Task ArmAsync()
    {
        var period = Settings.ReminderPeriod > reminderOptions.Value.MinimumReminderPeriod
            ? Settings.ReminderPeriod
            : reminderOptions.Value.MinimumReminderPeriod;
        await this.RegisterOrUpdateReminder(KeepAlive, period, period);
    }

    public Task PokeAsync() => Drain();

    public Task ReceiveReminder(string reminderName, TickStatus status) => Drain();

    /// <summary>Starts draining unless a drain runs; one running now will look once more before it stops.</summary>
    private Task Drain()
    {
        if (draining.IsCompleted)
        {
            draining = DrainAsync();
        }
        else
        {
            again = true;
        }
        return Task.CompletedTask;
    }

    private async Task DrainAsync()
    {
        try
        {
            do
            {
                again = false;
                IReadOnlyList<DueDelivery> due;
                while ((due = await queue.ClaimDueAsync(Settings.BatchSize, Settings.Lease, CancellationToken.None)).Count > 0)
                {
                    await Task.WhenAll(due.Select(DeliverAsync));
                }
            }
            while (again);
        }
        catch (Exception ex)
        {
            // Usually the database being away; the next poll, poke or reminder tries again.
            logger.LogWarning(ex, "Webhook dispatch stopped; the next poll tries again");
        }
    }

    private async Task DeliverAsync(DueDelivery delivery)
    {
        SendResult sent;
        try
        {
            sent = await sender.SendAsync(delivery, CancellationToken.None);
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or FormatException or ArgumentException)
        {
            // The secret cannot be read (a lost key ring): no attempt can succeed, so it counts as failed for good.
            sent = new SendResult(null, TimeSpan.Zero, $"The subscription's secret could not be decrypted: {ex.GetType().Name}", null, true);
        }
        var result = retries.Decide(delivery, sent);
        var recorded = await queue.RecordAsync(delivery, result, Settings.DisableAfterFailures, CancellationToken.None);
        if (!recorded.Recorded)
        {
            logger.LogWarning("Webhook delivery {Delivery} outlived its lease; its attempt was not recorded and is made again", delivery.Id);
            return;
        }
        metrics.WebhookDelivery(result.Outcome switch
        {
            WebhookDeliveryOutcomes.Delivered => "delivered",
            WebhookDeliveryOutcomes.Pending => "retried",
            _ => "failed",
        });
        if (recorded.Disabled)
        {
            metrics.WebhookDelivery("disabled");
            logger.LogWarning("Webhook subscription {Subscription} disabled after {Failures} failed attempts in a row", delivery.SubscriptionId, Settings.DisableAfterFailures);
        }
        if (result.Outcome == WebhookDeliveryOutcomes.Failed)
        {
            logger.LogWarning("Webhook delivery {Delivery} of event {Event} failed for good: {Error}", delivery.Id, delivery.EventId, result.Error);
        }
    }
}
