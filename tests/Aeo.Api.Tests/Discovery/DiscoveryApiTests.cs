using Aeo.FakeProviders;
using Aeo.FakeProviders.Perplexity;

namespace Aeo.Api.Tests.Discovery;

/// <summary>
/// Runs against a Perplexity-shaped provider on loopback whose every answer lists brands the client does not track,
/// beside tracked ones and generic headings, and cites their sites: what the run stored when it ended, the run and
/// client views, adding a discovered brand as a competitor, and the next run tracking it.
/// </summary>
public sealed class DiscoveryApiTests : IAsyncLifetime
{
    private const string Brand = "Disco Probe";
    private const string Platform = "disco";

    private const string AnswerText = """
        Here is an overview of the CRMs small agencies compare most often.

        ## Top picks

        1. **Pipedrive** – a visual pipeline that sales teams pick up in a day.
        2. **HubSpot**: a free tier and strong marketing tools.
        3. **Zoho CRM** - cheap and broad, with deep customisation.

        | Option | Best for | Starting price |
        | --- | --- | --- |
        | Pipedrive CRM | Small teams | From $14/user/month |
        | Freshsales | Phone-heavy sales | From $9/user/month |

        ### Pricing

        Pricing climbs with seats, so check the pricing page before you commit.
        """;

    private readonly ApiServer api = new();
    private FakeProviderServer provider = null!;
    private Guid clientId;
    private string key = "";
    private Guid firstRun;
    private long storedAtEnd;

    public async Task InitializeAsync()
    {
        provider = await FakeProviderServer.StartAsync(_ => PerplexityReplies.Answer(
            "sonar", 120, 240, null, AnswerText,
            ["https://www.pipedrive.com/en/pricing", "https://www.hubspot.com/products/crm", "https://www.zoho.com/crm/", "https://www.g2.com/categories/crm"]));
        await api.StartAsync(
        [
            $"--Aeo:Platforms:{Platform}:Kind=perplexity",
            $"--Aeo:Platforms:{Platform}:BaseUrl={provider.BaseUrl}",
            $"--Aeo:Platforms:{Platform}:ApiKey=pplx-test-disco-5ecret",
            $"--Aeo:Platforms:{Platform}:Model=sonar",
            $"--Aeo:Platforms:{Platform}:RequestsPerMinute=6000",
            $"--Aeo:Platforms:{Platform}:TimeoutSeconds=30",
            "--Aeo:Discovery:AlertShare=0.5",
            "--Aeo:Webhooks:AllowedHosts:0=127.0.0.1",
        ]);
        (clientId, key) = await TestClients.CreateAsync(api, Brand);
        using var http = api.Client(key);
        firstRun = await RunAsync(http);
        storedAtEnd = await api.CountAsync("select count(*) from discovered_brands where run_id = @p", firstRun);
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        await provider.DisposeAsync();
    }

