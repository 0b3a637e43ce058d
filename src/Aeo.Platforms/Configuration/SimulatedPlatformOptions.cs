namespace Aeo.Platforms;

/// <summary>
/// Behaviour of a simulated platform. Setting all three latencies to 0 removes the delay entirely (benchmark mode).
/// </summary>
public sealed class SimulatedPlatformOptions
{
    public double LatencyMinMs { get; set; } = 500;

    public double LatencyMedianMs { get; set; } = 1200;

    public double LatencyMaxMs { get; set; } = 5000;

    /// <summary>Probability in [0, 1] that a call fails with <see cref="EngineErrorClass.Unavailable"/>.</summary>
    public double FailureRate { get; set; }

    public int Seed { get; set; }

    /// <summary>
    /// Tracked brands this platform never names (compared ignoring case): they are struck from each answer after the
    /// brands are drawn, so every other brand is drawn exactly as without it. Simulates a brand losing visibility.
    /// </summary>
    public string[] OmitBrands { get; set; } = [];

    /// <summary>One of <c>mixed</c>, <c>list</c>, <c>prose</c>, <c>comparison</c>, <c>table</c>.</summary>
    public string Style { get; set; } = "mixed";
}
