using Aeo.FakeProviders.RateLimited;
using Dapper;

namespace Aeo.Bench;

/// <summary>
/// Scenario C: one audit of N questions × 4 real-adapter platforms against loopback providers that enforce different
/// limits, first clean, then with injected 5xx and a burst of 429s. The floor is the slowest platform's limit.
/// </summary>
internal static class ScenarioC
{
    /// <param name="LastAnswer">When the platform's last answer was stored, after the run was created.</param>
    /// <param name="DeadLetters">The platform's failed items by error class, e.g. "Unavailable×2".</param>
    public sealed record PlatformResult(string Name, int Limit, ProviderTally Tally, int WorkItems, TimeSpan LastAnswer, string DeadLetters);

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
        var results = new List<PlatformResult>();
        await using var connection = await host.Services.GetRequiredService<AeoDatabase>().DataSource.OpenConnectionAsync();
        foreach (var p in platforms)
        {
            var lastStored = await connection.ExecuteScalarAsync<DateTime?>(
                "select max(created_at) from responses where audit_run_id = @run and platform = @platform", new { run = view.RunId, platform = p.Name });
            var letters = await connection.QueryAsync<(string ErrorClass, long Count)>(
                "select error_class, count(*) from dead_letters where audit_run_id = @run and platform = @platform group by error_class order by 1",
                new { run = view.RunId, platform = p.Name });
            var lastAnswer = lastStored is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) - view.CreatedAt : TimeSpan.Zero;
            results.Add(new PlatformResult(p.Name, p.RequestsPerMinute, p.Provider.Tally(), o.ProviderQuestions, lastAnswer,
                string.Join(", ", letters.Select(l => $"{l.ErrorClass}×{l.Count}"))));
        }
        return new Result(label, wall, floor, view.Status.ToWire(), view.Processed, view.Failed, view.TotalWorkItems, results);
    }
}
