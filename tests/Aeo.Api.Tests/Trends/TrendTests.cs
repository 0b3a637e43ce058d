namespace Aeo.Api.Tests.Trends;

/// <summary>
/// Five runs of one client, the last two after a restart that changed one platform's model: the series over them read
/// the figures each run stored when it ended.
/// </summary>
public sealed class TrendTests : IAsyncLifetime
{
    private const string Brand = "Trend Probe";
    private static readonly string[] Platforms = ["quick-a", "quick-b"];

    private ApiServer api = new();
    private string key = "";
    private Guid clientId;
    private readonly List<Guid> runs = [];
    private long setupsStoredAtEnd;

    public async Task InitializeAsync()
    {
        await api.InitializeAsync();
        (clientId, key) = await TestClients.CreateAsync(api, Brand);
        for (var i = 0; i < 3; i++)
        {
            runs.Add(await StartAndFinishAsync());
        }
        var connectionString = api.ConnectionString;
        await api.DisposeAsync();
        api = new ApiServer();
        await api.StartAsync(["--Aeo:Platforms:quick-a:Model=simulated-list-next"], connectionString);
        for (var i = 0; i < 2; i++)
        {
            runs.Add(await StartAndFinishAsync());
        }
        setupsStoredAtEnd = await api.CountAsync(
            "select count(*) from run_setups s join audit_runs r on r.id = s.run_id where r.client_id = @p", clientId);
    }

    public Task DisposeAsync() => api.DisposeAsync();

    [Fact]
    public async Task Every_ended_run_is_a_point_equal_to_its_own_figures_and_a_model_change_breaks_the_series()
    {
        using var http = api.Client(key);
        var response = await http.GetAsync($"/api/v1/clients/{clientId}/trends?metric=mention_rate&segment=all");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadAsync();
        Assert.Equal("mention_rate", body["metric"]!.GetValue<string>());
        var series = body["series"]!.AsArray();

        // One series per tracked brand per platform and across platforms.
        Assert.Equal(3 * (Platforms.Length + 1), series.Count);
        var overall = Series(series, Brand, null);
        Assert.True(overall["isClient"]!.GetValue<bool>());
        var points = overall["points"]!.AsArray();
        Assert.Equal(runs, points.Select(p => p!["runId"]!.GetValue<Guid>()));
        Assert.Equal(points.Select(p => p!["time"]!.GetValue<DateTimeOffset>()).Order(), points.Select(p => p!["time"]!.GetValue<DateTimeOffset>()));

        foreach (var point in points)
        {
            var runId = point!["runId"]!.GetValue<Guid>();
            var figures = (await (await http.GetAsync($"/api/v1/audits/{runId}/figures")).ReadAsync())["figures"]!;
            AssertPointIs(point, figures["overall"]!["brands"]![Brand]!["mentionRate"]!, figures["overall"]!["answers"]!);
            var onA = Series(series, "HubSpot", "quick-a")["points"]!.AsArray().Single(p => p!["runId"]!.GetValue<Guid>() == runId)!;
            AssertPointIs(onA, figures["byPlatform"]!["quick-a"]!["brands"]!["HubSpot"]!["mentionRate"]!, figures["byPlatform"]!["quick-a"]!["answers"]!);
        }

        // quick-a's model changed before the fourth run: its series and the all-platforms ones break there, quick-b's does not.
        foreach (var brand in new[] { Brand, "HubSpot", "Salesforce" })
        {
            foreach (var platform in new string?[] { "quick-a", null })
            {
                var split = Assert.Single(Series(series, brand, platform)["breaks"]!.AsArray())!;
                Assert.Equal(runs[3], split["runId"]!.GetValue<Guid>());
                Assert.Equal(["model:quick-a"], split["changed"]!.AsArray().Select(c => c!.GetValue<string>()));
                var ids = Series(series, brand, platform)["points"]!.AsArray().Select(p => p!["setupId"]!.GetValue<string>()).ToList();
                Assert.Single(ids.Take(3).Distinct());
                Assert.Single(ids.Skip(3).Distinct());
                Assert.Equal(split["setupIdBefore"]!.GetValue<string>(), ids[2]);
                Assert.Equal(split["setupIdAfter"]!.GetValue<string>(), ids[3]);
            }
            Assert.Empty(Series(series, brand, "quick-b")["breaks"]!.AsArray());
            Assert.Single(Series(series, brand, "quick-b")["points"]!.AsArray().Select(p => p!["setupId"]!.GetValue<string>()).Distinct());
        }

        // Stored once, when each run ended (before any series was asked for): one setup per run, every segment's figures beside it.
        Assert.Equal(5, setupsStoredAtEnd);
        Assert.Equal(5, await api.CountAsync(
            "select count(*) from run_setups s join audit_runs r on r.id = s.run_id where r.client_id = @p", clientId));
        Assert.True(await api.CountAsync(
            "select count(*) from run_figures f join audit_runs r on r.id = f.run_id where r.client_id = @p", clientId) > 5 * 3 * 11);
    }

