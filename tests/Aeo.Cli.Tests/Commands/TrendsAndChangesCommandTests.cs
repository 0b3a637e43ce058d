namespace Aeo.Cli.Tests.Commands;

/// <summary>
/// <c>aeo trends</c> and <c>aeo changes</c> against a client with three runs: a baseline, a second after a restart that
/// made quick-a stop naming HubSpot (a real change), and a third with fewer questions (a setup change, so a break in
/// every series).
/// </summary>
public sealed class TrendsAndChangesCommandTests : IAsyncLifetime
{
    private const string Brand = "Cli Trend";
    private static readonly string[] Platforms = ["quick-a", "quick-b"];

    private ApiServer api = new();
    private string key = "";
    private Guid clientId;
    private readonly List<Guid> runs = [];

    public async Task InitializeAsync()
    {
        await api.InitializeAsync();
        (clientId, key) = await TestClients.CreateAsync(api, Brand);
        runs.Add(await StartAndFinishAsync(40));
        var connectionString = api.ConnectionString;
        await api.DisposeAsync();
        api = new ApiServer();
        await api.StartAsync(["--Aeo:Platforms:quick-a:Simulated:OmitBrands:0=HubSpot", "--Aeo:Platforms:quick-a:Simulated:Seed=7"], connectionString);
        runs.Add(await StartAndFinishAsync(40));
        runs.Add(await StartAndFinishAsync(20));
    }

    public Task DisposeAsync() => api.DisposeAsync();

    [Fact]
    public async Task Trends_json_is_the_servers_document()
    {
        using var cli = new CliRun();

        Assert.Equal(0, await cli.RunAsync(api.Against(key, "trends", clientId.ToString(), "--metric", "share_of_voice", "--segment", "all", "--json")));

        var printed = JsonNode.Parse(cli.RawOut.ToString())!;
        using var http = api.Client(key);
        var served = await (await http.GetAsync($"/api/v1/clients/{clientId}/trends?metric=share_of_voice&segment=all")).ReadAsync();
        Assert.Equal("share_of_voice", printed["metric"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(served, printed));
    }

    [Fact]
    public async Task Trends_prints_each_point_with_its_interval_and_marks_the_setup_change()
    {
        using var cli = new CliRun();

        Assert.Equal(0, await cli.RunAsync(api.Against(key, "trends", clientId.ToString(), "--brand", "HubSpot", "--platform", "quick-a")));

        using var http = api.Client(key);
        var served = await (await http.GetAsync($"/api/v1/clients/{clientId}/trends?brand=HubSpot&platform=quick-a")).ReadAsync();
        var series = Assert.Single(served["series"]!.AsArray())!;
        var lines = cli.Output.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("HubSpot – quick-a", StringComparison.Ordinal) && l.Contains('┆'));
        foreach (var point in series["points"]!.AsArray())
        {
            var runId = point!["runId"]!.GetValue<string>();
            var row = Assert.Single(lines, l => l.Contains(runId));
            Assert.Contains(Percent(point["value"]!.GetValue<double>()), row);
            Assert.Contains($"{Percent(point["lower"]!.GetValue<double>())}–{Percent(point["upper"]!.GetValue<double>())}", row);
            Assert.Equal(runId == runs[2].ToString(), row.Contains("┆ questions"));
        }
        // The restart made quick-a stop naming HubSpot in answers to non-branded questions.
        Assert.Contains("│  0.0% │", Assert.Single(lines, l => l.Contains(runs[1].ToString())));
    }

    [Fact]
    public async Task Trends_with_a_bad_metric_is_refused_with_the_field()
    {
        using var cli = new CliRun();

        Assert.Equal(2, await cli.RunAsync(api.Against(key, "trends", clientId.ToString(), "--metric", "loudness")));
        Assert.Contains("metric:", cli.ErrorOutput);
        Assert.Equal(2, await cli.RunAsync(api.Against(key, "trends", Guid.NewGuid().ToString())));
        Assert.Contains("404", cli.ErrorOutput);
    }

