using Aeo.Bench.Load;
using Spectre.Console;

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (HelpRequested)
{
    Console.WriteLine(LoadOptions.Usage);
    return 0;
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = 160;
}
AnsiConsole.MarkupLine($"[bold]Aeo.Bench.Load[/] on {Environment.ProcessorCount} core(s), .NET {Environment.Version}, " +
    $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC; simulated platforms, the real API on loopback.");
AnsiConsole.MarkupLine($"Load average at start: {Report.LoadAverage()}.");
void Step(string step) => AnsiConsole.MarkupLine($"[grey]  {Markup.Escape(step)}[/]");

if (options.RunStatus)
{
    AnsiConsole.MarkupLine($"\n[bold]Status reads[/]: {options.StatusQuestions} q × 4 platforms × {options.StatusSamples} samples at {options.StatusRpm} RPM each; " +
        $"{options.Clients} closed-loop clients, an open loop at {options.OpenLoopRate:N0}/s, turns of {options.PhaseSeconds} s…");
    var settings = new SwitchableSettings();
    await using var host = await LoadHost.StartAsync(StatusScenario.SimulatedPlatformsFor(options), [], settings);
    var result = await StatusScenario.RunAsync(host, settings, options, Step);
    Report.Status(result, options);
}

if (options.RunRuns)
{
    AnsiConsole.MarkupLine($"\n[bold]Many runs and a big run[/]: {options.ManyRuns} audits at once of {options.ManyQuestions} q × 4 platforms, then " +
        $"{options.BigQuestions} q × {options.BigPlatforms} platforms × {options.BigSamples} samples; {options.RunsRpm} RPM per platform…");
    await using var host = await LoadHost.StartAsync(RunsScenario.SimulatedPlatformsFor(options), []);
    var result = await RunsScenario.RunAsync(host, options, Step);
    Report.Runs(result);
}

if (options.RunSilos)
{
    AnsiConsole.MarkupLine($"\n[bold]Scale-out cost[/]: the same audit on 1 silo process, then on {options.Silos}; the API a client of the cluster…");
    var result = await SilosScenario.RunAsync(options, Step);
    Report.Silos(result);
}

AnsiConsole.MarkupLine($"Load average at the end: {Report.LoadAverage()}.");
return 0;
