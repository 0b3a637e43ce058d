using Aeo.Abstractions.Platforms;
using Orleans.Concurrency;

namespace Aeo.Abstractions.Grains;

/// <summary>
/// The cluster-wide gate of one platform (keyed by platform name): request and token budgets, concurrency cap,
/// 429 pause and circuit breaker. Every call to the platform takes a lease here and reports its outcome.
/// </summary>
[Alias("aeo.IPlatformGrain")]
public interface IPlatformGrain : IGrainWithStringKey
{
    /// <summary>Grants a call lease for about <paramref name="estimatedTokens"/> tokens, says when to ask again, or refuses while the breaker is open.</summary>
    [Alias("acquire")]
    Task<CallLease> AcquireAsync(int estimatedTokens);

    /// <summary>Releases a lease with how its call went.</summary>
    [Alias("report")]
    Task ReportAsync(CallOutcome outcome);

    /// <summary>Closes the breaker and lifts any pause (operator action).</summary>
    [Alias("reset-breaker")]
    Task ResetBreakerAsync();

    [AlwaysInterleave, ReadOnly, Alias("status")]
    Task<PlatformStatus> GetStatusAsync();
}
