using System.ComponentModel.DataAnnotations;

namespace Aeo.Abstractions.Maintenance;

/// <summary>Recovery bounds, bound from <c>Aeo:Recovery</c>.</summary>
public sealed class RecoveryOptions
{
    public const string Section = "Aeo:Recovery";

    /// <summary>How often one run may be retried or resumed by recovery before it is left failed.</summary>
    [Range(1, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>A pending or running run whose progress has not moved for this long counts as stalled.</summary>
    public TimeSpan StalledAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The most runs one recovery call looks at (oldest first); call again for the rest.</summary>
    [Range(1, 10_000)]
    public int MaxRunsPerCall { get; set; } = 200;
}
