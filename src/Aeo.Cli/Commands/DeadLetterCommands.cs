namespace Aeo.Cli.Commands;

/// <summary><c>aeo dead-letters list|reprocess</c>.</summary>
public static class DeadLetterCommands
{
    public static Command Create(CliContext context)
    {
        var letters = new Command("dead-letters", "Work items that failed for good, and asking them again.");
        letters.Add(ListCommand(context));
        letters.Add(ReprocessCommand(context));
        return letters;
    }

    private static Command ListCommand(CliContext context)
    {
        var run = new Option<Guid?>("--run") { Description = "Only this run's." };
        var platform = new Option<string>("--platform") { Description = "Only this platform's." };
        var errorClass = new Option<string>("--error-class") { Description = "Only this error class: RateLimit, Timeout, Authentication, Unavailable, BadRequest, SpendCapReached, InvalidResponse, CircuitOpen, Unknown, configuration." };
        var paging = new PagingOptions();
        var command = new Command("list", CliContext.Describe("List dead letters, newest failure first.", "aeo dead-letters list --run 9b1e…", "aeo dead-letters list --error-class Timeout --json"))
        {
            run, platform, errorClass,
        };
        paging.AddTo(command);
        context.OnServer(command, async call =>
        {
            var path = AeoApiClient.WithQuery("api/v1/dead-letters",
                [("runId", call.Parse.GetValue(run)), ("platform", call.Parse.GetValue(platform)), ("errorClass", call.Parse.GetValue(errorClass)), .. paging.Query(call.Parse)]);
            var page = await call.Api.GetAsync(path, call.Ct);
            return call.Show(page, p =>
            {
                var table = new Table().Border(TableBorder.Rounded).AddColumns("Dead letter", "Run", "Platform", "Sample", "Error", "Attempts", "Last failed", "Question");
                foreach (var letter in p.Items())
                {
                    table.AddRow(letter.Text("id"), letter.Text("runId"), letter.Text("platform").EscapeMarkup(), letter.Text("sample"),
                        $"{letter.Text("errorClass").EscapeMarkup()}: {letter.Text("message").EscapeMarkup()}", letter.Text("attempts"),
                        letter.When("lastFailedAt"), letter.Text("question").EscapeMarkup());
                }
                call.Host.Console.Write(table);
                PageFooter.Write(call.Host.Console, p);
            });
        });
        return command;
    }

    private static Command ReprocessCommand(CliContext context)
    {
        var ids = new Option<Guid[]>("--id") { Description = "A dead letter to ask again (repeatable)." };
        var run = new Option<Guid?>("--run") { Description = "Ask all of this run's dead letters again." };
        var command = new Command("reprocess", CliContext.Describe(
            "Ask dead-lettered work items again; their runs finalise anew. Give --id (repeatable) or --run, not both.",
            "aeo dead-letters reprocess --run 9b1e…", "aeo dead-letters reprocess --id 41c0… --id 77aa…"))
        {
            ids, run,
        };
        context.OnServer(command, async call =>
        {
            var chosen = call.Parse.GetValue(ids) ?? [];
            var runId = call.Parse.GetValue(run);
            if ((chosen.Length > 0) == runId.HasValue)
            {
                throw new CliUsageException("Give --id (one or more) or --run, not both.");
            }
            var body = runId is { } r
                ? new JsonObject { ["runId"] = r.ToString() }
                : new JsonObject { ["ids"] = new JsonArray([.. chosen.Select(i => (JsonNode)i.ToString())]) };
            var answer = await call.Api.PostAsync("api/v1/dead-letters/reprocess", body, call.Ct);
            return call.Show(answer, a =>
            {
                var table = new Table().Border(TableBorder.Rounded).AddColumns("Run", "Action", "Dead letters deleted", "Reason");
                foreach (var item in a.Items("runs"))
                {
                    table.AddRow(item.Text("runId"), item.Text("action"), item.Text("deadLettersDeleted"), item.Text("reason").EscapeMarkup());
                }
                call.Host.Console.Write(table);
            });
        });
        return command;
    }
}
