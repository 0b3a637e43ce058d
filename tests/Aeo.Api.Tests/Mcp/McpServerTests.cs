namespace Aeo.Api.Tests.Mcp;

/// <summary>The MCP server at /mcp through the SDK's own client: the tools it lists, each read and write tool against real runs, and its scoping by API key.</summary>
[Collection(ApiCollection.Name)]
public sealed class McpServerTests(ApiServer server)
{
    private static readonly string[] ReadTools =
        ["list_runs", "get_run", "compare_runs", "get_trends", "get_significant_changes", "get_discovered_competitors", "list_questions", "get_answers", "get_sources", "list_schedules", "platform_status", "analyze_answer"];

    private static readonly string[] WriteTools = ["start_audit", "cancel_run", "trigger_schedule"];

    [Fact]
    public async Task Lists_every_tool_with_a_description_and_an_input_schema_and_marks_the_writes()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Mcp Tools");
        await using var mcp = await McpSession.ConnectAsync(server, key);

        var tools = await mcp.Client.ListToolsAsync();

        Assert.Equal(ReadTools.Concat(WriteTools).Order(), tools.Select(t => t.Name).Order());
        foreach (var tool in tools)
        {
            Assert.True(tool.Description.Length > 60, tool.Name);
            Assert.Equal(WriteTools.Contains(tool.Name), tool.Description.StartsWith("WRITE", StringComparison.Ordinal));
            Assert.Equal(!WriteTools.Contains(tool.Name), tool.ProtocolTool.Annotations?.ReadOnlyHint == true);
        }
        var start = JsonNode.Parse(tools.Single(t => t.Name == "start_audit").JsonSchema.GetRawText())!;
        Assert.Contains("maxCostUsd", start["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.NotNull(start["properties"]!["platforms"]!["description"]);
        var answers = JsonNode.Parse(tools.Single(t => t.Name == "get_answers").JsonSchema.GetRawText())!;
        Assert.Equal(["runId"], answers["required"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Read_and_write_tools_work_on_real_runs()
    {
        var (clientId, key) = await TestClients.CreateAsync(server, "Mcp Brand");
        await using var mcp = await McpSession.ConnectAsync(server, key);

        var started = await mcp.CallAsync("start_audit", new() { ["maxCostUsd"] = 2.5m, ["platforms"] = new[] { "quick-a", "quick-b" }, ["maxQuestions"] = 3 });
        var runId = started["id"]!.GetValue<Guid>();
        Assert.Equal(clientId, started["clientId"]!.GetValue<Guid>());
        Assert.Equal(2.5m, started["budget"]!["limitUsd"]!.GetValue<decimal>());
        var run = await WaitUntilEndedAsync(mcp, runId);
        Assert.Equal("completed", run["status"]!.GetValue<string>());
        var headline = run["figures"]!;
        Assert.Equal("headline", headline["segment"]!.GetValue<string>());
        var client = headline["brands"]!.AsArray().Single(b => b!["isClient"]!.GetValue<bool>())!;
        Assert.Equal("Mcp Brand", client["brand"]!.GetValue<string>());
        Assert.NotNull(client["mentionRate"]!["value"]);

        var onPlatform = await mcp.CallAsync("get_run", new() { ["runId"] = runId, ["platform"] = "quick-b" });
        Assert.Equal("platform:quick-b", onPlatform["figures"]!["segment"]!.GetValue<string>());
        Assert.Contains("quick-a", await mcp.RefusedAsync("get_run", new() { ["runId"] = runId, ["platform"] = "slow" }));

        var runs = await mcp.CallAsync("list_runs", new() { ["status"] = "completed" });
        Assert.Equal(runId, runs["items"]!.AsArray().Single()!["id"]!.GetValue<Guid>());
        Assert.Equal(1, runs["total"]!.GetValue<int>());

        var questions = await mcp.CallAsync("list_questions", new() { ["runId"] = runId, ["pageSize"] = 2 });
        Assert.Equal(3, questions["total"]!.GetValue<int>());
        Assert.Equal(2, questions["items"]!.AsArray().Count);

        var answers = await mcp.CallAsync("get_answers", new() { ["runId"] = runId, ["questionOrdinal"] = 2 });
        Assert.Equal(2, answers["total"]!.GetValue<int>());
        foreach (var answer in answers["items"]!.AsArray())
        {
            Assert.Equal(2, answer!["questionOrdinal"]!.GetValue<int>());
            var text = answer["text"]!.GetValue<string>();
            foreach (var span in answer["mentions"]!.AsArray().SelectMany(m => m!["spans"]!.AsArray()))
            {
                Assert.Equal(span!["text"]!.GetValue<string>(), text.Substring(span["start"]!.GetValue<int>(), span["length"]!.GetValue<int>()));
            }
        }
        Assert.Contains(answers["items"]!.AsArray(), a => a!["mentions"]!.AsArray().Count > 0);
        var shortAnswer = (await mcp.CallAsync("get_answers", new() { ["runId"] = runId, ["platform"] = "quick-a", ["pageSize"] = 1, ["maxTextLength"] = 100 }))["items"]![0]!;
        Assert.Equal(100, shortAnswer["text"]!.GetValue<string>().Length);
        Assert.True(shortAnswer["truncated"]!.GetValue<bool>());
        Assert.All(shortAnswer["mentions"]!.AsArray().SelectMany(m => m!["spans"]!.AsArray()), span => Assert.True(span!["start"]!.GetValue<int>() + span["length"]!.GetValue<int>() <= 100));

        var sources = await mcp.CallAsync("get_sources", new() { ["runId"] = runId });
        Assert.Equal(runId, sources["runId"]!.GetValue<Guid>());
        Assert.Equal(sources["domains"]!["total"]!.GetValue<int>() > 0, sources["totalCited"]!.GetValue<int>() > 0);

        var second = await mcp.CallAsync("start_audit", new() { ["maxCostUsd"] = 1, ["platforms"] = new[] { "quick-c" }, ["maxQuestions"] = 3 });
        var secondId = second["id"]!.GetValue<Guid>();
        await WaitUntilEndedAsync(mcp, secondId);
        var comparison = await mcp.CallAsync("compare_runs", new() { ["runId"] = secondId, ["baselineRunId"] = runId, ["significantOnly"] = false, ["pageSize"] = 5 });
        Assert.Equal(runId, comparison["baselineRunId"]!.GetValue<Guid>());
        Assert.True(comparison["changes"]!["total"]!.GetValue<int>() > 5);
        Assert.Equal(5, comparison["changes"]!["items"]!.AsArray().Count);
        Assert.Contains(comparison["changes"]!["items"]![0]!["direction"]!.GetValue<string>(), new[] { "up", "down", "unchanged" });
    }

    [Fact]
    public async Task Schedules_platforms_analysis_and_cancel()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Mcp Schedules");
        using var http = server.Client(key);
        var created = await http.PostJsonAsync("/api/v1/schedules", new { name = "Daily", kind = "cron", cron = "@daily", audit = new { maxQuestions = 1, platforms = new[] { "quick-a" } } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var scheduleId = (await created.ReadAsync())["id"]!.GetValue<Guid>();
        await using var mcp = await McpSession.ConnectAsync(server, key);

        var schedules = await mcp.CallAsync("list_schedules");
        Assert.Equal(scheduleId, schedules["items"]!.AsArray().Single()!["id"]!.GetValue<Guid>());
        var execution = await mcp.CallAsync("trigger_schedule", new() { ["scheduleId"] = scheduleId });
        Assert.Equal("manual", execution["trigger"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/v1/audits/{execution["auditRunId"]!.GetValue<Guid>()}")).StatusCode);

        var (_, otherKey) = await TestClients.CreateAsync(server, "Mcp Schedules Other");
        await using (var other = await McpSession.ConnectAsync(server, otherKey))
        {
            Assert.Contains("No such schedule", await other.RefusedAsync("trigger_schedule", new() { ["scheduleId"] = scheduleId }));
            Assert.Equal(0, (await other.CallAsync("list_schedules"))["total"]!.GetValue<int>());
        }

        var platforms = (await mcp.CallAsync("platform_status")).AsArray();
        var quick = platforms.Single(p => p!["name"]!.GetValue<string>() == "quick-a")!;
        Assert.True(quick["simulated"]!.GetValue<bool>());
        Assert.Equal("available", quick["availability"]!.GetValue<string>());

        var analysis = await mcp.CallAsync("analyze_answer", new()
        {
            ["text"] = "1. **HubSpot** is the best choice for small teams. 2. Salesforce scales further. https://www.hubspot.com/pricing",
            ["brands"] = new[] { "HubSpot", "Salesforce" },
            ["brandDomains"] = new[] { "HubSpot=hubspot.com" },
        });
        var mentions = analysis["mentions"]!.AsArray();
        Assert.Equal(["HubSpot", "Salesforce"], mentions.Select(m => m!["brand"]!.GetValue<string>()));
        Assert.Equal(1, mentions[0]!["rank"]!.GetValue<int>());
        Assert.Equal("cited", analysis["brandCitations"]!.AsArray().Single(b => b!["brand"]!.GetValue<string>() == "HubSpot")!["status"]!.GetValue<string>());
        Assert.Contains("brands", await mcp.RefusedAsync("analyze_answer", new() { ["text"] = "x", ["brands"] = Array.Empty<string>() }));

        var slow = await mcp.CallAsync("start_audit", new() { ["maxCostUsd"] = 1, ["platforms"] = new[] { "slow" }, ["maxQuestions"] = 10 });
        var cancelled = await mcp.CallAsync("cancel_run", new() { ["runId"] = slow["id"]!.GetValue<Guid>() });
        Assert.Equal("cancelled", cancelled["status"]!.GetValue<string>());
        Assert.Contains("maxCostUsd", await mcp.RefusedAsync("start_audit", new() { ["maxCostUsd"] = 0, ["platforms"] = new[] { "slow" } }));
    }

    [Fact]
    public async Task Another_clients_key_cannot_see_or_touch_the_run()
    {
        var (_, ownerKey) = await TestClients.CreateAsync(server, "Mcp Owner");
        var (_, otherKey) = await TestClients.CreateAsync(server, "Mcp Other");
        await using var owner = await McpSession.ConnectAsync(server, ownerKey);
        var runId = (await owner.CallAsync("start_audit", new() { ["maxCostUsd"] = 1, ["platforms"] = new[] { "slow" }, ["maxQuestions"] = 5 }))["id"]!.GetValue<Guid>();
        await using var other = await McpSession.ConnectAsync(server, otherKey);

        Assert.Contains("No such run", await other.RefusedAsync("get_run", new() { ["runId"] = runId }));
        Assert.Contains("No such run", await other.RefusedAsync("get_answers", new() { ["runId"] = runId }));
        Assert.Contains("No such run", await other.RefusedAsync("get_sources", new() { ["runId"] = runId }));
        Assert.Contains("No such run", await other.RefusedAsync("list_questions", new() { ["runId"] = runId }));
        Assert.Contains("No such run", await other.RefusedAsync("cancel_run", new() { ["runId"] = runId }));
        Assert.Contains("No such", await other.RefusedAsync("compare_runs", new() { ["runId"] = runId, ["baselineRunId"] = runId }));
        Assert.Equal(0, (await other.CallAsync("list_runs"))["total"]!.GetValue<int>());

        var stillRunning = await owner.CallAsync("get_run", new() { ["runId"] = runId });
        Assert.NotEqual("cancelled", stillRunning["status"]!.GetValue<string>());
        await owner.CallAsync("cancel_run", new() { ["runId"] = runId });
    }

    [Fact]
    public async Task A_missing_or_unknown_key_is_refused()
    {
        using var http = server.Client(apiKey: null);
        var response = await http.PostRawAsync("/mcp", """{"jsonrpc":"2.0","id":1,"method":"tools/list"}""");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);

        await Assert.ThrowsAnyAsync<Exception>(async () => await (await McpSession.ConnectAsync(server, apiKey: null)).DisposeAsync());
        await Assert.ThrowsAnyAsync<Exception>(async () => await (await McpSession.ConnectAsync(server, "aeo_unknown")).DisposeAsync());
    }

    private static Task<JsonNode> WaitUntilEndedAsync(McpSession mcp, Guid runId) =>
        Eventually.UntilAsync(
            () => mcp.CallAsync("get_run", new() { ["runId"] = runId }),
            run => run["status"]!.GetValue<string>() is "completed" or "partially_completed" or "failed" or "cancelled",
            TimeSpan.FromMinutes(2),
            run => run.ToJsonString());
}
