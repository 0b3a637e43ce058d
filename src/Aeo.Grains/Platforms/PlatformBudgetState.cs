namespace Aeo.Grains.Platforms;

/// <summary>What a platform's gate keeps across activations and silo restarts.</summary>
[GenerateSerializer, Alias("aeo.platform-budget-state")]
public sealed class PlatformBudgetState
{
    /// <summary>The first slot still free when the last activation ended cleanly.</summary>
    [Id(0)] public DateTimeOffset? NextSlotAfterCleanStop { get; set; }

    [Id(1)] public BreakerState Breaker { get; set; } = new();

    /// <summary>The latest failed calls, newest last (at most <see cref="RecentErrors.Capacity"/>).</summary>
    [Id(2)] public List<PlatformErrorView> RecentErrors { get; set; } = [];
}

/// <summary>A platform's circuit breaker, shared by every silo through the platform grain's persisted state.</summary>
[GenerateSerializer, Alias("aeo.breaker-state")]
public sealed class BreakerState
{
    [Id(0)] public BreakerStatus Status { get; set; } = BreakerStatus.Closed;

    /// <summary>Unhealthy failures within the sampling window when it was last written (on a transition).</summary>
    [Id(1)] public int RecentFailures { get; set; }

    [Id(2)] public DateTimeOffset? OpenedAt { get; set; }

    [Id(3)] public TimeSpan BreakDuration { get; set; }

    public DateTimeOffset? HalfOpenAt => Status == BreakerStatus.Open ? OpenedAt + BreakDuration : null;
}
