using System.ComponentModel.DataAnnotations;

namespace Aeo.Abstractions.Audits;

/// <summary>Competitor discovery, bound from <c>Aeo:Discovery</c>.</summary>
public sealed class DiscoveryOptions
{
    public const string Section = "Aeo:Discovery";

    /// <summary>
    /// The share of a run's non-branded answers an untracked brand must reach to be announced as newly discovered
    /// (when it reached it in none of the client's earlier runs).
    /// </summary>
    [Range(0.0001, 1.0)]
    public double AlertShare { get; set; } = 0.1;
}
