namespace Aeo.Cli.Tests.Commands;

/// <summary><c>aeo audit …</c> against the real API: watching a run to its end, JSON output, stopping the watch, cancelling.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuditCommandTests(ApiServer server) : IDisposable
{
    private static readonly string[] Ended = ["completed", "partially_completed", "failed", "cancelled"];

    private readonly CliRun cli = new(interactive: true);

    [Fact]
    public async Task Watch_shows_a_bar_per_platform_and_ends_with_the_headline_table()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Watch Co");

        var exit = await cli.RunAsync(server.Against(key, "audit", "start", "--watch", "--platform", "quick-a", "--platform", "quick-b", "--max-questions", "3"));

        Assert.Equal(0, exit);
        var output = cli.Output;
        Assert.Contains("quick-a", output);
        Assert.Contains("quick-b", output);
        Assert.Contains("100%", output);
        var headline = output.IndexOf("Headline:", StringComparison.Ordinal);
        Assert.True(headline > output.LastIndexOf("quick-b", headline, StringComparison.Ordinal), output);
        Assert.Contains("Watch Co (client)", output[headline..]);
        Assert.Contains("HubSpot", output[headline..]);

        var runId = output.Split("Started run ")[1][..36];
        using var http = server.Client(key);
        var run = await (await http.GetAsync($"/api/v1/audits/{runId}")).ReadAsync();
        Assert.Equal("completed", run["status"]!.GetValue<string>());
        Assert.Contains(run["status"]!.GetValue<string>(), output);
    }

    [Fact]
    public async Task Off_a_terminal_watching_prints_plain_text()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Plain Watch");
        using var plain = new CliRun(interactive: false);

        Assert.Equal(0, await plain.RunAsync(server.Against(key, "audit", "start", "--watch", "--platform", "quick-c", "--max-questions", "2")));

        Assert.DoesNotContain('\u001b', plain.Output);
        Assert.Contains("Headline:", plain.Output);
    }

    [Fact]
    public async Task Watch_with_json_prints_each_event_as_a_line_of_json_ending_with_the_ended_run()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Json Watch");

        Assert.Equal(0, await cli.RunAsync(server.Against(key, "audit", "start", "--watch", "--json", "--platform", "quick-a", "--max-questions", "2")));

        var events = cli.RawOut.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToArray();
        Assert.NotEmpty(events);
        Assert.Single(events.Select(e => e["id"]!.GetValue<string>()).Distinct());
        Assert.Equal("completed", events[^1]["status"]!.GetValue<string>());
        Assert.Equal("", cli.Output);
    }

    [Fact]
    public async Task Read_commands_print_json_that_parses()
    {
        var (clientId, key) = await TestClients.CreateAsync(server, "Json Co");
        Assert.Equal(0, await cli.RunAsync(server.Against(key, "audit", "start", "--platform", "quick-a", "--max-questions", "2", "--json")));
        var runId = JsonNode.Parse(cli.RawOut.ToString())!["id"]!.GetValue<string>();
        await WaitUntilEndedAsync(key, runId);

        var show = await JsonOfAsync(key, "audit", "show", runId);
        Assert.Equal("completed", show["status"]!.GetValue<string>());
        Assert.Equal(clientId, show["clientId"]!.GetValue<Guid>());

        var list = await JsonOfAsync(key, "audit", "list");
        Assert.Equal(runId, list["items"]!.AsArray().Single()!["id"]!.GetValue<string>());

        var answers = await JsonOfAsync(key, "audit", "answers", runId, "--platform", "quick-a", "--page-size", "1");
        Assert.Equal(2, answers["total"]!.GetValue<int>());
        Assert.Single(answers["items"]!.AsArray());

        var client = await JsonOfAsync(key, "clients", "show", clientId.ToString());
        Assert.Equal("Json Co", client["brand"]!["name"]!.GetValue<string>());
        Assert.Null(client["apiKey"]);

        Assert.NotEmpty((await JsonOfAsync(key, "platforms")).AsArray());
        Assert.Equal(0, (await JsonOfAsync(key, "dead-letters", "list", "--run", runId))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Answers_and_show_print_tables_of_the_run()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Table Co");
        Assert.Equal(0, await cli.RunAsync(server.Against(key, "audit", "start", "--platform", "quick-b", "--max-questions", "2", "--json")));
        var runId = JsonNode.Parse(cli.RawOut.ToString())!["id"]!.GetValue<string>();
        await WaitUntilEndedAsync(key, runId);

        using var show = new CliRun();
        Assert.Equal(0, await show.RunAsync(server.Against(key, "audit", "show", runId)));
        Assert.Contains("completed", show.Output);
        Assert.Contains("quick-b (simulated)", show.Output);
        Assert.Contains("Headline:", show.Output);

        using var answers = new CliRun();
        Assert.Equal(0, await answers.RunAsync(server.Against(key, "audit", "answers", runId)));
        Assert.Contains("quick-b", answers.Output);
        Assert.Contains("page 1 of 1 (2 in all)", answers.Output);
    }

    [Fact]
    public async Task Ctrl_C_stops_watching_but_not_the_run_and_cancel_cancels_it()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Stop Watch");
        using var ctrlC = new CancellationTokenSource();

        var watching = cli.RunAsync(server.Against(key, "audit", "start", "--watch", "--platform", "slow", "--max-questions", "10"), ctrlC.Token);
        await Eventually.UntilAsync(() => Task.FromResult(cli.Output), o => o.Contains("slow"), TimeSpan.FromSeconds(60), o => o);
        ctrlC.Cancel();

        Assert.Equal(0, await watching);
        var runId = cli.Output.Split("Started run ")[1][..36];
        Assert.Contains($"aeo audit cancel {runId}", cli.Output);
        using var http = server.Client(key);
        var run = await (await http.GetAsync($"/api/v1/audits/{runId}")).ReadAsync();
        Assert.DoesNotContain(run["status"]!.GetValue<string>(), Ended);

        using var cancel = new CliRun();
        Assert.Equal(0, await cancel.RunAsync(server.Against(key, "audit", "cancel", runId)));
        Assert.Contains("cancelled", cancel.Output);
        Assert.Equal(2, await cancel.RunAsync(server.Against(key, "audit", "cancel", Guid.NewGuid().ToString())));
    }

    private async Task<JsonNode> JsonOfAsync(string key, params string[] args)
    {
        using var run = new CliRun();
        Assert.Equal(0, await run.RunAsync(server.Against(key, [.. args, "--json"])));
        return JsonNode.Parse(run.RawOut.ToString())!;
    }

    private async Task WaitUntilEndedAsync(string key, string runId)
    {
        using var http = server.Client(key);
        await Runs.WaitUntilEndedAsync(http, $"/api/v1/audits/{runId}");
    }

    public void Dispose() => cli.Dispose();
}
