namespace Aeo.Platforms;

/// <summary>
/// Used only when <c>Aeo:Platforms</c> has no entries, so a demo without any API keys still has three
/// distinguishable engines to audit: a fast list-writer, a chatty prose-writer and a slow search-like mixed one.
/// </summary>
internal static class DefaultSimulatedPlatforms
{
    public static IReadOnlyList<ConfiguredPlatform> Create() =>
    [
        Simulated("simulated-a", style: "list", seed: 1, minMs: 300, medianMs: 800, maxMs: 3000),
        Simulated("simulated-b", style: "prose", seed: 2, minMs: 500, medianMs: 1500, maxMs: 6000),
        Simulated("simulated-c", style: "mixed", seed: 3, minMs: 800, medianMs: 2500, maxMs: 10000),
    ];

    private static ConfiguredPlatform Simulated(string name, string style, int seed, double minMs, double medianMs, double maxMs)
        => new(name, PlatformKinds.Simulated, new PlatformOptions
        {
            Kind = PlatformKinds.Simulated,
            Simulated = new SimulatedPlatformOptions
            {
                Style = style,
                Seed = seed,
                LatencyMinMs = minMs,
                LatencyMedianMs = medianMs,
                LatencyMaxMs = maxMs,
            },
        });
}
