using Aeo.Abstractions.Platforms;

namespace Aeo.Api.Platforms;

public static class PlatformMapping
{
    /// <summary>
    /// A platform's configured limits beside its live state on the cluster. Its recent errors are those of the calls
    /// <paramref name="user"/> may see: all for the operator, a client's own for a client key.
    /// </summary>
    public static PlatformResponse ToResponse(PlatformDescriptor descriptor, PlatformStatus status, DateTimeOffset now, ClaimsPrincipal user) => new(
        descriptor.Name,
        descriptor.Kind,
        descriptor.IsSimulated,
        descriptor.Model,
        descriptor.RequestsPerMinute,
        descriptor.TokensPerMinute,
        descriptor.MaxConcurrency,
        descriptor.TimeoutSeconds,
        Availability(status, now),
        new PlatformBudget(
            status.RequestsPerMinute,
            status.TokensPerMinute,
            status.GrantedLastMinute,
            status.TokensLastMinute,
            status.InFlight,
            status.NextFreeSlot,
            status.PausedUntil,
            status.Provider is { Limits: var limits } provider
                ? new ProviderRemaining(limits.RequestLimit, limits.RequestsRemaining, limits.TokenLimit, limits.TokensRemaining, provider.ReportedAt)
                : null),
        new PlatformBreaker(BreakerName(status.Breaker.Status), status.Breaker.RecentFailures, status.Breaker.RecentCalls, status.Breaker.OpenedAt, status.Breaker.HalfOpenAt),
        status.RecentErrors
            .Where(e => user.IsOperator() || (e.ClientId is { } owner && user.ClientId() == owner))
            .Select(e => new PlatformErrorResponse(e.At, e.ErrorClass, e.Message))
            .ToArray());

    private static PlatformAvailability Availability(PlatformStatus status, DateTimeOffset now) => status.Breaker switch
    {
        { Status: BreakerStatus.Open, HalfOpenAt: var halfOpenAt } when halfOpenAt > now => new("breaker_open", halfOpenAt),
        { Status: BreakerStatus.Open or BreakerStatus.HalfOpen } => new("half_open", null),
        _ when status.PausedUntil is { } until => new("paused", until),
        _ => new("available", null),
    };

    private static string BreakerName(BreakerStatus status) => status switch
    {
        BreakerStatus.Open => "open",
        BreakerStatus.HalfOpen => "half_open",
        _ => "closed",
    };
}
