namespace Aeo.Cli.Commands;

/// <summary><c>aeo schedules list|show|create|pause|resume|trigger</c>.</summary>
public static class ScheduleCommands
{
    public static Command Create(CliContext context)
    {
        var schedules = new Command("schedules", "Recurring audits (cron with a time zone, an interval, or once).");
        schedules.Add(ListCommand(context));
        schedules.Add(ShowCommand(context));
        schedules.Add(CreateCommand(context));
        schedules.Add(Action(context, "pause", "Pause a schedule: nothing more starts until it is resumed."));
        schedules.Add(Action(context, "resume", "Resume a paused schedule from now on (what fell due meanwhile is not run) and clear its failure count."));
        schedules.Add(Action(context, "trigger", "Start the schedule's audit now, as a manual execution; prints the execution and its run."));
        return schedules;
    }

    private static Command ListCommand(CliContext context)
    {
        var client = new Option<Guid?>("--client") { Description = "Only this client's schedules (operator key)." };
        var paging = new PagingOptions();
        var command = new Command("list", CliContext.Describe("List schedules, newest first.", "aeo schedules list", "aeo schedules list --json")) { client };
        paging.AddTo(command);
        context.OnServer(command, async call =>
        {
            var page = await call.Api.GetAsync(AeoApiClient.WithQuery("api/v1/schedules", [("clientId", call.Parse.GetValue(client)), .. paging.Query(call.Parse)]), call.Ct);
            return call.Show(page, p =>
            {
                var table = new Table().Border(TableBorder.Rounded).AddColumns("Schedule", "Name", "Timing", "Status", "Runs", "Next run", "Last run");
                foreach (var schedule in p.Items())
                {
                    table.AddRow(schedule.Text("id"), schedule.Text("name").EscapeMarkup(), Timing(schedule!).EscapeMarkup(), Status(schedule!),
                        schedule.Text("runCount"), schedule.When("nextRunAt"), schedule.When("lastRunAt"));
                }
                call.Host.Console.Write(table);
                PageFooter.Write(call.Host.Console, p);
            });
        });
        return command;
    }

    private static Command ShowCommand(CliContext context)
    {
        var id = new Argument<Guid>("schedule") { Description = "The schedule's id." };
        var command = new Command("show", CliContext.Describe("Show a schedule.", "aeo schedules show 5d2a…")) { id };
        context.OnServer(command, async call =>
            call.Show(await call.Api.GetAsync($"api/v1/schedules/{call.Parse.GetValue(id)}", call.Ct), s => Render(call.Host.Console, s)));
        return command;
    }

    private static Command CreateCommand(CliContext context)
    {
        var name = new Option<string>("--name") { Description = "The schedule's name.", Required = true };
        var cron = new Option<string>("--cron") { Description = "Five cron fields (minute hour day-of-month month day-of-week) or a macro such as @daily." };
        var timeZone = new Option<string>("--time-zone") { Description = "The IANA time zone the cron is read in (default UTC)." };
        var interval = new Option<string>("--interval") { Description = "Every hh:mm:ss (at least a minute), counted from now." };
        var runAt = new Option<DateTimeOffset?>("--run-at") { Description = "Once, at this instant (ISO 8601 with offset)." };
        var missedPolicy = new Option<string>("--missed-policy") { Description = "catch_up (default) or skip: what a late tick does with several due occurrences." };
        var maxFailures = new Option<int?>("--max-failures") { Description = "Consecutive failures to start a run before the schedule pauses itself (default 3)." };
        var client = new Option<Guid?>("--client") { Description = "The client (operator key only, and then required)." };
        var fields = new AuditFieldOptions();
        var command = new Command("create", CliContext.Describe(
            "Create a schedule; give exactly one of --cron, --interval or --run-at, and the audit's fields as for audit start.",
            "aeo schedules create --name \"Weekly CRM audit\" --cron \"0 6 * * 1\" --time-zone Europe/Dublin --max-questions 40",
            "aeo schedules create --name Hourly --interval 01:00:00 --platform openai"))
        {
            name, cron, timeZone, interval, runAt, missedPolicy, maxFailures, client,
        };
        fields.AddTo(command);
        context.OnServer(command, async call =>
        {
            var parse = call.Parse;
            var body = new JsonObject { ["name"] = parse.GetValue(name), ["audit"] = fields.ToJson(parse) };
            var kinds = new List<string>();
            if (parse.GetValue(cron) is { } cronText)
            {
                kinds.Add("cron");
                body["cron"] = cronText;
                body["timeZone"] = parse.GetValue(timeZone);
            }
            if (parse.GetValue(interval) is { } every)
            {
                kinds.Add("interval");
                body["interval"] = every;
            }
            if (parse.GetValue(runAt) is { } at)
            {
                kinds.Add("once");
                body["runAt"] = at;
            }
            if (kinds.Count != 1)
            {
                throw new Connection.CliUsageException("Give exactly one of --cron, --interval or --run-at.");
            }
            body["kind"] = kinds[0];
            body["missedPolicy"] = parse.GetValue(missedPolicy);
            body["maxFailures"] = parse.GetValue(maxFailures);
            body["clientId"] = parse.GetValue(client)?.ToString();
            foreach (var unset in body.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                body.Remove(unset);
            }
            return call.Show(await call.Api.PostAsync("api/v1/schedules", body, call.Ct), s => Render(call.Host.Console, s));
        });
        return command;
    }

    private static Command Action(CliContext context, string verb, string description)
    {
        var id = new Argument<Guid>("schedule") { Description = "The schedule's id." };
        var command = new Command(verb, CliContext.Describe(description, $"aeo schedules {verb} 5d2a…")) { id };
        context.OnServer(command, async call =>
        {
            var answer = await call.Api.PostAsync($"api/v1/schedules/{call.Parse.GetValue(id)}/{verb}", null, call.Ct);
            return call.Show(answer, a =>
            {
                if (verb == "trigger")
                {
                    call.Host.Console.MarkupLineInterpolated($"Execution {a.Text("id")} {a.Text("status")}: run [bold]{a.Text("auditRunId")}[/].");
                }
                else
                {
                    Render(call.Host.Console, a);
                }
            });
        });
        return command;
    }

    private static void Render(IAnsiConsole console, JsonNode schedule)
    {
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumns("", "");
        table.AddRow("Schedule", schedule.Text("id"));
        table.AddRow("Name", schedule.Text("name").EscapeMarkup());
        table.AddRow("Timing", Timing(schedule).EscapeMarkup());
        table.AddRow("Status", Status(schedule));
        table.AddRow("Runs", schedule.Text("runCount"));
        table.AddRow("Failures in a row", schedule.Text("failureCount"));
        table.AddRow("Next run", schedule.When("nextRunAt"));
        table.AddRow("Last run", schedule.When("lastRunAt"));
        console.Write(table);
    }

    private static string Timing(JsonNode schedule) => schedule.Text("kind") switch
    {
        "cron" => $"cron {schedule.Text("cron")} ({(schedule.Text("timeZone") is { Length: > 0 } zone ? zone : "UTC")})",
        "interval" => $"every {schedule.Text("interval")}",
        "once" => $"once at {schedule.When("runAt")}",
        var other => other,
    };

    private static string Status(JsonNode schedule) => schedule.Text("status") == "paused"
        ? $"[yellow]paused[/] {schedule.Text("pausedReason").EscapeMarkup()}"
        : "[green]active[/]";
}
