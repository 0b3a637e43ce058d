using Aeo.Abstractions.Audits;
using Aeo.Abstractions.Grains;

namespace Aeo.Bench.Load;

/// <summary>
/// The cost of more silos in units that do not depend on the cores: the same audit on a cluster of one silo process and
/// then of <see cref="LoadOptions.Silos"/>, with the API as a client of the cluster; from each silo's own metrics (Orleans'
/// and Npgsql's meters), the grain messages and PostgreSQL commands the audit caused, per work item.
/// </summary>
internal static class SilosScenario
{
    public sealed record Cluster(int Silos, int WorkItems, TimeSpan Wall, IReadOnlyDictionary<string, double> Deltas);

    public sealed record Result(Cluster One, Cluster Many);

    private const string ClusterId = "aeo-bench-silos";

    public static SimulatedPlatform[] SimulatedPlatformsFor() => SimulatedPlatform.Set("fast", 4, 60_000, 5, 10, 20);

    private static string[] SiloArgs() => [.. SimulatedPlatformsFor().SelectMany(p => p.Args())];

    public static async Task<Result> RunAsync(LoadOptions o, Action<string> progress)
    {
        var silos = new List<SiloProcess>();
        try
        {
            string? connectionString = null;
            await using var host = await LoadHost.StartAsync(
                SimulatedPlatformsFor(),
                ["--Aeo:Mode=Client", $"--Aeo:Cluster:ClusterId={ClusterId}", $"--Aeo:Cluster:ServiceId={ClusterId}", "--Aeo:Cluster:Tls:Enabled=false"],
                beforeApi: async cs =>
                {
                    connectionString = cs;
                    progress("starting silo process 1");
                    silos.Add(await SiloProcess.StartAsync(cs, ClusterId, SiloArgs()));
                });
            var (_, key) = await host.CreateClientAsync("Siloscale");
            using var http = host.Client(key);
            var platforms = SimulatedPlatformsFor().Select(p => p.Name).ToArray();

            progress("warm-up on 1 silo");
            await RunAuditAsync(host, http, platforms, 10, 1);
            var one = await MeasureAsync(host, http, silos, platforms, o, progress);

            for (var i = silos.Count; i < o.Silos; i++)
            {
                progress($"starting silo process {i + 1}");
                silos.Add(await SiloProcess.StartAsync(connectionString!, ClusterId, SiloArgs()));
            }
            await WaitForMembersAsync(host, o.Silos);
            progress($"warm-up on {o.Silos} silos");
            await RunAuditAsync(host, http, platforms, 10, 1);
            var many = await MeasureAsync(host, http, silos, platforms, o, progress);
            return new Result(one, many);
        }
        finally
        {
            foreach (var silo in silos)
            {
                await silo.DisposeAsync();
            }
        }
    }

    private static async Task<Cluster> MeasureAsync(
        LoadHost host, HttpClient http, IReadOnlyList<SiloProcess> silos, string[] platforms, LoadOptions o, Action<string> progress)
    {
        progress($"measured audit on {silos.Count} silo(s): {o.SiloQuestions} q × {platforms.Length} platforms × {o.SiloSamples} samples");
        var before = await Task.WhenAll(silos.Select(s => s.ScrapeAsync()));
        var (wall, items) = await RunAuditAsync(host, http, platforms, o.SiloQuestions, o.SiloSamples);
        // The run's last writes (the coalesced state, the figures) land just after its status turns terminal.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var after = await Task.WhenAll(silos.Select(s => s.ScrapeAsync()));
        var deltas = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < silos.Count; i++)
        {
            foreach (var (name, value) in after[i])
            {
                if (IsCounted(name))
                {
                    deltas[name] = deltas.GetValueOrDefault(name) + value - before[i].GetValueOrDefault(name);
                }
            }
        }
        return new Cluster(silos.Count, items, wall, deltas);
    }

    /// <summary>
    /// Orleans' messaging and request series and Npgsql's command series, whatever their exact names in this version
    /// (the meter adapter names a series after its meter and instrument, and writes a histogram as _count, _sum and _bucket series).
    /// </summary>
    private static bool IsCounted(string name) =>
        !name.EndsWith("_bucket", StringComparison.Ordinal) && !name.EndsWith("_sum", StringComparison.Ordinal)
        && (name.Contains("orleans_messaging", StringComparison.Ordinal) || name.Contains("orleans_app_requests", StringComparison.Ordinal)
            || name.Contains("orleans_gateway", StringComparison.Ordinal) || name.Contains("db_client_operation", StringComparison.Ordinal)
            || name.Contains("db_client_commands", StringComparison.Ordinal));

    private static async Task<(TimeSpan Wall, int Items)> RunAuditAsync(LoadHost host, HttpClient http, string[] platforms, int questions, int samples)
    {
        var watch = Stopwatch.StartNew();
        var (runId, _) = await LoadHost.StartAuditAsync(http, platforms, questions, samples);
        var run = host.Grains.GetGrain<IAuditRunGrain>(runId);
        while (true)
        {
            var view = await run.GetStatusAsync();
            if (view is not null && view.Status.IsTerminal())
            {
                return view.Status == RunStatus.Completed
                    ? (watch.Elapsed, view.TotalWorkItems)
                    : throw new InvalidOperationException($"The audit ended {view.Status}: {view.LastError}");
            }
            if (watch.Elapsed > TimeSpan.FromMinutes(15))
            {
                throw new TimeoutException("The audit did not end within 15 minutes.");
            }
            await Task.Delay(250);
        }
    }

    private static async Task WaitForMembersAsync(LoadHost host, int count)
    {
        var management = host.Grains.GetGrain<IManagementGrain>(0);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while ((await management.GetHosts(onlyActive: true)).Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The cluster did not reach {count} active silos within 2 minutes.");
            }
            await Task.Delay(500);
        }
    }
}
