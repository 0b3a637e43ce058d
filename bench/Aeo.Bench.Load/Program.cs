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

AnsiConsole.MarkupLine($"Load average at the end: {Report.LoadAverage()}.");
return 0;
