using Aeo.Abstractions.Audits;
using Aeo.Abstractions.Grains;

namespace Aeo.Bench.Load;

/// <summary>
/// Many runs and a big run through the API: <see cref="LoadOptions.ManyRuns"/> audits at once, one client each (so the
/// per-client cap queues none), then one audit of questions × platforms × samples work items. For each: wall time against
/// the rate-limit floor, the process's peak working set against its size before, and the grain activations left once the
/// runs have ended; for the big run, the figures and report routes' time against the same routes of one small run.
/// </summary>
internal static class RunsScenario
{
    public sealed record RunSet(string Name, int Runs, int WorkItems, TimeSpan Wall, TimeSpan Floor, long WorkingSetBefore, long PeakWorkingSet,
        IReadOnlyDictionary<string, int> ActivationsAtEnd, IReadOnlyDictionary<string, int> ActivationsLater, TimeSpan Later, string Outcome);

    public sealed record RouteTime(string Route, double SmallMs, double BigMs, long BigBytes);

    public sealed record Result(RunSet Many, RunSet Big, IReadOnlyList<RouteTime> Routes, int SmallItems);

    public const double MedianLatencySeconds = 0.4;

    public static SimulatedPlatform[] SimulatedPlatformsFor(LoadOptions o) =>
        SimulatedPlatform.Set("burst", Math.Max(4, o.BigPlatforms), o.RunsRpm, 100, 400, 2000);

    public static async Task<Result> RunAsync(LoadHost host, LoadOptions o, Action<string> progress)
    {
        var platforms = SimulatedPlatformsFor(o).Select(p => p.Name).ToArray();

        progress($"{o.ManyRuns} clients, then {o.ManyRuns} audits of {o.ManyQuestions} q × 4 platforms at once");
        var clients = new List<(Guid Id, string Key)>();
        for (var i = 0; i < o.ManyRuns; i++)
        {
            clients.Add(await host.CreateClientAsync($"Manyruns {i + 1}"));
        }
        var manyPlatforms = platforms.Take(4).ToArray();
        var many = await MeasureAsync(host, "many", progress, async () =>
        {
            var started = await Task.WhenAll(clients.Select(async c =>
            {
                using var http = host.Client(c.Key);
                return (await LoadHost.StartAuditAsync(http, manyPlatforms, o.ManyQuestions, 1)).RunId;
            }));
            return started;
        }, callsPerPlatform: o.ManyRuns * o.ManyQuestions, o.RunsRpm);

        progress($"one audit of {o.BigQuestions} q × {o.BigPlatforms} platforms × {o.BigSamples} samples");
        var (_, bigKey) = await host.CreateClientAsync("Bigrun");
        using var bigHttp = host.Client(bigKey);
        var big = await MeasureAsync(host, "big", progress, async () =>
            [(await LoadHost.StartAuditAsync(bigHttp, platforms.Take(o.BigPlatforms).ToArray(), o.BigQuestions, o.BigSamples)).RunId],
            callsPerPlatform: o.BigQuestions * o.BigSamples, o.RunsRpm);

        progress("the figures and report routes of the big run and of one of the many");
        using var smallHttp = host.Client(clients[0].Key);
        var smallRun = await host.Grains.GetGrain<IAuditRunGrain>(many.RunIds[0]).GetStatusAsync();
        var routes = new List<RouteTime>();
        foreach (var suffix in new[] { "figures", "report?format=html", "report?format=json", "report?format=csv" })
        {
            var (smallMs, _) = await TimeRouteAsync(smallHttp, $"/api/v1/audits/{many.RunIds[0]}/{suffix}");
            var (bigMs, bytes) = await TimeRouteAsync(bigHttp, $"/api/v1/audits/{big.RunIds[0]}/{suffix}");
            routes.Add(new RouteTime(suffix, smallMs, bigMs, bytes));
        }
        return new Result(many.Set, big.Set, routes, smallRun!.TotalWorkItems);
    }

    private sealed record Measured(RunSet Set, Guid[] RunIds);

    private static async Task<Measured> MeasureAsync(
        LoadHost host, string name, Action<string> progress, Func<Task<Guid[]>> start, int callsPerPlatform, int rpm)
    {
        var process = Process.GetCurrentProcess();
        GC.Collect();
        process.Refresh();
        var before = process.WorkingSet64;
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                try
                {
                    await Task.Delay(50, sampling.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
        });

        var watch = Stopwatch.StartNew();
        var runIds = await start();
        var views = new AuditRunView[runIds.Length];
        while (true)
        {
            for (var i = 0; i < runIds.Length; i++)
            {
                views[i] = (await host.Grains.GetGrain<IAuditRunGrain>(runIds[i]).GetStatusAsync())!;
            }
            if (views.All(v => v.Status.IsTerminal()))
            {
                break;
            }
            if (watch.Elapsed > TimeSpan.FromMinutes(30))
            {
                throw new TimeoutException($"{name}: runs still going after 30 minutes");
            }
            await Task.Delay(100);
        }
        var wall = watch.Elapsed;
        await sampling.CancelAsync();
        await sampler;

        var atEnd = await ActivationsAsync(host);
        var later = TimeSpan.FromSeconds(10);
        progress($"{name}: ended in {wall.TotalSeconds:0.0} s; activations counted now and {later.TotalSeconds:0} s later");
        await Task.Delay(later);
        var afterwards = await ActivationsAsync(host);
        var outcome = string.Join(", ", views.GroupBy(v => v.Status).Select(g => $"{g.Count()} {g.Key}"));
        var floor = TimeSpan.FromSeconds(callsPerPlatform * 60.0 / rpm + MedianLatencySeconds);
        return new Measured(
            new RunSet(name, runIds.Length, views.Sum(v => v.TotalWorkItems), wall, floor, before, peak, atEnd, afterwards, later,
                $"{outcome}; {views.Sum(v => v.Processed):N0} answered, {views.Sum(v => v.Failed):N0} failed"),
            runIds);
    }

    /// <summary>Activations per grain type across the cluster, from the management grain.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> ActivationsAsync(LoadHost host)
    {
        var stats = await host.Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return stats.GroupBy(s => ShortName(s.GrainType)).ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount));
    }

    private static string ShortName(string grainType) => grainType.Split(',')[0].Split('.').Last();

    /// <summary>The median of five requests after one warm-up, and the body's size.</summary>
    private static async Task<(double Ms, long Bytes)> TimeRouteAsync(HttpClient http, string route)
    {
        var times = new List<double>();
        long bytes = 0;
        for (var i = 0; i < 6; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await http.GetAsync(route, HttpCompletionOption.ResponseContentRead);
            var body = await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"GET {route} answered {(int)response.StatusCode}");
            }
            if (i > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            bytes = body.Length;
        }
        times.Sort();
        return (times[times.Count / 2], bytes);
    }
}