    [Fact]
    public async Task A_runs_untracked_brands_are_stored_when_it_ends_merged_and_rated_over_its_non_branded_answers()
    {
        Assert.True(storedAtEnd > 0, "The run's discovery should be stored when it ends, before anyone asks for it.");
        using var http = api.Client(key);
        var body = await GetOkAsync(http, $"/api/v1/audits/{firstRun}/discovered-brands");
        var nonBranded = await api.CountAsync(
            "select count(*) from responses r join questions q on q.id = r.question_id where r.audit_run_id = @p and q.question_type = 'non_branded'",
            firstRun);
        Assert.True(nonBranded > 0);
        Assert.Equal(nonBranded, body["nonBrandedAnswers"]!.GetValue<int>());
        Assert.Equal(firstRun, body["runId"]!.GetValue<Guid>());
        Assert.Equal(0.5, body["alertShare"]!.GetValue<double>());

        var items = body["brands"]!["items"]!.AsArray();
        var keys = items.Select(b => b!["key"]!.GetValue<string>()).ToList();
        Assert.Equal(["freshsales", "g2", "pipedrive", "zoho"], keys.Order(StringComparer.Ordinal));

        var pipedrive = items.Single(b => b!["key"]!.GetValue<string>() == "pipedrive")!;
        Assert.Equal("Pipedrive", pipedrive["name"]!.GetValue<string>());
        Assert.Equal(["Pipedrive", "Pipedrive CRM"], pipedrive["variants"]!.AsArray().Select(v => v!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(["pipedrive.com"], pipedrive["domains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(nonBranded, pipedrive["answers"]!.GetValue<int>());
        Assert.Equal(nonBranded, pipedrive["citedAnswers"]!.GetValue<int>());
        var rate = pipedrive["rate"]!;
        Assert.Equal(1.0, rate["value"]!.GetValue<double>());
        Assert.InRange(rate["lower"]!.GetValue<double>(), 0.0, 0.999);
        Assert.Equal(1.0, rate["upper"]!.GetValue<double>());
        Assert.Equal([Platform], pipedrive["platforms"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(firstRun, pipedrive["firstSeen"]!["runId"]!.GetValue<Guid>());
        var sample = Assert.Single(pipedrive["samples"]!.AsArray(), s => s!["text"]!.GetValue<string>().StartsWith("Pipedrive –", StringComparison.Ordinal));
        Assert.Equal(Platform, sample!["platform"]!.GetValue<string>());
        Assert.True(pipedrive["newlyCrossed"]!.GetValue<bool>());

        // Paged: one per page, the same total.
        var page = await GetOkAsync(http, $"/api/v1/audits/{firstRun}/discovered-brands?page=2&pageSize=1");
        Assert.Equal(4, page["brands"]!["total"]!.GetValue<int>());
        Assert.Equal(keys[1], Assert.Single(page["brands"]!["items"]!.AsArray())!["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_run_that_ended_before_discovery_was_stored_is_computed_on_first_request_and_stored()
    {
        using var http = api.Client(key);
        var before = await GetOkAsync(http, $"/api/v1/audits/{firstRun}/discovered-brands");
        await api.ScalarAsync("delete from run_discoveries where run_id = @p", firstRun);
        Assert.Equal(0, await api.CountAsync("select count(*) from discovered_brands where run_id = @p", firstRun));

        var after = await GetOkAsync(http, $"/api/v1/audits/{firstRun}/discovered-brands");
        Assert.Equal(before["brands"]!.ToJsonString(), after["brands"]!.ToJsonString());
        Assert.Equal(storedAtEnd, await api.CountAsync("select count(*) from discovered_brands where run_id = @p", firstRun));
    }

    [Fact]
    public async Task A_brand_newly_crossing_the_alert_share_is_announced_once_through_the_webhook_outbox()
    {
        var (probeId, probeKey) = await TestClients.CreateAsync(api, "Disco Herald");
        using var http = api.Client(probeKey);
        var subscribed = await http.PostJsonAsync("/api/v1/webhooks", new { url = new Uri(provider.BaseUrl, "hooks").ToString(), events = new[] { "competitor.discovered" } });
        Assert.Equal(HttpStatusCode.Created, subscribed.StatusCode);
        const string announced = "select count(*) from webhook_events where client_id = @p and type = 'competitor.discovered'";

        var run = await RunAsync(http);
        var view = await GetOkAsync(http, $"/api/v1/audits/{run}/discovered-brands");
        var crossed = view["brands"]!["items"]!.AsArray()
            .Where(b => b!["newlyCrossed"]!.GetValue<bool>()).Select(b => b!["key"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(crossed);
        var keys = (string?)await api.ScalarAsync(
            "select string_agg(data->>'key', ',' order by data->>'key' collate \"C\") from webhook_events where client_id = @p and type = 'competitor.discovered'",
            probeId);
        Assert.Equal(string.Join(',', crossed), keys);
        Assert.Equal(crossed.Count, await api.CountAsync(
            "select count(*) from webhook_deliveries d join webhook_events e on e.id = d.event_id where e.client_id = @p", probeId));

        // Stored again on request, the run announces nothing more; a later run with the same brands announces none.
        await api.ScalarAsync("delete from run_discoveries where run_id = @p", run);
        await GetOkAsync(http, $"/api/v1/audits/{run}/discovered-brands");
        await RunAsync(http);
        Assert.Equal(crossed.Count, await api.CountAsync(announced, probeId));
    }

    [Fact]
    public async Task Another_clients_key_sees_nothing_and_bad_queries_name_their_field()
    {
        var (otherId, otherKey) = await TestClients.CreateAsync(api, "Disco Other");
        using var other = api.Client(otherKey);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/audits/{firstRun}/discovered-brands")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/clients/{clientId}/discovered-brands")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostJsonAsync($"/api/v1/clients/{clientId}/competitors", new { name = "Nope" })).StatusCode);
        var own = await GetOkAsync(other, $"/api/v1/clients/{otherId}/discovered-brands");
        Assert.Empty(own["runs"]!.AsArray());
        Assert.Equal(0, own["brands"]!["total"]!.GetValue<int>());
        using var @operator = api.Client(ApiServer.OperatorKey);
        Assert.Equal(HttpStatusCode.NotFound, (await @operator.GetAsync($"/api/v1/audits/{Guid.NewGuid()}/discovered-brands")).StatusCode);

        using var http = api.Client(key);
        await ProblemAssert.ValidationProblemAsync(await http.GetAsync($"/api/v1/audits/{firstRun}/discovered-brands?pageSize=0"), "pageSize");
        await ProblemAssert.ValidationProblemAsync(await http.GetAsync($"/api/v1/clients/{clientId}/discovered-brands?runs=0"), "runs");
        await ProblemAssert.ValidationProblemAsync(await http.GetAsync($"/api/v1/clients/{clientId}/discovered-brands?runs=many"), "runs");
        await ProblemAssert.ValidationProblemAsync(await http.GetAsync($"/api/v1/clients/{clientId}/discovered-brands?page=0"), "page");
    }

    [Fact]
    public async Task Adding_a_discovered_brand_as_a_competitor_is_checked_and_the_next_run_tracks_it()
    {
        var (probeId, probeKey) = await TestClients.CreateAsync(api, "Disco Adder");
        using var http = api.Client(probeKey);
        var competitors = $"/api/v1/clients/{probeId}/competitors";
        var updatedAt = await api.ScalarAsync("select updated_at from clients where id = @p", probeId);

        // Bad bodies: 400 naming the field, nothing written.
        await ProblemAssert.ValidationProblemAsync(await http.PostJsonAsync(competitors, new { aliases = new[] { "x" } }), "name");
        await ProblemAssert.ValidationProblemAsync(await http.PostJsonAsync(competitors, new { name = "Zoho", domains = new[] { "not a domain" } }), "domains[0]");
        await ProblemAssert.ValidationProblemAsync(await http.PostJsonAsync(competitors, new { name = "Zoho", colour = "red" }), "colour");
        await ProblemAssert.ValidationProblemAsync(await http.PostJsonAsync(competitors, new { name = new string('z', 101) }), "name");
        await ProblemAssert.ValidationProblemAsync(await http.PostRawAsync(competitors, "[]"), "body");
        Assert.Equal(2, await api.CountAsync("select jsonb_array_length(competitors) from clients where id = @p", probeId));
        Assert.Equal(updatedAt, await api.ScalarAsync("select updated_at from clients where id = @p", probeId));

        // Already tracked, under any name or domain: 409, nothing written.
        foreach (var tracked in new object[] { new { name = "hubspot" }, new { name = "Disco Adder" }, new { name = "Hubby", aliases = new[] { "Hub Spot" } },
                     new { name = "SF", domains = new[] { "salesforce.com" } } })
        {
            Assert.Equal(HttpStatusCode.Conflict, (await http.PostJsonAsync(competitors, tracked)).StatusCode);
        }
        Assert.Equal(2, await api.CountAsync("select jsonb_array_length(competitors) from clients where id = @p", probeId));

        var earlier = await RunAsync(http);
        Assert.Contains("pipedrive", await ClientViewKeysAsync(http, probeId));

        var added = await http.PostJsonAsync(competitors, new { name = "Pipedrive", aliases = new[] { "Pipedrive CRM" }, domains = new[] { "pipedrive.com" } });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var client = await added.ReadAsync();
        Assert.Equal(["HubSpot", "Salesforce", "Pipedrive"], client["competitors"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Conflict, (await http.PostJsonAsync(competitors, new { name = "PIPEDRIVE" })).StatusCode);

        // The client view leaves out what the client tracks now; the earlier run's own view keeps its snapshot.
        Assert.DoesNotContain("pipedrive", await ClientViewKeysAsync(http, probeId));
        Assert.Contains("zoho", await ClientViewKeysAsync(http, probeId));
        var earlierView = await GetOkAsync(http, $"/api/v1/audits/{earlier}/discovered-brands");
        Assert.Contains(earlierView["brands"]!["items"]!.AsArray(), b => b!["key"]!.GetValue<string>() == "pipedrive");

        // A run started afterwards tracks it: it has figures, and it is no discovery of that run.
        var later = await RunAsync(http);
        var figures = await GetOkAsync(http, $"/api/v1/audits/{later}/figures");
        var mentionRate = figures["figures"]!["overall"]!["brands"]!["Pipedrive"]!["mentionRate"]!["value"]!.GetValue<double>();
        Assert.True(mentionRate > 0, $"Pipedrive should be found in the answers of the later run, got {mentionRate}.");
        var laterView = await GetOkAsync(http, $"/api/v1/audits/{later}/discovered-brands");
        var laterItems = laterView["brands"]!["items"]!.AsArray();
        Assert.DoesNotContain(laterItems, b => b!["key"]!.GetValue<string>() == "pipedrive");

        // Zoho crossed the alert share in the earlier run, so it is not new in the later one.
        Assert.True(earlierView["brands"]!["items"]!.AsArray().Single(b => b!["key"]!.GetValue<string>() == "zoho")!["newlyCrossed"]!.GetValue<bool>());
        Assert.False(laterItems.Single(b => b!["key"]!.GetValue<string>() == "zoho")!["newlyCrossed"]!.GetValue<bool>());
        Assert.Equal(1, await api.CountAsync(
            "select count(*) from discovered_brands d join audit_runs r on r.id = d.run_id where r.client_id = @p and d.brand_key = 'zoho' and d.newly_crossed",
            probeId));

        var overTwo = await GetOkAsync(http, $"/api/v1/clients/{probeId}/discovered-brands?runs=2");
        Assert.Equal([earlier, later], overTwo["runs"]!.AsArray().Select(r => r!.GetValue<Guid>()));
        var zoho = overTwo["brands"]!["items"]!.AsArray().Single(b => b!["key"]!.GetValue<string>() == "zoho")!;
        Assert.Equal(overTwo["nonBrandedAnswers"]!.GetValue<int>(), zoho["answers"]!.GetValue<int>());
        Assert.Equal(earlier, zoho["firstSeen"]!["runId"]!.GetValue<Guid>());
        var lastOnly = await GetOkAsync(http, $"/api/v1/clients/{probeId}/discovered-brands?runs=1");
        Assert.Equal([later], lastOnly["runs"]!.AsArray().Select(r => r!.GetValue<Guid>()));
    }

    [Fact]
    public async Task The_mcp_tool_reads_a_runs_and_the_clients_discovered_competitors_scoped_to_the_key()
    {
        await using var mcp = await McpSession.ConnectAsync(api, key);
        var tools = await mcp.Client.ListToolsAsync();
        Assert.True(tools.Single(t => t.Name == "get_discovered_competitors").ProtocolTool.Annotations!.ReadOnlyHint);

        var run = await mcp.CallAsync("get_discovered_competitors", new() { ["runId"] = firstRun, ["pageSize"] = 2 });
        Assert.Equal(firstRun, run["runId"]!.GetValue<Guid>());
        Assert.Equal(4, run["brands"]!["total"]!.GetValue<int>());
        Assert.Equal(2, run["brands"]!["items"]!.AsArray().Count);
        using var http = api.Client(key);
        var overHttp = await GetOkAsync(http, $"/api/v1/audits/{firstRun}/discovered-brands?pageSize=2");
        Assert.Equal(overHttp["brands"]!.ToJsonString(), run["brands"]!.ToJsonString());

        var client = await mcp.CallAsync("get_discovered_competitors");
        Assert.Equal(clientId, client["clientId"]!.GetValue<Guid>());
        Assert.Equal([firstRun], client["runs"]!.AsArray().Select(r => r!.GetValue<Guid>()));
        Assert.Contains(client["brands"]!["items"]!.AsArray(), b => b!["key"]!.GetValue<string>() == "pipedrive");
        Assert.Contains("runs", await mcp.RefusedAsync("get_discovered_competitors", new() { ["runs"] = 0 }));

        var (_, otherKey) = await TestClients.CreateAsync(api, "Disco Mcp Other");
        await using var other = await McpSession.ConnectAsync(api, otherKey);
        Assert.Contains("No such run", await other.RefusedAsync("get_discovered_competitors", new() { ["runId"] = firstRun }));
        Assert.Empty((await other.CallAsync("get_discovered_competitors"))["runs"]!.AsArray());
        await using var @operator = await McpSession.ConnectAsync(api, ApiServer.OperatorKey);
        Assert.Contains("clientId", await @operator.RefusedAsync("get_discovered_competitors", []));
    }

    private async Task<Guid> RunAsync(HttpClient http)
    {
        var created = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { Platform }, maxQuestions = 4, samplesPerQuestion = 1 });
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        var run = await Runs.WaitUntilEndedAsync(http, created.Headers.Location!.ToString());
        Assert.Equal("completed", run["status"]!.GetValue<string>());
        return run["id"]!.GetValue<Guid>();
    }

    private static async Task<List<string>> ClientViewKeysAsync(HttpClient http, Guid client) =>
        (await GetOkAsync(http, $"/api/v1/clients/{client}/discovered-brands"))["brands"]!["items"]!.AsArray()
            .Select(b => b!["key"]!.GetValue<string>()).ToList();

    private static async Task<JsonNode> GetOkAsync(HttpClient http, string url)
    {
        var response = await http.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }
}
