using Aeo.Api.Hosting;
using Spectre.Console;

namespace Aeo.Api.Demo;

/// <summary>
/// The README's first command: creates a sample client, runs an audit on the configured platforms (simulated
/// unless keys are set) with live progress, prints a per-platform summary and where to look next.
/// </summary>
public static class DemoAudit
{
    public const string Flag = "--demo";

    /// <summary>
    /// The sample client's key as a curl header file (<c>curl -H @file</c>), readable by its owner only: the key is
    /// neither printed (standard output may be a log) nor put on a command line (readable by every user in /proc).
    /// </summary>
    public const string DemoHeaderFile = "demo-client.header";

    private static readonly CreateClientRequest SampleClient = new(
        "Northwind Demo",
        "CRM",
        new BrandInput("Northwind CRM", ["Northwind"], ["northwindcrm.com"]),
        [
            new BrandInput("HubSpot", ["Hub Spot"], ["hubspot.com"]),
            new BrandInput("Salesforce", ["Sales Cloud"], ["salesforce.com"]),
            new BrandInput("Pipedrive", [], ["pipedrive.com"]),
            new BrandInput("Zoho CRM", ["Zoho"], ["zoho.com"]),
        ]);

    public static async Task RunAsync(WebApplication app, CancellationToken ct)
    {
        var services = app.Services;
        var created = await services.GetRequiredService<ClientRegistration>().RegisterAsync(SampleClient, ct);
        var client = await services.GetRequiredService<ClientRepository>().GetAsync(created.Id, ct)
            ?? throw new InvalidOperationException("The sample client was not stored.");
        var request = new CreateAuditRequest(null, null, null, 20, 1, null, ["a 10-person agency"]);
        var started = await services.GetRequiredService<AuditLauncher>().LaunchAsync(client.Id, request, idempotencyKey: null, ct);
        AnsiConsole.MarkupLine($"[bold]Demo audit[/] {started.RunId} for [green]{Markup.Escape(client.Brand.Name)}[/] on {Markup.Escape(string.Join(", ", started.Platforms.Select(Label)))}");

        var run = services.GetRequiredService<IGrainFactory>().GetGrain<IAuditRunGrain>(started.RunId);
        var finished = await FollowAsync(run, ct);
        PrintSummary(finished);
        var record = await services.GetRequiredService<AuditRunRepository>().GetAsync(finished.RunId, ct);
        if (record is not null && await services.GetRequiredService<AuditFigures>().CalculateAsync(record, ct) is ({ } figures, _))
        {
            AnsiConsole.Write(FiguresTable.Headline(figures));
        }
        var headerFile = Path.Combine(AeoDataDirectory.Resolve(app.Configuration), DemoHeaderFile);
        await OwnerOnlyFile.WriteAsync(headerFile, $"X-API-Key: {created.ApiKey}\n", ct);
        PrintNextSteps(app, finished.RunId, headerFile);
    }

    private static async Task<AuditRunView> FollowAsync(IAuditRunGrain run, CancellationToken ct)
    {
        AuditRunView? view = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var overall = progress.AddTask("[bold]all platforms[/]");
                var perPlatform = new Dictionary<string, ProgressTask>();
                while (true)
                {
                    view = await run.GetStatusAsync() ?? throw new InvalidOperationException("The demo run disappeared.");
                    overall.MaxValue = Math.Max(1, view.TotalWorkItems);
                    overall.Value = view.Processed + view.Failed;
                    overall.Description = $"[bold]all platforms[/] {view.Stage.ToWire()}";
                    foreach (var platform in view.Platforms)
                    {
                        if (!perPlatform.TryGetValue(platform.Platform, out var task))
                        {
                            perPlatform[platform.Platform] = task = progress.AddTask(Markup.Escape(Label(platform)));
                        }
                        task.MaxValue = Math.Max(1, platform.Total);
                        task.Value = platform.Processed + platform.Failed;
                    }
                    if (view.Status.IsTerminal())
                    {
                        break;
                    }
                    await Task.Delay(250, ct);
                }
            });
        return view!;
    }

    private static void PrintSummary(AuditRunView run)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Audit {run.RunId}: {run.Status.ToWire()}")
            .AddColumns("Platform", "Simulated", "Answered", "Failed", "Avg ms", "Tokens", "Brand named", "Mention rate");
        foreach (var stats in run.Stats)
        {
            table.AddRow(
                Markup.Escape(stats.Platform),
                stats.IsSimulated ? "[yellow]yes[/]" : "no",
                stats.SuccessfulQueries.ToString(),
                stats.FailedQueries.ToString(),
                stats.AvgProcessingTimeMs.ToString(),
                stats.TotalTokens.ToString("N0"),
                stats.ResponsesMentioningBrand.ToString(),
                stats.BrandMentionRate.ToString("P0"));
        }
        AnsiConsole.Write(table);
        if (run.Stats.Any(s => s.IsSimulated))
        {
            AnsiConsole.MarkupLine("[yellow]Simulated platforms answer from a deterministic local engine, not a real AI: set Aeo:Platforms:<name>:ApiKey for real answers.[/]");
        }
    }

    private static void PrintNextSteps(WebApplication app, Guid runId, string headerFile)
    {
        var address = StartupBanner.BaseAddress(app);
        var key = $"-H @{headerFile}";
        AnsiConsole.MarkupLine("[bold]Where to look next[/]");
        AnsiConsole.MarkupLine(Markup.Escape($"  The run:       curl {key} {address}/api/v1/audits/{runId}"));
        AnsiConsole.MarkupLine(Markup.Escape($"  Its answers:   curl {key} '{address}/api/v1/audits/{runId}/responses?pageSize=5'"));
        AnsiConsole.MarkupLine(Markup.Escape($"  Its figures:   curl {key} {address}/api/v1/audits/{runId}/figures"));
        AnsiConsole.MarkupLine(Markup.Escape($"  Its questions: {address}/api/v1/audits/{runId}/questions"));
        AnsiConsole.MarkupLine(Markup.Escape($"  The cluster:   {address}/dashboard (operator key as password)"));
        AnsiConsole.MarkupLine(Markup.Escape($"  ({headerFile} holds the sample client's key as a curl header, readable only by you.) Press Ctrl+C to stop."));
        AnsiConsole.MarkupLine(Markup.Escape($"  The web app:   open {address}/ and sign in with the sample client's key (after \"X-API-Key: \" in {headerFile})"));
    }

    private static string Label(PlatformProgress platform) => platform.IsSimulated ? $"{platform.Platform} (simulated)" : platform.Platform;
}
