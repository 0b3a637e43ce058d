namespace Aeo.Cli.Output;

/// <summary>A run's status body (<c>GET /audits/{id}</c>) as tables: the run, then its platforms.</summary>
public static class RunView
{
    private static readonly string[] Ended = ["completed", "partially_completed", "failed", "cancelled"];

    public static bool HasEnded(JsonNode run) => Ended.Contains(run.Text("status"));

    public static void Render(IAnsiConsole console, JsonNode run)
    {
        var progress = run["progress"];
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumns("", "");
        table.AddRow("Run", run.Text("id").EscapeMarkup());
        var stage = run.Text("stage");
        table.AddRow("Status", Status(run.Text("status")) + (stage == run.Text("status") ? "" : $" ({stage.EscapeMarkup()})"));
        table.AddRow("Now", run.Text("currentOperation").EscapeMarkup());
        table.AddRow("Progress", string.Create(CultureInfo.InvariantCulture,
            $"{progress.Number("percent") ?? 0:0.#}% – {progress.Text("processed")} answered, {progress.Text("failed")} failed, {progress.Text("skipped")} skipped of {progress.Text("total")}"));
        table.AddRow("Questions", run.Text("totalQuestions"));
        table.AddRow("Started", run.When("startedAt"));
        table.AddRow("Ended", run.When("completedAt"));
        table.AddRow("Cost", Cost(run));
        if (run.Text("lastError") is { Length: > 0 } error)
        {
            table.AddRow("Last error", $"[red]{error.EscapeMarkup()}[/]");
        }
        console.Write(table);

        var platforms = run.Items("platforms");
        if (platforms.Count == 0)
        {
            return;
        }
        var perPlatform = new Table().Border(TableBorder.Rounded).AddColumns("Platform", "Answered", "Failed", "Total", "Done", "Last error");
        foreach (var platform in platforms)
        {
            var simulated = platform?["simulated"]?.GetValue<bool>() == true ? " [grey](simulated)[/]" : "";
            perPlatform.AddRow(
                platform.Text("platform").EscapeMarkup() + simulated,
                platform.Text("processed"),
                platform.Text("failed"),
                platform.Text("total"),
                string.Create(CultureInfo.InvariantCulture, $"{platform.Number("percent") ?? 0:0}%"),
                platform.Text("lastError").EscapeMarkup());
        }
        console.Write(perPlatform);
    }

    public static string Status(string status) => status switch
    {
        "completed" => "[green]completed[/]",
        "partially_completed" => "[yellow]partially_completed[/]",
        "failed" => "[red]failed[/]",
        "cancelled" => "[grey]cancelled[/]",
        _ => status.EscapeMarkup(),
    };

    private static string Cost(JsonNode run)
    {
        var cost = string.Create(CultureInfo.InvariantCulture, $"${run.Number("costUsd") ?? 0:0.####}");
        if (run["budget"] is JsonObject budget)
        {
            cost += string.Create(CultureInfo.InvariantCulture, $" of a ${budget.Number("limitUsd"):0.##} budget");
            if (budget["reached"]?.GetValue<bool>() == true)
            {
                cost += " (reached)";
            }
        }
        return cost;
    }
}
