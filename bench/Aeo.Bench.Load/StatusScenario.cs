using System.Text.Json;
using Aeo.Abstractions.Audits;
using Aeo.Abstractions.Grains;
using Aeo.Api.Audits;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Aeo.Bench.Load;

/// <summary>
/// Status reads beside a running audit: one large rate-paced audit runs, and in turns (each <see cref="LoadOptions.PhaseSeconds"/>)
/// nothing reads, a closed loop of N clients reads <c>/health/live</c>, then the run's status, then an open loop reads
/// the status at a fixed rate. The run's progress (settled work items per second, from the grain) is taken over each
/// turn, so what the load costs the run shows against the quiet turns around it.
/// </summary>
internal static class StatusScenario
{
    public sealed record Phase(string Name, LoadResult? Load, double ItemsPerSecond);

    public sealed record Result(
        int WorkItems, IReadOnlyList<Phase> Phases, LoadResult GrainOnly, double MapAndSerializeMicros, double StatusBytes, string RunStatus);

    public const string CacheKey = "Aeo:Http:StatusCacheDuration";

    public static async Task<Result> RunAsync(LoadHost host, SwitchableSettings settings, LoadOptions o, Action<string> progress)
    {
        var (_, key) = await host.CreateClientAsync("Statusload");
        using var http = host.Client(key);
        var platforms = SimulatedPlatformsFor(o).Select(p => p.Name).ToArray();
        var (runId, items) = await LoadHost.StartAuditAsync(http, platforms, o.StatusQuestions, o.StatusSamples);
        var run = host.Grains.GetGrain<IAuditRunGrain>(runId);
        var route = $"/api/v1/audits/{runId}";
        var seconds = TimeSpan.FromSeconds(o.PhaseSeconds);

        progress($"run {runId:N}; warming up for {o.WarmUpSeconds} s");
        // The HTTP stack and both routes are warmed up in the first seconds; the run's opening burst passes meanwhile.
        var server = host.BaseAddress;
        await HttpLoad.ClosedLoopAsync(server, "/health/live", null, 16, TimeSpan.FromSeconds(o.WarmUpSeconds / 2.0));
        await HttpLoad.ClosedLoopAsync(server, route, key, 16, TimeSpan.FromSeconds(o.WarmUpSeconds / 2.0));

        var phases = new List<Phase>();
        async Task Turn(string name, Func<Task<LoadResult>?> load)
        {
            progress(name);
            var before = await SettledAsync(run);
            var watch = Stopwatch.StartNew();
            LoadResult? result = null;
            if (load() is { } running)
            {
                result = await running;
            }
            else
            {
                await Task.Delay(seconds);
            }
            var after = await SettledAsync(run);
            phases.Add(new Phase(name, result, (after - before) / watch.Elapsed.TotalSeconds));
        }

        await Turn("quiet", () => null);
        await Turn($"closed loop, {o.Clients} clients: /health/live", () => HttpLoad.ClosedLoopAsync(server, "/health/live", null, o.Clients, seconds));
        var cached = settings.TryGet(CacheKey, out var configured) && configured is not null ? configured : "00:00:00.250";
        await Turn($"closed loop, {o.Clients} clients: status", () => HttpLoad.ClosedLoopAsync(server, route, key, o.Clients, seconds));
        settings.Change(CacheKey, "00:00:00");
        await Turn($"closed loop, {o.Clients} clients: status, no cache", () => HttpLoad.ClosedLoopAsync(server, route, key, o.Clients, seconds));
        settings.Change(CacheKey, cached);
        await Turn("quiet", () => null);
        await Turn($"open loop, {o.OpenLoopRate:N0}/s: status", () => HttpLoad.OpenLoopAsync(server, route, key, o.OpenLoopRate, seconds));
        settings.Change(CacheKey, "00:00:00");
        await Turn($"open loop, {o.OpenLoopRate:N0}/s: status, no cache", () => HttpLoad.OpenLoopAsync(server, route, key, o.OpenLoopRate, seconds));
        settings.Change(CacheKey, cached);
        await Turn("quiet", () => null);
        if ((await run.GetStatusAsync())!.Status.IsTerminal())
        {
            progress("the run ended before the last turn did: its pace in the last turn is not comparable (more work items or a lower --status-rpm)");
        }

        progress("the grain call alone (no HTTP), then mapping and JSON alone");
        var grainOnly = await GrainOnlyAsync(run, o.Clients, seconds);
        var (micros, bytes) = await MapAndSerializeAsync(host, run);
        var view = await run.GetStatusAsync();
        items = view!.TotalWorkItems;
        return new Result(items, phases, grainOnly, micros, bytes, $"{view!.Status} at {view.Processed + view.Failed:N0} of {view.TotalWorkItems:N0}");
    }

    public static SimulatedPlatform[] SimulatedPlatformsFor(LoadOptions o) =>
        SimulatedPlatform.Set("paced", 4, o.StatusRpm, 100, 400, 2000);

    private static async Task<int> SettledAsync(IAuditRunGrain run)
    {
        var view = await run.GetStatusAsync();
        return view!.Processed + view.Failed;
    }

    /// <summary>What the status route's grain call costs by itself: N callers in this process, each calling again at once.</summary>
    private static async Task<LoadResult> GrainOnlyAsync(IAuditRunGrain run, int clients, TimeSpan duration)
    {
        var perClient = new List<double>[clients];
        long ok = 0;
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var latencies = perClient[c] = new List<double>(4096);
            await Task.Yield();
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var started = Stopwatch.GetTimestamp();
                _ = await run.GetStatusAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Interlocked.Increment(ref ok);
            }
        }));
        var all = perClient.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new LoadResult("IAuditRunGrain.GetStatusAsync", clients, watch.Elapsed, ok, 0, all);
    }

    /// <summary>The route's own work after the grain answers: mapping the view and writing it as JSON, one thread, µs per read.</summary>
    private static async Task<(double Micros, double Bytes)> MapAndSerializeAsync(LoadHost host, IAuditRunGrain run)
    {
        var view = (await run.GetStatusAsync())!;
        var json = host.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var buffer = new MemoryStream();
        var count = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(2))
        {
            buffer.SetLength(0);
            JsonSerializer.Serialize(buffer, AuditMapping.ToResponse(view), json);
            count++;
        }
        return (watch.Elapsed.TotalMicroseconds / count, buffer.Length);
    }
}
