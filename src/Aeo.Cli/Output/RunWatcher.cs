namespace Aeo.Cli.Output;

/// <summary>
/// Follows a run's server-sent events: a progress bar per platform (plain lines when the output is not a terminal),
/// then the final status and the headline table. Ctrl+C stops watching, not the run.
/// </summary>
public static class RunWatcher
{
    public static async Task<int> WatchAsync(ServerCall call, string runId)
    {
        var console = call.Host.Console;
        JsonNode? last = null;
        try
        {
            if (call.Json)
            {
                await foreach (var (_, data) in call.Api.EventsAsync($"api/v1/audits/{runId}/events", call.Ct))
                {
                    call.Host.RawOut.WriteLine(data.ToJsonString());
                }
                return ExitCodes.Ok;
            }
            await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    var overall = progress.AddTask("run", maxValue: 100);
                    var bars = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                    await foreach (var (name, data) in call.Api.EventsAsync($"api/v1/audits/{runId}/events", call.Ct))
                    {
                        last = data;
                        overall.Description = $"run: {data.Text("stage").EscapeMarkup()}";
                        overall.Value = data["progress"].Number("percent") ?? 0;
                        foreach (var platform in data.Items("platforms"))
                        {
                            Update(progress, bars, platform!);
                        }
                        if (name == "end")
                        {
                            overall.Value = overall.MaxValue;
                            foreach (var bar in bars.Values.Append(overall))
                            {
                                bar.StopTask();
                            }
                            break;
                        }
                    }
                });
        }
        catch (OperationCanceledException) when (call.Ct.IsCancellationRequested)
        {
            console.MarkupLineInterpolated($"Stopped watching; the run goes on. [bold]aeo audit cancel {runId}[/] cancels it.");
            return ExitCodes.Ok;
        }
        if (last is null)
        {
            return ExitCodes.Ok;
        }
        RunView.Render(console, last);
        var figures = await call.Api.GetAsync($"api/v1/audits/{runId}/figures", call.Ct);
        if (figures is not null)
        {
            console.Write(HeadlineTable.From(figures));
        }
        return ExitCodes.Ok;
    }

    private static void Update(ProgressContext progress, Dictionary<string, ProgressTask> bars, JsonNode platform)
    {
        var name = platform.Text("platform");
        var total = Math.Max(platform.Number("total") ?? 0, 1);
        var settled = (platform.Number("processed") ?? 0) + (platform.Number("failed") ?? 0);
        if (!bars.TryGetValue(name, out var bar))
        {
            bar = progress.AddTask(name.EscapeMarkup(), maxValue: total);
            bars[name] = bar;
        }
        bar.MaxValue = total;
        bar.Value = settled;
        var failed = platform.Number("failed") ?? 0;
        bar.Description = name.EscapeMarkup() + (failed > 0 ? $" [red]{failed} failed[/]" : "");
    }
}
