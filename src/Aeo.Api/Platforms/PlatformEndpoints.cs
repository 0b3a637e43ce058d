using Aeo.Abstractions.Grains;
using Aeo.Abstractions.Platforms;
using Aeo.Api.Auth;
using Aeo.Platforms;

namespace Aeo.Api.Platforms;

public static class PlatformEndpoints
{
    public static void MapPlatformEndpoints(this RouteGroupBuilder api)
    {
        var platforms = api.MapGroup("/platforms").WithTags("Platforms");
        platforms.MapGet("", ListAsync);
        platforms.MapPost("/{name}/breaker/reset", ResetBreakerAsync).RequireAuthorization(AuthPolicies.Operator);
    }

    /// <summary>The configured platforms with their limits, availability, live cluster-wide budget, breaker and recent errors (never a key).</summary>
    private static async Task<IResult> ListAsync(IAnswerEngineRegistry registry, IGrainFactory grains, TimeProvider time)
    {
        var platforms = await Task.WhenAll(registry.Platforms.Select(async descriptor =>
            ToResponse(descriptor, await grains.GetGrain<IPlatformGrain>(descriptor.Name).GetStatusAsync(), time.GetUtcNow())));
        return TypedResults.Ok(platforms.OrderBy(p => p.Name, StringComparer.Ordinal).ToArray());
    }

    /// <summary>Closes the platform's breaker and lifts its pause (operator only).</summary>
    private static async Task<IResult> ResetBreakerAsync(string name, IAnswerEngineRegistry registry, IGrainFactory grains, TimeProvider time)
    {
        var descriptor = registry.Platforms.FirstOrDefault(p => p.Name == name);
        if (descriptor is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No platform named '{name}' is configured.");
        }
        var gate = grains.GetGrain<IPlatformGrain>(descriptor.Name);
        await gate.ResetBreakerAsync();
        return TypedResults.Ok(ToResponse(descriptor, await gate.GetStatusAsync(), time.GetUtcNow()));
    }

    private static PlatformResponse ToResponse(PlatformDescriptor descriptor, PlatformStatus status, DateTimeOffset now) => new(
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
        status.RecentErrors.Select(e => new PlatformErrorResponse(e.At, e.ErrorClass, e.Message)).ToArray());

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
