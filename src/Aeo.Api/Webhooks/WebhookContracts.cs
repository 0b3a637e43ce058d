namespace Aeo.Api.Webhooks;

/// <summary>
/// A webhook subscription to create, or its full replacement (PUT): where to send (<c>url</c>), which event types
/// (<c>events</c>, at least one), and the body's shape (<c>format</c>: <c>standard</c> by default, or <c>slack</c>).
/// The operator names the client; a client key subscribes for its own.
/// </summary>
public sealed record WebhookRequest(Guid? ClientId, string? Url, List<string?>? Events, string? Format);

public sealed record WebhookLinks(string Self, string Deliveries, string Test);

/// <summary>A subscription as listed: never its secret. <see cref="DisabledReason"/> says why a disabled one stopped.</summary>
public sealed record WebhookResponse(
    Guid Id,
    Guid ClientId,
    string Url,
    IReadOnlyList<string> Events,
    string Format,
    bool Enabled,
    string? DisabledReason,
    DateTimeOffset? DisabledAt,
    int ConsecutiveFailures,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    WebhookLinks Links);

/// <summary>The only response that carries the subscription's signing secret (<c>whsec_…</c>): keep it, it is not shown again.</summary>
public sealed record CreatedWebhookResponse(
    Guid Id,
    Guid ClientId,
    string Url,
    IReadOnlyList<string> Events,
    string Format,
    bool Enabled,
    DateTimeOffset CreatedAt,
    WebhookLinks Links,
    string Secret);

/// <param name="Outcome">pending (more attempts to come), delivered, failed (stopped for good) or abandoned (the subscription was disabled).</param>
/// <param name="LastDurationMs">How long the last attempt took.</param>
/// <param name="NextAttemptAt">When a pending delivery is tried next.</param>
public sealed record WebhookDeliveryResponse(
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

/// <summary>The ping <c>POST …/test</c> queued: its event id, as the receiver will see it in <c>webhook-id</c>.</summary>
public sealed record WebhookTestResponse(Guid EventId, string Type);
