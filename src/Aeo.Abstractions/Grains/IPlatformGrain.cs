using Aeo.Abstractions.Platforms;
using Orleans.Concurrency;

namespace Aeo.Abstractions.Grains;

/// <summary>The cluster-wide budget of one platform (keyed by platform name).</summary>
[Alias("aeo.IPlatformGrain")]
public interface IPlatformGrain : IGrainWithStringKey
{
    /// <summary>Reserves the next call slot, or says when to ask again if none is free within the horizon.</summary>
    [Alias("acquire")]
    Task<RatePermit> AcquireAsync();

    [AlwaysInterleave, ReadOnly, Alias("budget")]
    Task<PlatformBudgetView> GetBudgetAsync();
}
