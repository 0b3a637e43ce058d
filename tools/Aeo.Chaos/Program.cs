using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Aeo.Chaos;
using Aeo.Storage.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Spectre.Console;

ChaosOptions options;
try
{
    options = ChaosOptions.Parse(args);
}
catch (HelpRequested)
{
    Console.WriteLine(ChaosOptions.Usage);
    return 0;
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(ChaosOptions.Usage);
    return 2;
}

if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = 150;
}
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

var repository = Repository.Locate();
var workDirectory = Path.Combine(Path.GetTempPath(), "aeo-chaos-" + DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
var logDirectory = Directory.CreateDirectory(Path.Combine(workDirectory, "logs")).FullName;
var dataDirectory = Path.Combine(workDirectory, "data");
AnsiConsole.MarkupLine(
    $"[bold]Aeo.Chaos[/]: {options.Silos} silos + API on loopback, {options.Audits} audits of {options.Questions} questions × " +
    $"{ChaosPlatforms.Names.Length} simulated platforms × {options.Samples} samples; SIGKILL a silo every {options.KillEvery.TotalSeconds:0} s " +
    $"for {options.Duration.TotalSeconds:0} s (seed {options.Seed}). Logs: {logDirectory}");

ChaosCluster? cluster = null;
PreparedDatabase? database = null;
// Also on an unhandled exception or an exit from elsewhere: no silo outlives the tool.
AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster?.Dispose();
try
{
    if (!options.NoBuild)
    {
        AnsiConsole.MarkupLine("Building src/Aeo.Silo and src/Aeo.Api (Release)…");
        await repository.BuildAsync(stop.Token);
    }
    using var startupLogs = LoggerFactory.Create(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
    var configuration = new ConfigurationBuilder()
        .AddEnvironmentVariables()
        .AddInMemoryCollection([new(AeoDataDirectory.Key, dataDirectory)])
        .Build();
    database = await PreparedDatabase.PrepareAsync(configuration, startupLogs.CreateLogger("Aeo.Chaos"), stop.Token);
    AnsiConsole.MarkupLine(database.IsManaged ? "Managed PostgreSQL started in a temporary directory." : "Using ConnectionStrings:Aeo.");

    var operatorKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
    cluster = new ChaosCluster(repository, logDirectory, database.ConnectionString, operatorKey, options);
    AnsiConsole.MarkupLine($"Starting {options.Silos} silos and the API (client mode, port {cluster.ApiPort})…");
    await cluster.StartAsync(stop.Token);

    using var api = new ApiDriver(cluster.ApiPort, operatorKey);
    await api.CreateClientAsync(stop.Token);
    var runs = new List<Guid>();
    for (var i = 0; i < options.Audits; i++)
    {
        runs.Add(await api.StartAuditAsync(i, options.Questions, options.Samples, stop.Token));
    }
    AnsiConsole.MarkupLine($"Started {runs.Count} audits: {string.Join(", ", runs.Select(r => r.ToString()[..8]))}");

    var monkey = new ChaosMonkey(cluster, api, options);
    await monkey.RunAsync(runs, stop.Token);

    var verdicts = await ExactlyOnceCheck.RunAsync(database.ConnectionString, runs, options.Samples, stop.Token);
    ChaosReport.Print(verdicts, monkey.Kills);
    if (monkey.UnexpectedExits > 0)
    {
        AnsiConsole.MarkupLine($"[red]{monkey.UnexpectedExits} silo exit(s) nobody caused[/]: see the silo logs.");
    }
    var passed = verdicts.All(v => v.Ended && v.ExactlyOnce) && monkey.UnexpectedExits == 0;
    AnsiConsole.MarkupLine(passed
        ? "[green]PASS[/]: every run ended with each work item settled exactly once."
        : "[red]FAIL[/]: a run did not end, or a work item was lost or settled twice.");
    return passed ? 0 : 1;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    AnsiConsole.MarkupLine("[yellow]Interrupted[/]: stopping every process.");
    return 130;
}
catch (Exception ex)
{
    AnsiConsole.MarkupLine($"[red]Chaos run failed:[/] {Markup.Escape(ex.Message)}");
    return 1;
}
finally
{
    cluster?.Dispose();
    if (database is not null)
    {
        await database.DisposeAsync();
    }
    if (Directory.Exists(dataDirectory))
    {
        Directory.Delete(dataDirectory, recursive: true);
    }
}
