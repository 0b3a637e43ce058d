namespace Aeo.Cli.Tests.Commands;

/// <summary><c>aeo clients create</c> and <c>aeo schedules …</c> against the real API.</summary>
[Collection(ApiCollection.Name)]
public sealed class ScheduleAndClientCommandTests(ApiServer server) : IDisposable
{
    private readonly CliRun cli = new();

    [Fact]
    public async Task Clients_create_sends_the_brand_and_competitors_and_shows_the_key_once()
    {
        var exit = await cli.RunAsync(server.Against(ApiServer.OperatorKey, "clients", "create", "--name", "Northwind Demo", "--industry", "CRM",
            "--brand", "Northwind CRM=northwindcrm.com", "--alias", "Northwind", "--competitor", "HubSpot=hubspot.com,hs.com", "--competitor", "Salesforce"));

        Assert.Equal(0, exit);
        var key = cli.Output.Split("store it now):")[1].Trim();
        Assert.StartsWith("aeo_", key);
        using var http = server.Client(key);
        var id = cli.Output.Split('\n').First(l => l.Contains("Id")).Split('│', StringSplitOptions.TrimEntries)[2];
        var client = await (await http.GetAsync($"/api/v1/clients/{id}")).ReadAsync();
        Assert.Equal("northwindcrm.com", client["brand"]!["domains"]![0]!.GetValue<string>());
        Assert.Equal("Northwind", client["brand"]!["aliases"]![0]!.GetValue<string>());
        Assert.Equal(["hubspot.com", "hs.com"], client["competitors"]![0]!["domains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("Salesforce", client["competitors"]![1]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Clients_create_with_a_client_key_is_refused()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Not Operator");

        Assert.Equal(2, await cli.RunAsync(server.Against(key, "clients", "create", "--name", "X", "--industry", "CRM", "--brand", "X")));
        Assert.Contains("403", cli.ErrorOutput);
    }

    [Fact]
    public async Task Schedules_create_list_pause_resume_and_trigger()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Schedule Co");

        var created = await JsonOfAsync(key, "schedules", "create", "--name", "Weekly", "--cron", "0 6 * * 1", "--time-zone", "Europe/Dublin",
            "--platform", "quick-a", "--max-questions", "2", "--missed-policy", "skip");
        var id = created["id"]!.GetValue<string>();
        Assert.Equal("cron", created["kind"]!.GetValue<string>());
        Assert.Equal("Europe/Dublin", created["timeZone"]!.GetValue<string>());
        Assert.Equal(2, created["audit"]!["maxQuestions"]!.GetValue<int>());

        Assert.Equal(id, (await JsonOfAsync(key, "schedules", "list"))["items"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("paused", (await JsonOfAsync(key, "schedules", "pause", id))["status"]!.GetValue<string>());
        Assert.Equal("active", (await JsonOfAsync(key, "schedules", "resume", id))["status"]!.GetValue<string>());

        var execution = await JsonOfAsync(key, "schedules", "trigger", id);
        Assert.Equal("manual", execution["trigger"]!.GetValue<string>());
        using var http = server.Client(key);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync($"/api/v1/audits/{execution["auditRunId"]!.GetValue<string>()}")).StatusCode);

        Assert.Equal(0, await cli.RunAsync(server.Against(key, "schedules", "show", id)));
        Assert.Contains("cron 0 6 * * 1 (Europe/Dublin)", cli.Output);
    }

    [Fact]
    public async Task Schedules_create_needs_exactly_one_timing()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Schedule Timing");

        Assert.Equal(1, await cli.RunAsync(server.Against(key, "schedules", "create", "--name", "Both", "--cron", "@daily", "--interval", "01:00:00")));
        Assert.Equal(2, await cli.RunAsync(server.Against(key, "schedules", "create", "--name", "Too often", "--interval", "00:00:01")));
        Assert.Contains("interval", cli.ErrorOutput);
    }

    [Fact]
    public async Task Dead_letters_reprocess_sends_the_run_or_the_ids_and_prints_the_refusal()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Reprocess Co");
        var unknownRun = Guid.NewGuid().ToString();

        Assert.Equal(1, await cli.RunAsync(server.Against(key, "dead-letters", "reprocess", "--run", unknownRun, "--id", Guid.NewGuid().ToString())));
        Assert.Equal(1, await cli.RunAsync(server.Against(key, "dead-letters", "reprocess")));
        Assert.Equal(2, await cli.RunAsync(server.Against(key, "dead-letters", "reprocess", "--run", unknownRun)));
        Assert.Contains("404", cli.ErrorOutput);
        Assert.Equal(2, await cli.RunAsync(server.Against(key, "dead-letters", "reprocess", "--id", unknownRun)));
        Assert.Contains("ids[0]:", cli.ErrorOutput);
    }

    private async Task<JsonNode> JsonOfAsync(string key, params string[] args)
    {
        using var run = new CliRun();
        var exit = await run.RunAsync(server.Against(key, [.. args, "--json"]));
        Assert.True(exit == 0, run.ErrorOutput);
        return JsonNode.Parse(run.RawOut.ToString())!;
    }

    public void Dispose() => cli.Dispose();
}
