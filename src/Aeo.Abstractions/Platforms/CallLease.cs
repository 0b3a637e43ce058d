namespace Aeo.Abstractions.Platforms;

/// <summary>What a platform's gate answered to a request for a call lease.</summary>
public enum LeaseDecision
{
    /// <summary>The call may start at <see cref="CallLease.At"/> and must start before <see cref="CallLease.StartBy"/>.</summary>
    Granted,

    /// <summary>No capacity now (pace, token budget, concurrency cap or a pause): ask again at <see cref="CallLease.At"/>.</summary>
    Wait,

    /// <summary>The platform's circuit breaker is open: no call until it half-opens at <see cref="CallLease.At"/>.</summary>
    BreakerOpen,
}

/// <summary>
/// The answer of <c>IPlatformGrain.AcquireAsync</c>. A granted lease holds one of the platform's concurrent calls
/// until its outcome is reported with <see cref="Id"/>, or until it expires (the caller's silo may die mid-call).
/// </summary>
[GenerateSerializer, Immutable, Alias("aeo.call-lease")]
public sealed record CallLease(
    [property: Id(0)] LeaseDecision Decision,
    [property: Id(1)] Guid Id,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] DateTimeOffset StartBy);
