namespace Aeo.Api.Platforms;

/// <param name="RequestsPerMinute">The pace in force: the configured budget, or the provider's lower limit.</param>
/// <param name="TokensPerMinute">The token budget in force, when there is one.</param>
public sealed record PlatformBudget(
    int RequestsPerMinute,
    int? TokensPerMinute,
    int GrantedLastMinute,
    int TokensLastMinute,
    int InFlight,
    DateTimeOffset? NextFreeSlot,
    DateTimeOffset? PausedUntil,
    ProviderRemaining? Provider);

/// <summary>What the provider's rate-limit headers said on its latest response.</summary>
public sealed record ProviderRemaining(int? RequestLimit, int? RequestsRemaining, int? TokenLimit, int? TokensRemaining, DateTimeOffset ReportedAt);

/// <param name="State"><c>available</c>, <c>paused</c> (429 or provider budget used up), <c>breaker_open</c> or <c>half_open</c>.</param>
/// <param name="Until">When a pause ends or an open breaker half-opens.</param>
public sealed record PlatformAvailability(string State, DateTimeOffset? Until);

/// <param name="State"><c>closed</c>, <c>open</c> or <c>half_open</c>.</param>
public sealed record PlatformBreaker(string State, int RecentFailures, int RecentCalls, DateTimeOffset? OpenedAt, DateTimeOffset? HalfOpenAt);

public sealed record PlatformErrorResponse(DateTimeOffset At, string ErrorClass, string Message);

/// <param name="RequestsPerMinute">Configured limits follow: requests and tokens per minute, concurrent calls, seconds per attempt.</param>
public sealed record PlatformResponse(
    string Name,
    string Kind,
    bool Simulated,
    string? Model,
    int RequestsPerMinute,
    int? TokensPerMinute,
    int MaxConcurrency,
    int TimeoutSeconds,
    PlatformAvailability Availability,
    PlatformBudget Budget,
    PlatformBreaker Breaker,
    IReadOnlyList<PlatformErrorResponse> RecentErrors);
