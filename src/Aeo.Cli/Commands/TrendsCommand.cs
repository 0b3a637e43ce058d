namespace Aeo.Cli.Commands;

/// <summary><c>aeo trends CLIENT</c>: one metric over the client's ended runs, per brand and platform, with the series' breaks.</summary>
public static class TrendsCommand
{
    public static Command Create(CliContext context)
    {
        var client = new Argument<Guid>("client") { Description = "The client's id (aeo clients list, or the id clients create printed)." };
        var metric = new Option<string>("--metric")
        {
            Description = "The figure to follow (default mention_rate): mention_rate, share_of_voice, average_rank, sentiment, citation_rate, "
                + "citation_share, prominence and the other metric names of the figures.",
        };
        var brand = new Option<string>("--brand") { Description = "Only this tracked brand's series." };
        var platform = new Option<string>("--platform") { Description = "Only this platform's series (the all-platforms series is left out)." };
        var segment = new Option<string>("--segment") { Description = "Which questions: non_branded (the default, as the headline), branded or all." };
        var from = new Option<string>("--from") { Description = "Only runs that ended at or after this time (ISO 8601; UTC when no offset is given)." };
        var to = new Option<string>("--to") { Description = "Only runs that ended before this time (as --from)." };
        var schedule = new Option<Guid?>("--schedule") { Description = "Only the runs this schedule started." };
        var command = new Command("trends", CliContext.Describe(
            "Follow a figure over a client's ended runs: a table per brand and platform with values, 95 % intervals and the "
            + "points where the setup changed (a new model, other questions), across which values are not comparable.",
            "aeo trends 3f0c… --metric share_of_voice --platform perplexity",
            "aeo trends 3f0c… --brand \"Northwind CRM\" --from 2026-11-01 --schedule 5d2a…",
            "aeo trends 3f0c… --json | jq '.series[] | select(.isClient) | .breaks'"))
        {
            client, metric, brand, platform, segment, from, to, schedule,
        };
        context.OnServer(command, async call =>
        {
            var parse = call.Parse;
            var path = AeoApiClient.WithQuery($"api/v1/clients/{parse.GetValue(client)}/trends",
                ("metric", parse.GetValue(metric)), ("brand", parse.GetValue(brand)), ("platform", parse.GetValue(platform)),
                ("segment", parse.GetValue(segment)), ("from", parse.GetValue(from)), ("to", parse.GetValue(to)),
                ("scheduleId", parse.GetValue(schedule)));
            return call.Show(await call.Api.GetAsync(path, call.Ct), trends => TrendView.Render(call.Host.Console, trends));
        });
        return command;
    }
}