    [Fact]
    public async Task The_default_segment_is_the_headline_and_filters_narrow_the_series()
    {
        using var http = api.Client(key);
        var body = await (await http.GetAsync($"/api/v1/clients/{clientId}/trends?metric=share_of_voice&brand=HubSpot")).ReadAsync();
        Assert.Equal("non_branded", body["segment"]!.GetValue<string>());
        var series = body["series"]!.AsArray();
        Assert.All(series, s => Assert.Equal("HubSpot", s!["brand"]!.GetValue<string>()));
        var headline = (await (await http.GetAsync($"/api/v1/audits/{runs[0]}/figures")).ReadAsync())["figures"]!["headline"]!;
        var first = Series(series, "HubSpot", null)["points"]!.AsArray()[0]!;
        AssertPointIs(first, headline["brands"]!["HubSpot"]!["shareOfVoice"]!, headline["answers"]!);

        var onePlatform = await (await http.GetAsync($"/api/v1/clients/{clientId}/trends?platform=quick-b")).ReadAsync();
        Assert.All(onePlatform["series"]!.AsArray(), s => Assert.Equal("quick-b", s!["platform"]!.GetValue<string>()));

        var all = await (await http.GetAsync($"/api/v1/clients/{clientId}/trends?segment=all")).ReadAsync();
        var from = Series(all["series"]!.AsArray(), Brand, null)["points"]!.AsArray()[3]!["time"]!.GetValue<string>();
        var later = await (await http.GetAsync($"/api/v1/clients/{clientId}/trends?segment=all&from={Uri.EscapeDataString(from)}")).ReadAsync();
        Assert.Equal([runs[3], runs[4]], Series(later["series"]!.AsArray(), Brand, null)["points"]!.AsArray().Select(p => p!["runId"]!.GetValue<Guid>()));

        var rank = await (await http.GetAsync($"/api/v1/clients/{clientId}/trends?metric=average_rank&segment=all")).ReadAsync();
        var rankPoint = Series(rank["series"]!.AsArray(), Brand, null)["points"]!.AsArray()[4]!;
        var rankFigure = (await (await http.GetAsync($"/api/v1/audits/{runs[4]}/figures")).ReadAsync())["figures"]!["overall"]!["brands"]![Brand]!["averageRank"]!;
        Assert.Equal(rankFigure["value"]!.GetValue<double>(), rankPoint["value"]!.GetValue<double>(), 9);
        Assert.Equal(rankFigure["n"]!.GetValue<int>(), rankPoint["answers"]!.GetValue<int>());
    }

