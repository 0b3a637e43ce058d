namespace Aeo.Api.Tests.Mcp;

/// <summary>
/// get_trends and get_significant_changes through the SDK's MCP client, against three runs of one client: two alike and
/// a third with fewer questions, which breaks every series. Each tool answers what the HTTP API answers, smaller.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class McpTrendAndChangeToolsTests(ApiServer server)
{
    [Fact]
    public async Task Trends_are_the_http_series_paged_and_cut_to_the_latest_points_with_the_break()
    {
        var (clientId, key, runs) = await ThreeRunsAsync("Mcp Trend");
        using var http = server.Client(key);
        var served = (await (await http.GetAsync($"/api/v1/clients/{clientId}/trends?metric=share_of_voice")).ReadAsync())["series"]!.AsArray();
        await using var mcp = await McpSession.ConnectAsync(server, key);

        var trends = await mcp.CallAsync("get_trends", new() { ["metric"] = "share_of_voice", ["pageSize"] = 50 });

        Assert.Equal(clientId, trends["clientId"]!.GetValue<Guid>());
        Assert.Equal("non_branded", trends["segment"]!.GetValue<string>());
        var series = trends["series"]!["items"]!.AsArray();
        Assert.Equal(served.Count, trends["series"]!["total"]!.GetValue<int>());
        Assert.Equal(served.Count, series.Count);
        for (var i = 0; i < served.Count; i++)
        {
            Assert.Equal(served[i]!["brand"]!.GetValue<string>(), series[i]!["brand"]!.GetValue<string>());
            Assert.Equal(served[i]!["platform"]?.GetValue<string>(), series[i]!["platform"]?.GetValue<string>());
            var points = series[i]!["points"]!.AsArray();
            Assert.Equal(runs, points.Select(p => p!["runId"]!.GetValue<Guid>()));
            foreach (var (point, expected) in points.Zip(served[i]!["points"]!.AsArray()))
            {
                Assert.Equal(Math.Round(expected!["value"]!.GetValue<double>(), 4), point!["value"]!.GetValue<double>());
                Assert.Equal(expected["answers"]!.GetValue<int>(), point["answers"]!.GetValue<int>());
                Assert.Null(point["setupId"]);
            }
            var split = Assert.Single(series[i]!["breaks"]!.AsArray())!;
            Assert.Equal(runs[2], split["runId"]!.GetValue<Guid>());
            Assert.Equal(["questions"], split["changed"]!.AsArray().Select(c => c!.GetValue<string>()));
        }
        Assert.True(series[0]!["isClient"]!.GetValue<bool>());

        var latest = await mcp.CallAsync("get_trends", new() { ["brand"] = "HubSpot", ["platform"] = "quick-b", ["maxPoints"] = 2 });
        var one = Assert.Single(latest["series"]!["items"]!.AsArray())!;
        Assert.Equal(3, one["totalPoints"]!.GetValue<int>());
        Assert.Equal(runs[1..], one["points"]!.AsArray().Select(p => p!["runId"]!.GetValue<Guid>()));
        var paged = await mcp.CallAsync("get_trends", new() { ["page"] = 2, ["pageSize"] = 2 });
        Assert.Equal(2, paged["series"]!["items"]!.AsArray().Count);
        Assert.Equal(served[2]!["brand"]!.GetValue<string>(), paged["series"]!["items"]![0]!["brand"]!.GetValue<string>());

        Assert.Contains("metric", await mcp.RefusedAsync("get_trends", new() { ["metric"] = "loudness" }));
        Assert.Contains("maxPoints", await mcp.RefusedAsync("get_trends", new() { ["maxPoints"] = 0 }));
    }

    [Fact]
    public async Task Trends_are_scoped_by_key_and_the_operator_names_the_client()
    {
        var (clientId, _, _) = await ThreeRunsAsync("Mcp Trend Scope");
        var (_, otherKey) = await TestClients.CreateAsync(server, "Mcp Trend Other");

        await using (var other = await McpSession.ConnectAsync(server, otherKey))
        {
            Assert.Contains("No such client", await other.RefusedAsync("get_trends", new() { ["clientId"] = clientId }));
            Assert.Equal(0, (await other.CallAsync("get_trends"))["series"]!["total"]!.GetValue<int>());
        }
        await using var operatorMcp = await McpSession.ConnectAsync(server, ApiServer.OperatorKey);
        Assert.Contains("clientId", await operatorMcp.RefusedAsync("get_trends", []));
        Assert.True((await operatorMcp.CallAsync("get_trends", new() { ["clientId"] = clientId }))["series"]!["total"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Significant_changes_are_the_http_changes_significant_first_and_scoped_by_key()
    {
        var (_, key, runs) = await ThreeRunsAsync("Mcp Changes");
        using var http = server.Client(key);
        var served = await (await http.GetAsync($"/api/v1/audits/{runs[1]}/changes?segment=all")).ReadAsync();
        await using var mcp = await McpSession.ConnectAsync(server, key);

        var all = await mcp.CallAsync("get_significant_changes", new() { ["runId"] = runs[1], ["segment"] = "all", ["significantOnly"] = false, ["pageSize"] = 100 });

        Assert.Equal(runs[0], all["baselineRunId"]!.GetValue<Guid>());
        Assert.Equal(served["tested"]!.GetValue<int>(), all["tested"]!.GetValue<int>());
        Assert.Equal(served["paired"]!.GetValue<bool>(), all["paired"]!.GetValue<bool>());
        var listed = all["changes"]!["items"]!.AsArray();
        Assert.Equal(served["changes"]!.AsArray().Count, all["changes"]!["total"]!.GetValue<int>());
        Assert.Equal(
            served["changes"]!.AsArray().Select(c => c!["sentence"]!.GetValue<string>()).Order(StringComparer.Ordinal),
            listed.Select(c => c!["sentence"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var significance = listed.Select(c => c!["significant"]!.GetValue<bool>()).ToArray();
        Assert.Equal(significance.OrderByDescending(s => s), significance);

        var significantOnly = await mcp.CallAsync("get_significant_changes", new() { ["runId"] = runs[1], ["segment"] = "all" });
        Assert.Equal(served["significant"]!.GetValue<int>(), significantOnly["changes"]!["total"]!.GetValue<int>());
        Assert.All(significantOnly["changes"]!["items"]!.AsArray(), c => Assert.True(c!["significant"]!.GetValue<bool>()));
        var page = await mcp.CallAsync("get_significant_changes", new() { ["runId"] = runs[1], ["significantOnly"] = false, ["pageSize"] = 3 });
        Assert.Equal(3, page["changes"]!["items"]!.AsArray().Count);

        var first = await mcp.CallAsync("get_significant_changes", new() { ["runId"] = runs[0] });
        Assert.Null(first["baselineRunId"]);
        Assert.False(string.IsNullOrEmpty(first["reason"]!.GetValue<string>()));
        Assert.Contains("falseDiscoveryRate", await mcp.RefusedAsync("get_significant_changes", new() { ["runId"] = runs[1], ["falseDiscoveryRate"] = 1.5 }));
        Assert.Contains("segment", await mcp.RefusedAsync("get_significant_changes", new() { ["runId"] = runs[1], ["segment"] = "pricing" }));

        var slow = await mcp.CallAsync("start_audit", new() { ["maxCostUsd"] = 1, ["platforms"] = new[] { "slow" }, ["maxQuestions"] = 5 });
        Assert.Contains("once it ends", await mcp.RefusedAsync("get_significant_changes", new() { ["runId"] = slow["id"]!.GetValue<Guid>() }));
        await mcp.CallAsync("cancel_run", new() { ["runId"] = slow["id"]!.GetValue<Guid>() });

        var (_, otherKey) = await TestClients.CreateAsync(server, "Mcp Changes Other");
        await using var other = await McpSession.ConnectAsync(server, otherKey);
        Assert.Contains("No such run", await other.RefusedAsync("get_significant_changes", new() { ["runId"] = runs[1] }));
    }

    /// <summary>Two alike runs and a third with one question fewer, on quick-a and quick-b.</summary>
    private async Task<(Guid ClientId, string Key, Guid[] Runs)> ThreeRunsAsync(string brand)
    {
        var (clientId, key) = await TestClients.CreateAsync(server, brand);
        using var http = server.Client(key);
        var runs = new List<Guid>();
        foreach (var questions in new[] { 3, 3, 2 })
        {
            var started = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "quick-a", "quick-b" }, maxQuestions = questions });
            Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
            runs.Add((await Runs.WaitUntilEndedAsync(http, started.Headers.Location!.ToString()))["id"]!.GetValue<Guid>());
        }
        return (clientId, key, [.. runs]);
    }
}
