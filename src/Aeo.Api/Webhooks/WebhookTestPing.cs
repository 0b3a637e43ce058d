using Aeo.Abstractions.Webhooks;
using Aeo.Storage.Webhooks;

namespace Aeo.Api.Webhooks;

/// <summary>
/// Queues a <c>webhook.test</c> ping for one subscription and wakes the dispatcher, so it is delivered through the same
/// outbox as every event. The API's <c>POST …/test</c> and the web app's "send test" button both send it.
/// </summary>
public static class WebhookTestPing
{
    public static async Task<WebhookEvent> SendAsync(
        WebhookSubscription subscription, WebhookSubscriptionRepository subscriptions, IGrainFactory grains, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var ping = new WebhookEvent(
            Guid.CreateVersion7(), subscription.ClientId, WebhookEventTypes.Test, $"Test ping for webhook {subscription.Id} from Aeo.Orleans",
            new { webhookId = subscription.Id, clientId = subscription.ClientId, sentAt = now }, now);
        await subscriptions.EnqueueTestAsync(ping, subscription.Id, ct);
        await grains.GetGrain<IWebhookDispatcherGrain>(WebhookDispatcher.Key).PokeAsync();
        return ping;
    }
}
