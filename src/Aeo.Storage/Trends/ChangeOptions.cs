namespace Aeo.Storage.Trends;

/// <summary><c>Aeo:Changes</c>: how a run's changes are judged.</summary>
public sealed class ChangeOptions
{
    public const string Section = "Aeo:Changes";

    /// <summary>q of the Benjamini–Hochberg procedure over a run's comparisons, in (0, 1); a request's <c>q</c> overrides it.</summary>
    public double FalseDiscoveryRate { get; set; } = 0.05;
}
