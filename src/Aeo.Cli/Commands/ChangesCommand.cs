namespace Aeo.Cli.Commands;

/// <summary>
/// <c>aeo changes RUN</c>: what changed significantly since the previous comparable run, each change as its sentence
/// with its p value and its p value adjusted for all of the run's comparisons; <c>--all</c> adds the rest.
/// </summary>
public static class ChangesCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<Guid>("run") { Description = "The run's id (it must have ended)." };
        var all = new Option<bool>("--all") { Description = "List the changes that are not significant too (after the significant ones)." };
        var segment = new Option<string>("--segment") { Description = "Which questions: non_branded (the default, as the headline), branded or all." };
        var q = new Option<double?>("--q") { Description = "The false discovery rate the adjusted p values are held to, between 0 and 1 (server default 0.05)." };
        var command = new Command("changes", CliContext.Describe(
            "What changed since the previous comparable run of the client (same questions, samples, brands and web search): "
            + "significant changes first, each with its sentence, p value and adjusted p value (Benjamini–Hochberg).",
            "aeo changes 9b1e…",
            "aeo changes 9b1e… --all --segment all",
            "aeo changes 9b1e… --json | jq '.changes[] | select(.significant) | .sentence'"))
        {
            id, all, segment, q,
        };
        context.OnServer(command, async call =>
        {
            var parse = call.Parse;
            var path = AeoApiClient.WithQuery($"api/v1/audits/{parse.GetValue(id)}/changes", ("segment", parse.GetValue(segment)), ("q", parse.GetValue(q)));
            var changes = await call.Api.GetAsync(path, call.Ct);
            return call.Show(changes, c => Render(call.Host.Console, c, parse.GetValue(all)));
        });
        return command;
    }

    private static void Render(IAnsiConsole console, JsonNode body, bool all)
    {
        if (body["baselineRunId"] is null)
        {
            console.MarkupLineInterpolated($"Nothing to compare with: {body.Text("reason")}");
            return;
        }
        var paired = body["paired"]?.GetValue<bool>() == true ? $"paired on {body.Text("matchedItems")} answers" : "not paired (other questions)";
        var platforms = body.Items("platforms").Select(p => p?.GetValue<string>()).ToList();
        if (body["acrossPlatforms"]?.GetValue<bool>() == true)
        {
            platforms.Insert(0, "all platforms");
        }
        console.MarkupLineInterpolated(
            $"Against run {body.Text("baselineRunId")}, {body.Text("segment")} questions, {paired}; compared on {string.Join(", ", platforms)}.");
        console.MarkupLineInterpolated(
            $"[bold]{body.Text("significant")}[/] significant of {body.Text("tested")} tested at a false discovery rate of {Number(body.Number("falseDiscoveryRate"))}.");

        var ordered = body.Items("changes")
            .Where(c => all || Significant(c))
            .OrderByDescending(Significant)
            .ThenBy(c => c.Number("adjustedPValue") ?? double.MaxValue)
            .ThenByDescending(c => c?["isClient"]?.GetValue<bool>() == true)
            .ThenBy(c => c.Text("sentence"), StringComparer.Ordinal)
            .ToList();
        if (ordered.Count == 0)
        {
            console.MarkupLine(all ? "No change was tested." : "No significant change; --all lists every change tested.");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Change", "p", "Adjusted p");
        table.Columns[1].RightAligned().NoWrap();
        table.Columns[2].RightAligned().NoWrap();
        foreach (var change in ordered)
        {
            // "41 %" must not wrap between the number and its sign.
            var sentence = change.Text("sentence").Replace(" %", "\u00A0%", StringComparison.Ordinal).EscapeMarkup();
            table.AddRow(Significant(change) ? $"[bold]{sentence}[/]" : $"[grey]{sentence}[/]", P(change.Number("pValue")), P(change.Number("adjustedPValue")));
        }
        console.Write(table);
    }

    private static bool Significant(JsonNode? change) => change?["significant"]?.GetValue<bool>() == true;

    /// <summary>Three decimals (four below 0.01), and "&lt; 0.0001" rather than a string of zeros.</summary>
    private static string P(double? p) => p switch
    {
        null => "–",
        < 0.0001 => "< 0.0001",
        { } v => v.ToString(v < 0.01 ? "0.0000" : "0.000", CultureInfo.InvariantCulture),
    };

    private static string Number(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture) ?? "–";
}