    [Fact]
    public async Task Another_clients_trends_are_not_found_and_bad_filters_name_their_field()
    {
        var (otherId, otherKey) = await TestClients.CreateAsync(api, "Trend Other");
        using var other = api.Client(otherKey);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/clients/{clientId}/trends")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/api/v1/clients/{otherId}/trends")).StatusCode);
        using var operatorHttp = api.Client(ApiServer.OperatorKey);
        Assert.Equal(HttpStatusCode.NotFound, (await operatorHttp.GetAsync($"/api/v1/clients/{Guid.NewGuid()}/trends")).StatusCode);

        using var http = api.Client(key);
        await ProblemAssert.ValidationProblemAsync(await http.GetAsync($"/api/v1/clients/{clientId}/trends?metric=visibility"), "metric");
        await ProblemAssert.ValidationProblemAsync(await http.GetAsync($"/api/v1/clients/{clientId}/trends?segment=pricing"), "segment");
        await ProblemAssert.ValidationProblemAsync(await http.GetAsync($"/api/v1/clients/{clientId}/trends?from=yesterday"), "from");
        await ProblemAssert.ValidationProblemAsync(
            await http.GetAsync($"/api/v1/clients/{clientId}/trends?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z"), "to");
        await ProblemAssert.ValidationProblemAsync(await http.GetAsync($"/api/v1/clients/{clientId}/trends?scheduleId=nope"), "scheduleId");
    }

    [Fact]
    public async Task A_schedule_filter_keeps_only_the_runs_that_schedule_started()
    {
        using var http = api.Client(key);
        var created = await http.PostJsonAsync("/api/v1/schedules",
            new { name = "trend schedule", kind = "interval", interval = "01:00:00", audit = new { platforms = Platforms, maxQuestions = 10 } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var scheduleId = (await created.ReadAsync())["id"]!.GetValue<Guid>();
        var triggered = await http.PostAsync($"/api/v1/schedules/{scheduleId}/trigger", null);
        Assert.Equal(HttpStatusCode.Accepted, triggered.StatusCode);
        var scheduled = (await triggered.ReadAsync())["auditRunId"]!.GetValue<Guid>();
        var run = await Runs.WaitUntilEndedAsync(http, $"/api/v1/audits/{scheduled}");
        Assert.Equal("completed", run["status"]!.GetValue<string>());

        var filtered = (await (await http.GetAsync($"/api/v1/clients/{clientId}/trends?scheduleId={scheduleId}")).ReadAsync())["series"]!.AsArray();
        Assert.NotEmpty(filtered);
        Assert.All(filtered, s => Assert.Equal([scheduled], s!["points"]!.AsArray().Select(p => p!["runId"]!.GetValue<Guid>())));

        var unfiltered = (await (await http.GetAsync($"/api/v1/clients/{clientId}/trends")).ReadAsync())["series"]!.AsArray();
        Assert.Equal([.. runs, scheduled], Series(unfiltered, Brand, null)["points"]!.AsArray().Select(p => p!["runId"]!.GetValue<Guid>()));

        var otherSchedule = (await (await http.GetAsync($"/api/v1/clients/{clientId}/trends?scheduleId={Guid.NewGuid()}")).ReadAsync())["series"]!.AsArray();
        Assert.All(otherSchedule, s => Assert.Empty(s!["points"]!.AsArray()));
    }

    private static JsonNode Series(JsonArray series, string brand, string? platform) =>
        series.Single(s => s!["brand"]!.GetValue<string>() == brand && s["platform"]?.GetValue<string>() == platform)!;

    private static void AssertPointIs(JsonNode point, JsonNode figure, JsonNode answers)
    {
        Assert.Equal(figure["value"]!.GetValue<double>(), point["value"]!.GetValue<double>(), 12);
        Assert.Equal(figure["lower"]!.GetValue<double>(), point["lower"]!.GetValue<double>(), 12);
        Assert.Equal(figure["upper"]!.GetValue<double>(), point["upper"]!.GetValue<double>(), 12);
        Assert.True(point["lower"]!.GetValue<double>() <= point["upper"]!.GetValue<double>());
        Assert.Equal(answers.GetValue<int>(), point["answers"]!.GetValue<int>());
    }

    private async Task<Guid> StartAndFinishAsync()
    {
        using var http = api.Client(key);
        var started = await http.PostJsonAsync("/api/v1/audits", new { platforms = Platforms, maxQuestions = 10 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var run = await Runs.WaitUntilEndedAsync(http, started.Headers.Location!.ToString());
        Assert.Equal("completed", run["status"]!.GetValue<string>());
        return run["id"]!.GetValue<Guid>();
    }
}
