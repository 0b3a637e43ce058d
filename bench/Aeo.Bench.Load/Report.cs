using Spectre.Console;

namespace Aeo.Bench.Load;

/// <summary>The tables each scenario prints.</summary>
internal static class Report
{
    private static readonly CultureInfo F = CultureInfo.InvariantCulture;

    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string Ms(double ms) => ms.ToString(ms < 10 ? "0.00" : "0.0", F);

    private static string Ratio(double value) => value.ToString("0.00", F) + "×";

    public static void Status(StatusScenario.Result r, LoadOptions o)
    {
        var quiet = r.Phases.Where(p => p.Load is null).Select(p => p.ItemsPerSecond).ToArray();
        var quietRate = quiet.Average();
        var health = r.Phases.Single(p => p.Name.EndsWith("/health/live", StringComparison.Ordinal)).Load!;
        var table = new Table().Title("Status reads beside a running audit").AddColumns(
            "turn", "requests/s", "vs /health/live", "p50 ms", "p95 ms", "p99 ms", "errors", "run items/s", "vs quiet");
        foreach (var phase in r.Phases)
        {
            var l = phase.Load;
            table.AddRow(
                Markup.Escape(phase.Name),
                l is null ? "–" : l.RequestsPerSecond.ToString("N0", F),
                l is null ? "–" : Ratio(l.RequestsPerSecond / health.RequestsPerSecond),
                l is null ? "–" : Ms(l.Percentile(50)),
                l is null ? "–" : Ms(l.Percentile(95)),
                l is null ? "–" : Ms(l.Percentile(99)),
                l is null ? "–" : l.Errors.ToString("N0", F),
                phase.ItemsPerSecond.ToString("0.0", F),
                Ratio(phase.ItemsPerSecond / quietRate));
        }
        var g = r.GrainOnly;
        table.AddRow($"grain call alone, {g.Clients} callers in process", g.RequestsPerSecond.ToString("N0", F), Ratio(g.RequestsPerSecond / health.RequestsPerSecond),
            Ms(g.Percentile(50)), Ms(g.Percentile(95)), Ms(g.Percentile(99)), "0", "–", "–");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"Mapping the view and writing its JSON ({r.StatusBytes:N0} bytes): {r.MapAndSerializeMicros.ToString("0.0", F)} µs per read on one thread. " +
            $"The run: {r.WorkItems:N0} work items, {Markup.Escape(r.RunStatus)} when the turns ended; quiet turns {string.Join(" / ", quiet.Select(q => q.ToString("0.0", F)))} items/s.");
        var status = r.Phases.Single(p => p.Name.EndsWith(": status", StringComparison.Ordinal) && p.Name.StartsWith("closed", StringComparison.Ordinal));
        var open = r.Phases.Single(p => p.Name.EndsWith(": status", StringComparison.Ordinal) && p.Name.StartsWith("open", StringComparison.Ordinal));
        var ratio = status.Load!.RequestsPerSecond / health.RequestsPerSecond;
        var slowest = r.Phases.Where(p => p.Load is not null && !p.Name.EndsWith("no cache", StringComparison.Ordinal)).Min(p => p.ItemsPerSecond) / quietRate;
        AnsiConsole.MarkupLine(
            $"Targets: status ≥ 0.5× /health/live {Verdict(ratio >= 0.5)} ({Ratio(ratio)}); p99 < 20 ms at {o.OpenLoopRate:N0}/s {Verdict(open.Load!.Percentile(99) < 20)} " +
            $"({Ms(open.Load.Percentile(99))} ms); the run ≥ 0.90× its quiet pace under each load (with the cache) {Verdict(slowest >= 0.9)} ({Ratio(slowest)}). Load average now: {LoadAverage()}.");
    }

    public static string Verdict(bool met) => met ? "[green]met[/]" : "[red]missed[/]";
}
