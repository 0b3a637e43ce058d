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

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("N0", F);

    private static string Activations(IReadOnlyDictionary<string, int> counts) =>
        string.Join(", ", counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value}"));

    public static void Runs(RunsScenario.Result r)
    {
        var table = new Table().Title("Many runs at once and one big run").AddColumns(
            "runs", "work items", "wall s", "floor s", "× floor", "working set before MB", "peak MB", "peak ÷ before", "outcome");
        foreach (var s in new[] { r.Many, r.Big })
        {
            table.AddRow($"{s.Name}: {s.Runs}", s.WorkItems.ToString("N0", F), s.Wall.TotalSeconds.ToString("0.0", F), s.Floor.TotalSeconds.ToString("0.0", F),
                Ratio(s.Wall / s.Floor), Mb(s.WorkingSetBefore), Mb(s.PeakWorkingSet), Ratio((double)s.PeakWorkingSet / s.WorkingSetBefore), Markup.Escape(s.Outcome));
        }
        AnsiConsole.Write(table);
        var activations = new Table().Title("Grain activations once the runs had ended").AddColumns("runs", "at the end", "later");
        foreach (var s in new[] { r.Many, r.Big })
        {
            activations.AddRow(s.Name, Markup.Escape(Activations(s.ActivationsAtEnd)), $"{s.Later.TotalSeconds:0} s later: " + Markup.Escape(Activations(s.ActivationsLater)));
        }
        AnsiConsole.Write(activations);
        var routes = new Table().Title($"The big run's figures and report routes (median of 5), against one of the many ({r.SmallItems:N0} work items)").AddColumns(
            "route", "small run ms", "big run ms", "big ÷ small", "big run body KB");
        foreach (var route in r.Routes)
        {
            routes.AddRow(Markup.Escape(route.Route), Ms(route.SmallMs), Ms(route.BigMs), Ratio(route.BigMs / route.SmallMs), (route.BigBytes / 1024.0).ToString("N0", F));
        }
        AnsiConsole.Write(routes);
        AnsiConsole.MarkupLine($"Load average now: {LoadAverage()}.");
    }

    public static void Silos(SilosScenario.Result r)
    {
        var table = new Table().Title("Per work item, from the silos' own meters (summed over the silos)").AddColumns(
            "counter", $"{r.One.Silos} silo", $"{r.Many.Silos} silos", "ratio");
        foreach (var name in r.One.Deltas.Keys.Union(r.Many.Deltas.Keys).Order(StringComparer.Ordinal))
        {
            var one = r.One.Deltas.GetValueOrDefault(name) / r.One.WorkItems;
            var many = r.Many.Deltas.GetValueOrDefault(name) / r.Many.WorkItems;
            if (one == 0 && many == 0)
            {
                continue;
            }
            table.AddRow(Markup.Escape(name), one.ToString("0.000", F), many.ToString("0.000", F), one == 0 ? "–" : Ratio(many / one));
        }
        table.AddRow("wall s (work items)", $"{r.One.Wall.TotalSeconds.ToString("0.0", F)} ({r.One.WorkItems:N0})",
            $"{r.Many.Wall.TotalSeconds.ToString("0.0", F)} ({r.Many.WorkItems:N0})", Ratio(r.Many.Wall / r.One.Wall));
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"Load average now: {LoadAverage()}.");
    }

    public static string Verdict(bool met) => met ? "[green]met[/]" : "[red]missed[/]";
}
