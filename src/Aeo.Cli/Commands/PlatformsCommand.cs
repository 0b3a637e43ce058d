namespace Aeo.Cli.Commands;

/// <summary><c>aeo platforms</c>: the configured answer engines, their limits, availability and breaker.</summary>
public static class PlatformsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("platforms", CliContext.Describe(
            "List the configured platforms: kind, model, limits, availability and circuit breaker.", "aeo platforms", "aeo platforms --json"));
        context.OnServer(command, async call =>
        {
            var platforms = await call.Api.GetAsync("api/v1/platforms", call.Ct);
            return call.Show(platforms, list =>
            {
                var table = new Table().Border(TableBorder.Rounded).AddColumns("Platform", "Kind", "Model", "RPM", "Availability", "Breaker", "In flight", "Recent errors");
                foreach (var platform in list.AsArray())
                {
                    var simulated = platform?["simulated"]?.GetValue<bool>() == true ? " [grey](simulated)[/]" : "";
                    table.AddRow(
                        platform.Text("name").EscapeMarkup() + simulated,
                        platform.Text("kind").EscapeMarkup(),
                        platform.Text("model").EscapeMarkup(),
                        platform.Text("requestsPerMinute"),
                        Availability(platform?["availability"].Text("state") ?? ""),
                        platform?["breaker"].Text("state").EscapeMarkup() ?? "",
                        platform?["budget"].Text("inFlight") ?? "",
                        platform.Items("recentErrors").Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                call.Host.Console.Write(table);
            });
        });
        return command;
    }

    private static string Availability(string state) => state switch
    {
        "available" => "[green]available[/]",
        "" => "",
        _ => $"[yellow]{state.EscapeMarkup()}[/]",
    };
}
