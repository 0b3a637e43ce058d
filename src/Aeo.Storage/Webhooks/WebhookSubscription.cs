namespace Aeo.Storage.Webhooks;

/// <summary>
/// A client's webhook endpoint as stored. <see cref="ProtectedSecret"/> is the signing secret encrypted with Data
/// Protection; it never leaves the server in this form or any other after creation.
/// </summary>
public sealed record WebhookSubscription(
    Guid Id,
    Guid ClientId,
    string Url,
    IReadOnlyList<string> Events,
    string Format,
    string ProtectedSecret,
    bool Enabled,
    string? DisabledReason,
    DateTimeOffset? DisabledAt,
    int ConsecutiveFailures,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>What a client sets on a subscription: everything but its secret.</summary>
public sealed record WebhookSettings(string Url, IReadOnlyList<string> Events, string Format);

/// <summary>One event's delivery to one subscription, as its log shows it.</summary>
/// <param name="Outcome">pending, delivered, failed (stopped for good) or abandoned (the subscription was disabled).</param>
public sealed record WebhookDeliveryRecord(
    long Id,
    Guid EventId,
    string Type,
    string Outcome,
    int Attempts,
    int? LastStatusCode,
    int? LastDurationMs,
    string? LastError,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EndedAt);

/// <summary>The outcomes a delivery row can end in.</summary>
public static class WebhookDeliveryOutcomes
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
    public const string Abandoned = "abandoned";
}
