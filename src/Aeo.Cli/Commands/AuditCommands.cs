namespace Aeo.Cli.Commands;

/// <summary><c>aeo audit start|list|show|cancel|answers</c>.</summary>
public static class AuditCommands
{
    public static Command Create(CliContext context)
    {
        var audit = new Command("audit", "Audit runs: start, follow, inspect and cancel them.");
        audit.Add(StartCommand(context));
        audit.Add(ListCommand(context));
        audit.Add(ShowCommand(context));
        audit.Add(CancelCommand(context));
        audit.Add(AuditAnswersCommand.Create(context));
        audit.Add(DiscoveredCommands.ForRun(context));
        return audit;
    }

    private static Command StartCommand(CliContext context)
    {
        var fields = new AuditFieldOptions();
        var client = new Option<Guid?>("--client") { Description = "The client the audit is for (operator key only, and then required)." };
        var idempotencyKey = new Option<string>("--idempotency-key") { Description = "Retrying with the same key returns the run the first attempt started, never a second run." };
        var watch = new Option<bool>("--watch") { Description = "Follow the run live (a bar per platform), then print the headline figures. Ctrl+C stops watching, not the run." };
        var command = new Command("start", CliContext.Describe(
            "Start an audit run.",
            "aeo audit start --watch",
            "aeo audit start --platform openai --platform perplexity --max-questions 40 --locale en-GB --max-cost 5",
            "aeo audit start --client 3f0c… --question \"Which CRM suits a 10-person agency?\" --json"))
        {
            client, idempotencyKey, watch,
        };
        fields.AddTo(command);
        context.OnServer(command, async call =>
        {
            var body = fields.ToJson(call.Parse);
            if (call.Parse.GetValue(client) is { } clientId)
            {
                body["clientId"] = clientId.ToString();
            }
            var headers = call.Parse.GetValue(idempotencyKey) is { } key ? new Dictionary<string, string> { ["Idempotency-Key"] = key } : null;
            var run = await call.Api.PostAsync("api/v1/audits", body, call.Ct, headers);
            var runId = run.Text("id");
            if (call.Parse.GetValue(watch))
            {
                if (!call.Json)
                {
                    call.Host.Console.MarkupLineInterpolated($"Started run [bold]{runId}[/].");
                }
                return await RunWatcher.WatchAsync(call, runId);
            }
            return call.Show(run, r =>
            {
                RunView.Render(call.Host.Console, r);
                call.Host.Console.MarkupLineInterpolated($"Follow it with [bold]aeo audit show {runId}[/].");
            });
        });
        return command;
    }

    private static Command ListCommand(CliContext context)
    {
        var status = new Option<string>("--status") { Description = "Only runs with this status: pending, running, completed, partially_completed, failed, cancelled." };
        var client = new Option<Guid?>("--client") { Description = "Only this client's runs (operator key)." };
        var paging = new PagingOptions();
        var command = new Command("list", CliContext.Describe("List runs, newest first.", "aeo audit list --status running", "aeo audit list --json --page-size 200")) { status, client };
        paging.AddTo(command);
        context.OnServer(command, async call =>
        {
            var path = AeoApiClient.WithQuery("api/v1/audits",
                [("status", call.Parse.GetValue(status)), ("clientId", call.Parse.GetValue(client)), .. paging.Query(call.Parse)]);
            var page = await call.Api.GetAsync(path, call.Ct);
            return call.Show(page, p =>
            {
                var table = new Table().Border(TableBorder.Rounded).AddColumns("Run", "Status", "Stage", "Answered", "Failed", "Work items", "Created");
                foreach (var run in p.Items())
                {
                    table.AddRow(run.Text("id"), RunView.Status(run.Text("status")), run.Text("stage").EscapeMarkup(),
                        run.Text("processed"), run.Text("failed"), run.Text("totalWorkItems"), run.When("createdAt"));
                }
                call.Host.Console.Write(table);
                PageFooter.Write(call.Host.Console, p);
            });
        });
        return command;
    }

    private static Command ShowCommand(CliContext context)
    {
        var id = new Argument<Guid>("run") { Description = "The run's id." };
        var command = new Command("show", CliContext.Describe(
            "Show a run's status and platforms; once it has answers, its headline figures too.", "aeo audit show 9b1e…", "aeo audit show 9b1e… --json")) { id };
        context.OnServer(command, async call =>
        {
            var runId = call.Parse.GetValue(id);
            var run = await call.Api.GetAsync($"api/v1/audits/{runId}", call.Ct);
            if (call.Json)
            {
                return call.Show(run, _ => { });
            }
            RunView.Render(call.Host.Console, run!);
            if ((run!["progress"].Number("processed") ?? 0) > 0)
            {
                call.Host.Console.Write(HeadlineTable.From((await call.Api.GetAsync($"api/v1/audits/{runId}/figures", call.Ct))!));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CancelCommand(CliContext context)
    {
        var id = new Argument<Guid>("run") { Description = "The run's id." };
        var command = new Command("cancel", CliContext.Describe("Cancel a run: no new question is handed out and it ends cancelled.", "aeo audit cancel 9b1e…")) { id };
        context.OnServer(command, async call =>
        {
            var run = await call.Api.PostAsync($"api/v1/audits/{call.Parse.GetValue(id)}/cancel", null, call.Ct);
            return call.Show(run, r => RunView.Render(call.Host.Console, r));
        });
        return command;
    }
}