    [Fact]
    public async Task Changes_lists_the_significant_ones_first_with_p_and_adjusted_p_and_all_adds_the_rest()
    {
        using var http = api.Client(key);
        var served = await (await http.GetAsync($"/api/v1/audits/{runs[1]}/changes")).ReadAsync();
        var changes = served["changes"]!.AsArray();
        var significant = changes.Where(c => c!["significant"]!.GetValue<bool>()).ToArray();
        Assert.NotEmpty(significant);
        var hubSpot = changes.Single(c => c!["brand"]!.GetValue<string>() == "HubSpot" && c["platform"]?.GetValue<string>() == "quick-a"
                                          && c["metric"]!.GetValue<string>() == "mention_rate")!;

        using var brief = new CliRun();
        Assert.Equal(0, await brief.RunAsync(api.Against(key, "changes", runs[1].ToString())));
        Assert.Contains($"Against run {runs[0]}", brief.Output);
        Assert.Contains($"{significant.Length} significant of {served["tested"]}", brief.Output);
        var row = Assert.Single(brief.Output.Split('\n'), l => l.Contains(Shown(hubSpot)));
        Assert.Contains(P(hubSpot["pValue"]!.GetValue<double>()), row);
        Assert.Contains(P(hubSpot["adjustedPValue"]!.GetValue<double>()), row);
        Assert.DoesNotContain("not significant", brief.Output);

        using var all = new CliRun();
        Assert.Equal(0, await all.RunAsync(api.Against(key, "changes", runs[1].ToString(), "--all")));
        var lines = all.Output.Split('\n');
        var rowOf = changes.ToDictionary(c => c!, c => Array.FindIndex(lines, l => l.Contains(Shown(c!))));
        Assert.All(rowOf.Values, row => Assert.True(row > 0, all.Output));
        Assert.True(significant.Max(c => rowOf[c!]) < rowOf.Where(r => !r.Key["significant"]!.GetValue<bool>()).Min(r => r.Value), all.Output);
    }

    [Fact]
    public async Task Changes_json_parses_and_a_first_run_has_nothing_to_compare_with()
    {
        using var json = new CliRun();
        Assert.Equal(0, await json.RunAsync(api.Against(key, "changes", runs[1].ToString(), "--segment", "all", "--q", "0.2", "--json")));
        var body = JsonNode.Parse(json.RawOut.ToString())!;
        Assert.Equal("all", body["segment"]!.GetValue<string>());
        Assert.Equal(0.2, body["falseDiscoveryRate"]!.GetValue<double>());

        using var first = new CliRun();
        Assert.Equal(0, await first.RunAsync(api.Against(key, "changes", runs[0].ToString())));
        Assert.Contains("Nothing to compare with", first.Output);

        using var bad = new CliRun();
        Assert.Equal(2, await bad.RunAsync(api.Against(key, "changes", runs[1].ToString(), "--q", "1.5")));
        Assert.Contains("q:", bad.ErrorOutput);
    }

    /// <summary>A change's sentence as the table shows it, with "41 %" held together.</summary>
    private static string Shown(JsonNode change) => change["sentence"]!.GetValue<string>().Replace(" %", "\u00A0%", StringComparison.Ordinal);

    private static string Percent(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string P(double p) => p < 0.0001 ? "< 0.0001" : p.ToString(p < 0.01 ? "0.0000" : "0.000", CultureInfo.InvariantCulture);

    private async Task<Guid> StartAndFinishAsync(int questions)
    {
        using var http = api.Client(key);
        var started = await http.PostJsonAsync("/api/v1/audits", new { platforms = Platforms, maxQuestions = questions });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var run = await Runs.WaitUntilEndedAsync(http, started.Headers.Location!.ToString());
        Assert.Equal("completed", run["status"]!.GetValue<string>());
        return run["id"]!.GetValue<Guid>();
    }
}
