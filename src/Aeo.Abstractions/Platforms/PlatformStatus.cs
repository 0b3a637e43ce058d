namespace Aeo.Abstractions.Platforms;

/// <summary>The state of a platform's circuit breaker.</summary>
public enum BreakerStatus
{
    Closed,
    Open,

    /// <summary>The break is over: one probe call may go; its success closes the breaker, its failure re-opens it.</summary>
    HalfOpen,
}

/// <summary>A platform's gate as the operator sees it: effective limits, live budget, pause, breaker and recent errors.</summary>
[GenerateSerializer, Immutable, Alias("aeo.platform-status")]
public sealed record PlatformStatus(
    [property: Id(0)] string Platform,
    [property: Id(1)] int RequestsPerMinute,
    [property: Id(2)] int? TokensPerMinute,
    [property: Id(3)] int MaxConcurrency,
    [property: Id(4)] int GrantedLastMinute,
    [property: Id(5)] int TokensLastMinute,
    [property: Id(6)] int InFlight,
    [property: Id(7)] DateTimeOffset? NextFreeSlot,
    [property: Id(8)] DateTimeOffset? PausedUntil,
    [property: Id(9)] ProviderLimitsView? Provider,
    [property: Id(10)] BreakerView Breaker,
    [property: Id(11)] IReadOnlyList<PlatformErrorView> RecentErrors);

[GenerateSerializer, Immutable, Alias("aeo.provider-limits-view")]
public sealed record ProviderLimitsView(
    [property: Id(0)] ProviderLimits Limits,
    [property: Id(1)] DateTimeOffset ReportedAt);

/// <param name="RecentFailures">Unhealthy failures within the breaker's sampling window (while open: those that opened it).</param>
/// <param name="RecentCalls">Calls started within the sampling window.</param>
[GenerateSerializer, Immutable, Alias("aeo.breaker-view")]
public sealed record BreakerView(
    [property: Id(0)] BreakerStatus Status,
    [property: Id(1)] int RecentFailures,
    [property: Id(2)] DateTimeOffset? OpenedAt,
    [property: Id(3)] DateTimeOffset? HalfOpenAt,
    [property: Id(4)] int RecentCalls);

/// <summary>
/// One failed call: when, its error class, the engine's message (which never holds a key) and the client whose work made
/// the call (null for calls of no client's, such as question generation), who alone beside the operator may see it.
/// </summary>
[GenerateSerializer, Immutable, Alias("aeo.platform-error")]
public sealed record PlatformErrorView(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string ErrorClass,
    [property: Id(2)] string Message,
    [property: Id(3)] Guid? ClientId = null);
