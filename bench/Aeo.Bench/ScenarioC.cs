using Aeo.Abstractions.Audits;
using Aeo.FakeProviders.RateLimited;

namespace Aeo.Bench;

/// <summary>
/// Scenario C: one audit of N questions × 4 real-adapter platforms against loopback providers that enforce different
/// limits, first clean, then with injected 5xx and a burst of 429s. The floor is the slowest platform's limit.
/// </summary>
internal static class ScenarioC
{
    public sealed record PlatformResult(string Name, int Limit, ProviderTally Tally, int WorkItems);

    public sealed record Result(
        string Label, TimeSpan Wall, TimeSpan Floor, string Status, int Processed, int Failed, int WorkItems,
        IReadOnlyList<PlatformResult> Platforms)
    {
        public int Retries => Platforms.Sum(p => p.Tally.Received - p.WorkItems);
    }

    public static async Task<Result> RunAsync(BenchHost host, BenchOptions o, string label, IReadOnlyList<FleetPlatform> platforms)
    {
        var names = platforms.Select(p => p.Name).ToArray();
        var spec = Audits.Spec(host.ClientId, names, o.ProviderQuestions, samples: 1);
        var (wall, view, _, _) = await Audits.RunAsync(host.Grains, spec, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(60));
        var slowest = platforms.Min(p => p.RequestsPerMinute);
        var floor = TimeSpan.FromMinutes((double)o.ProviderQuestions / slowest) + TimeSpan.FromMilliseconds(o.ProviderLatencyMedianMs);
        return new Result(label, wall, floor, view.Status.ToWire(), view.Processed, view.Failed, view.TotalWorkItems,
            [.. platforms.Select(p => new PlatformResult(p.Name, p.RequestsPerMinute, p.Provider.Tally(), o.ProviderQuestions))]);
    }
}
