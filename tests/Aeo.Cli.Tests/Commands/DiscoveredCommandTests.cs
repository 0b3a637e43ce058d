namespace Aeo.Cli.Tests.Commands;

/// <summary>
/// <c>aeo audit discovered</c> and <c>aeo clients discovered</c> against the real API after a simulated run, whose
/// answers cite review sites the client does not track.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DiscoveredCommandTests(ApiServer server) : IDisposable
{
    private readonly CliRun cli = new();

    [Fact]
    public async Task Discovered_prints_the_runs_and_the_clients_untracked_brands_as_json_and_as_a_table()
    {
        var (clientId, key) = await TestClients.CreateAsync(server, "Discovered Co");
        using var http = server.Client(key);
        var created = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "quick-a" }, maxQuestions = 6, samplesPerQuestion = 1, webSearch = true });
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        var runId = (await Runs.WaitUntilEndedAsync(http, created.Headers.Location!.ToString()))["id"]!.GetValue<Guid>();
        var expected = await (await http.GetAsync($"/api/v1/audits/{runId}/discovered-brands")).ReadAsync();
        var items = expected["brands"]!["items"]!.AsArray();
        Assert.NotEmpty(items);
        Assert.DoesNotContain(items, b => b!["key"]!.GetValue<string>() is "hubspot" or "salesforce" or "discoveredco");

        Assert.Equal(0, await cli.RunAsync(server.Against(key, "audit", "discovered", runId.ToString(), "--json")));
        Assert.Equal(expected.ToJsonString(), JsonNode.Parse(cli.RawOut.ToString())!.ToJsonString());

        using var table = new CliRun();
        Assert.Equal(0, await table.RunAsync(server.Against(key, "audit", "discovered", runId.ToString(), "--page-size", "1")));
        Assert.Contains(items[0]!["name"]!.GetValue<string>(), table.Output);
        Assert.Contains($"Over {expected["nonBrandedAnswers"]} non-branded answers of 1 run(s).", table.Output);

        using var client = new CliRun();
        Assert.Equal(0, await client.RunAsync(server.Against(key, "clients", "discovered", clientId.ToString(), "--runs", "3", "--json")));
        var view = JsonNode.Parse(client.RawOut.ToString())!;
        Assert.Equal([runId], view["runs"]!.AsArray().Select(r => r!.GetValue<Guid>()));
        Assert.Equal(items.Count, view["brands"]!["total"]!.GetValue<int>());

        using var refused = new CliRun();
        Assert.Equal(2, await refused.RunAsync(server.Against(key, "clients", "discovered", clientId.ToString(), "--runs", "0")));
        Assert.Contains("runs", refused.ErrorOutput);
    }

    public void Dispose() => cli.Dispose();
}
