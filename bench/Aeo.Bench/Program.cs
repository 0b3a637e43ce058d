using System.Globalization;
using Aeo.Bench;
using Spectre.Console;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (HelpRequested)
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var f = CultureInfo.InvariantCulture;
if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = 150;
}
AnsiConsole.MarkupLine($"[bold]Aeo.Bench[/] on {Environment.ProcessorCount} core(s), .NET {Environment.Version}, " +
    $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC. Scenarios A and B use [yellow]simulated[/] platforms; C uses the real openai-compatible adapter against loopback providers.");
AnsiConsole.MarkupLine($"Load average at start: {LoadAverage()} (other processes on this machine skew the figures, scenario B most).");
await using var fleet = options.RunC ? await FakeProviderFleet.StartAsync(options, BenchHost.TrackedBrandNames) : null;
AnsiConsole.MarkupLine("Starting managed PostgreSQL and an in-process silo (localhost clustering)…");
await using var host = await BenchHost.StartAsync(options, fleet?.Settings() ?? []);

if (options.RunA)
{
    AnsiConsole.MarkupLine(
        $"\n[bold]Scenario A[/]: {options.Questions} questions × {BenchHost.RatedPlatforms.Length} simulated platforms × 1 sample, " +
        $"{options.RequestsPerMinute} RPM each, latency {options.LatencyMinMs}/{options.LatencyMedianMs}/{options.LatencyMaxMs} ms (min/median/max, log-normal)…");
    var a = await ScenarioA.RunAsync(host, options);
    var table = new Table().Title("Scenario A: audit wall time vs the rate-limit floor").AddColumns("measure", "seconds", "× floor", "note");
    string Ratio(TimeSpan t) => (t / a.Floor).ToString("0.00", f) + "×";
    table.AddRow("floor", a.Floor.TotalSeconds.ToString("0.00", f), "1.00×",
        $"{a.Questions} q ÷ {options.RequestsPerMinute} RPM = {a.RateSeconds.ToString("0.0", f)} s + median latency {a.MedianLatencySeconds.ToString("0.0", f)} s");
    table.AddRow("ours (grains + PostgreSQL)", a.Ours.TotalSeconds.ToString("0.00", f), Ratio(a.Ours),
        $"{a.Status}: {a.Processed} answered, {a.Failed} failed of {a.WorkItems} work items; target ≤ 1.10×");
    if (a.Seed is { } seed)
    {
        table.AddRow("seed algorithm", seed.TotalSeconds.ToString("0.00", f), Ratio(seed),
            $"batches of {options.SeedBatch} q on all platforms, {options.SeedSleepMs} ms sleep between; no rate limiter (it would exceed {options.RequestsPerMinute} RPM in bursts)");
        table.AddRow("seed ÷ ours", "", (seed / a.Ours).ToString("0.00", f) + "×", "how much faster ours is");
    }
    AnsiConsole.Write(table);
    var t = a.Timeline;
    string S(TimeSpan x) => x.TotalSeconds.ToString("0.00", f);
    var timeline = new Table().Title("Scenario A: where ours spends its time (seconds after the run was created)").AddColumns("moment", "s", "note");
    timeline.AddRow("processing started", S(t.StartedAt), "questions generated and stored");
    timeline.AddRow("first call started", S(t.FirstCall), "stored time − measured call time");
    timeline.AddRow("last call started", S(t.LastCall), $"even spacing would need {S(TimeSpan.FromSeconds(a.RateSeconds))} s for {a.Questions} calls per platform; ours starts with a 5 % burst; peak {t.PeakCallsPerSecond} calls in any 1 s on one platform");
    timeline.AddRow("last answer stored", S(t.LastStored), $"longest simulated latency in the run {S(t.MaxLatency)} s");
    timeline.AddRow("run completed", S(t.CompletedAt), "verified against the tables, figures computed");
    timeline.AddRow("evenly spaced pacer, same latencies", S(t.IdealPaced),
        $"call k at k × 60/RPM, each with its actual latency: {(t.IdealPaced / a.Floor).ToString("0.00", f)}× floor; ours ÷ ideal = {(a.Ours / t.IdealPaced).ToString("0.00", f)}×");
    AnsiConsole.Write(timeline);
    var verdict = a.Ours / a.Floor <= 1.10 ? "[green]met[/]" : "[red]missed[/]";
    AnsiConsole.MarkupLine($"Target ours ≤ 1.10 × floor: {verdict} ({Ratio(a.Ours)}).");
}

if (options.RunB)
{
    var items = options.ThroughputQuestions * BenchHost.InstantPlatforms.Length * options.ThroughputSamples * options.ThroughputRuns;
    AnsiConsole.MarkupLine(
        $"\n[bold]Scenario B[/]: zero latency, {BenchHost.UnlimitedRpm:N0} RPM; {options.ThroughputRuns} audit(s) of {options.ThroughputQuestions} q × " +
        $"{BenchHost.InstantPlatforms.Length} platforms × {options.ThroughputSamples} samples = {items:N0} work items; median of {options.Repeats}…");
    var results = await ScenarioB.RunAsync(host, options, step => AnsiConsole.MarkupLine($"[grey]  {step}[/]"));
    var table = new Table().Title("Scenario B: work items per second, end to end").AddColumns("path", "items", "median s", "items/s (median)", "items/s (best)", "vs baseline");
    var baseline = results[1];
    foreach (var r in results)
    {
        table.AddRow(r.Name, r.Items.ToString("N0", f), r.Median.TotalSeconds.ToString("0.000", f), r.ItemsPerSecond.ToString("N0", f),
            r.BestItemsPerSecond.ToString("N0", f), (r.ItemsPerSecond / baseline.ItemsPerSecond).ToString("0.00", f) + "×");
    }
    AnsiConsole.Write(table);
    var ours = results[0];
    var verdict = ours.ItemsPerSecond >= 5000 && ours.ItemsPerSecond >= 0.9 * baseline.ItemsPerSecond ? "[green]met[/]" : "[red]missed[/]";
    AnsiConsole.MarkupLine($"Target ≥ 5,000 items/s on this machine and ≥ 0.90× the baseline: {verdict} ({ours.ItemsPerSecond.ToString("N0", f)}/s median, " +
        $"{(ours.ItemsPerSecond / baseline.ItemsPerSecond).ToString("0.00", f)}×). Load average now: {LoadAverage()}.");
    if (options.Detail)
    {
        var spec = Audits.Spec(host.ClientId, BenchHost.InstantPlatforms, options.ThroughputQuestions, options.ThroughputSamples);
        var stages = await StageBreakdown.MeasureAsync(host, spec, items);
        var breakdown = new Table().Title("Scenario B: each stage alone, one item at a time (µs per item)").AddColumns("stage", "µs / item", "note");
        foreach (var stage in stages)
        {
            breakdown.AddRow(stage.Name, stage.MicrosPerItem.ToString("N0", f), Markup.Escape(stage.Note));
        }
        AnsiConsole.Write(breakdown);
        AnsiConsole.MarkupLine($"Load average now: {LoadAverage()}.");
    }
}

if (fleet is not null)
{
    AnsiConsole.MarkupLine(
        $"\n[bold]Scenario C[/]: {options.ProviderQuestions} questions × {options.ProviderLimits.Count} openai-compatible platforms (real adapter, loopback providers " +
        $"enforcing {string.Join(" / ", options.ProviderLimits)} RPM), latency median {options.ProviderLatencyMedianMs} ms, max {options.ProviderLatencyMaxMs} ms…");
    var clean = await ScenarioC.RunAsync(host, options, "clean", fleet.Clean);
    AnsiConsole.MarkupLine($"[grey]  clean run {clean.Status} in {clean.Wall.TotalSeconds.ToString("0.0", f)} s; now with {options.ServerErrorRate:P0} 5xx and a {options.BurstSeconds} s burst of 429s…[/]");
    var faulty = await ScenarioC.RunAsync(host, options, "faulty", fleet.Faulty);
    var summary = new Table().Title("Scenario C: audit wall time against the slowest provider's limit").AddColumns(
        "providers", "status", "answered / failed", "wall s", "floor s", "× floor", "retries", "429 (limit)", "429 (burst)", "5xx", "429 after first pause");
    foreach (var r in new[] { clean, faulty })
    {
        summary.AddRow(r.Label, r.Status, $"{r.Processed} / {r.Failed}", r.Wall.TotalSeconds.ToString("0.0", f), r.Floor.TotalSeconds.ToString("0.0", f),
            (r.Wall / r.Floor).ToString("0.00", f) + "×", r.Retries.ToString(f), r.Platforms.Sum(p => p.Tally.RateLimited).ToString(f),
            r.Platforms.Sum(p => p.Tally.BurstRefused).ToString(f), r.Platforms.Sum(p => p.Tally.ServerErrors).ToString(f),
            r.Platforms.Sum(p => p.Tally.RateLimitedAfterFirstPause).ToString(f));
    }
    AnsiConsole.Write(summary);
    var detail = new Table().Title("Scenario C: per provider").AddColumns("platform", "limit RPM", "received", "answered", "most in any 60 s", "429 (limit)", "429 (burst)", "5xx", "last answer s", "dead letters");
    foreach (var p in clean.Platforms.Concat(faulty.Platforms))
    {
        detail.AddRow(p.Name, p.Limit.ToString(f), p.Tally.Received.ToString(f), p.Tally.Answered.ToString(f), p.Tally.MaxInAnyMinute.ToString(f),
            p.Tally.RateLimited.ToString(f), p.Tally.BurstRefused.ToString(f), p.Tally.ServerErrors.ToString(f),
            p.LastAnswer.TotalSeconds.ToString("0.0", f), p.DeadLetters.Length == 0 ? "–" : p.DeadLetters);
    }
    AnsiConsole.Write(detail);
    var met = clean.Wall / clean.Floor <= 1.10 && faulty.Platforms.Sum(p => p.Tally.RateLimitedAfterFirstPause) == 0;
    AnsiConsole.MarkupLine($"Targets (clean ≤ 1.10 × floor; no 429 after the first pause): {(met ? "[green]met[/]" : "[red]missed[/]")}. Load average now: {LoadAverage()}.");
}

if (options.RunT)
{
    AnsiConsole.MarkupLine(
        $"\n[bold]Scenario T[/]: trends of one client over {options.TrendRuns} ended runs × {options.TrendQuestions} questions × 4 platforms; " +
        "each run's figures computed from its answers and stored as at its end…");
    var t = await ScenarioT.RunAsync(host, options, step => AnsiConsole.MarkupLine($"[grey]  {step}[/]"));
    var table = new Table().Title("Scenario T: a client's trends from stored run figures").AddColumns("measure", "value", "note");
    table.AddRow("runs", t.Runs.ToString("N0", f), $"{t.AnswersPerRun:N0} answers each; {t.StoredRows:N0} stored figure rows in all");
    table.AddRow("store at run end (median)", t.MedianStorePerRun.TotalMilliseconds.ToString("0.0", f) + " ms", "setup and every segment's figures, one transaction");
    table.AddRow("trends, headline (median)", t.MedianRead.TotalMilliseconds.ToString("0.0", f) + " ms",
        $"mention rate, non-branded, {t.Series} series, {t.Points:N0} points: query + series + JSON; max {t.MaxRead.TotalMilliseconds.ToString("0.0", f)} ms");
    table.AddRow("trends, all answers (median)", t.MedianReadAll.TotalMilliseconds.ToString("0.0", f) + " ms", "segment=all");
    AnsiConsole.Write(table);
    var verdict = t.MedianRead < TimeSpan.FromSeconds(1) ? "[green]met[/]" : "[red]missed[/]";
    AnsiConsole.MarkupLine($"Target well under 1 s: {verdict}. Load average now: {LoadAverage()}.");
}

return 0;

static string LoadAverage()
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
