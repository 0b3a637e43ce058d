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
/// <remarks>
/// <see cref="At"/> and <see cref="StartBy"/> are on the gate's clock, which the caller's may differ from. A caller
/// times its start with <see cref="Delay"/> and <see cref="StartWithin"/> instead, both measured from the gate's
/// answer: it waits <see cref="Delay"/> from when the answer arrived (never before the slot) and starts only if no
/// more than <see cref="StartWithin"/> has passed since it asked (never after the deadline), whatever the clocks say.
/// </remarks>
[GenerateSerializer, Immutable, Alias("aeo.call-lease")]
public sealed record CallLease(
    [property: Id(0)] LeaseDecision Decision,
    [property: Id(1)] Guid Id,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] DateTimeOffset StartBy,
    [property: Id(4)] TimeSpan Delay,
    [property: Id(5)] TimeSpan StartWithin);
