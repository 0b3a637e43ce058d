namespace Aeo.Cli.Commands;

/// <summary>
/// <c>aeo audit discovered RUN</c> and <c>aeo clients discovered CLIENT</c>: the brands answers name or cite that the
/// client does not track, most named first.
/// </summary>
public static class DiscoveredCommands
{
    public static Command ForRun(CliContext context)
    {
        var id = new Argument<Guid>("run") { Description = "The ended run's id." };
        var paging = new PagingOptions();
        var command = new Command("discovered", CliContext.Describe(
            "List the brands a run's non-branded answers name or cite that the client does not track: answers naming them, "
            + "their rate with its 95 % interval, domains, platforms.",
            "aeo audit discovered 9b1e…",
            "aeo audit discovered 9b1e… --json | jq '.brands.items[].name'"))
        {
            id,
        };
        paging.AddTo(command);
        context.OnServer(command, async call =>
        {
            var path = AeoApiClient.WithQuery($"api/v1/audits/{call.Parse.GetValue(id)}/discovered-brands", [.. paging.Query(call.Parse)]);
            var found = await call.Api.GetAsync(path, call.Ct);
            return call.Show(found, body => Render(call.Host.Console, body));
        });
        return command;
    }

    public static Command ForClient(CliContext context)
    {
        var id = new Argument<Guid>("client") { Description = "The client's id." };
        var runs = new Option<int?>("--runs") { Description = "How many of its most recently ended runs to read (1–50, default 5)." };
        var paging = new PagingOptions();
        var command = new Command("discovered", CliContext.Describe(
            "List the brands the client's recent ended runs found that it does not track yet (brands added as competitors since are left out).",
            "aeo clients discovered 3f0c… --runs 10"))
        {
            id, runs,
        };
        paging.AddTo(command);
        context.OnServer(command, async call =>
        {
            var path = AeoApiClient.WithQuery($"api/v1/clients/{call.Parse.GetValue(id)}/discovered-brands",
                [("runs", call.Parse.GetValue(runs)?.ToString(CultureInfo.InvariantCulture)), .. paging.Query(call.Parse)]);
            var found = await call.Api.GetAsync(path, call.Ct);
            return call.Show(found, body => Render(call.Host.Console, body));
        });
        return command;
    }

    private static void Render(IAnsiConsole console, JsonNode body)
    {
        var brands = body["brands"]!;
        console.MarkupLineInterpolated($"Over {body.Text("nonBrandedAnswers")} non-branded answers of {body["runs"]!.AsArray().Count} run(s).");
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Brand", "Answers", "Rate (95 % CI)", "Domains", "Platforms", "Also written");
        foreach (var brand in brands.Items("items"))
        {
            var rate = brand!["rate"]!;
            var isNew = brand["newlyCrossed"]?.GetValue<bool>() == true ? " [green](new)[/]" : "";
            table.AddRow(
                brand.Text("name").EscapeMarkup() + isNew,
                brand.Text("answers"),
                $"{Percent(rate, "value")} ({Percent(rate, "lower")}–{Percent(rate, "upper")})",
                string.Join(", ", brand.Items("domains").Select(d => d!.GetValue<string>())).EscapeMarkup(),
                string.Join(", ", brand.Items("platforms").Select(p => p!.GetValue<string>())).EscapeMarkup(),
                string.Join(", ", brand.Items("variants").Select(v => v.Text("name")).Skip(1)).EscapeMarkup());
        }
        console.Write(table);
        PageFooter.Write(console, brands);
    }

    private static string Percent(JsonNode rate, string field) =>
        rate[field]!.GetValue<double>().ToString("P0", CultureInfo.InvariantCulture);
}
