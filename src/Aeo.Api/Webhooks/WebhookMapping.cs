using Aeo.Storage.Webhooks;

namespace Aeo.Api.Webhooks;

public static class WebhookMapping
{
    public static WebhookResponse ToResponse(WebhookSubscription s) => new(
        s.Id, s.ClientId, s.Url, s.Events, s.Format, s.Enabled, s.DisabledReason, s.DisabledAt, s.ConsecutiveFailures, s.CreatedAt,
        s.UpdatedAt, Links(s.Id));

    public static CreatedWebhookResponse ToCreated(WebhookSubscription s, string secret) =>
        new(s.Id, s.ClientId, s.Url, s.Events, s.Format, s.Enabled, s.CreatedAt, Links(s.Id), secret);

    public static WebhookDeliveryResponse ToResponse(WebhookDeliveryRecord d) => new(
        d.Id, d.EventId, d.Type, d.Outcome, d.Attempts, d.LastStatusCode, d.LastDurationMs, d.LastError, d.NextAttemptAt, d.CreatedAt,
        d.EndedAt);

    private static WebhookLinks Links(Guid id)
    {
        var self = $"/api/v1/webhooks/{id}";
        return new WebhookLinks(self, $"{self}/deliveries", $"{self}/test");
    }
}
