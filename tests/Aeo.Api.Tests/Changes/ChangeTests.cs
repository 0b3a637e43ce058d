namespace Aeo.Api.Tests.Changes;

/// <summary>
/// Two runs of one client across a restart that made quick-a stop naming HubSpot and reseeded it, so on quick-a
/// HubSpot's mention rate in answers to non-branded questions falls to nothing (a branded question can still name it,
/// and its answer repeat it) while Salesforce's is drawn afresh: a real change and noise.
/// </summary>
public sealed class ChangeTests : IAsyncLifetime
{
    private const string Brand = "Change Probe";
    private static readonly string[] Platforms = ShiftedRunPair.Platforms;

    private ApiServer api = null!;
    private string key = "";
    private Guid first;
    private Guid second;

    public async Task InitializeAsync() => (api, key, first, second) = await ShiftedRunPair.StartAsync(Brand);

    public Task DisposeAsync() => api.DisposeAsync();

    [Fact]
    public async Task A_strong_shift_is_significant_and_noise_is_not()
    {
        using var http = api.Client(key);
        var response = await http.GetAsync($"/api/v1/audits/{second}/changes");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadAsync();
        Assert.Equal(first, body["baselineRunId"]!.GetValue<Guid>());
        Assert.Equal(0.05, body["falseDiscoveryRate"]!.GetValue<double>());
        Assert.Equal(Platforms, body["platforms"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.True(body["acrossPlatforms"]!.GetValue<bool>());
        // The simulated question plan is the same for the same configuration, so the runs are paired item by item.
        Assert.True(body["paired"]!.GetValue<bool>());
        Assert.Equal("non_branded", body["segment"]!.GetValue<string>());
        var nonBranded = await api.CountAsync(
            "select count(*) from responses r join questions q on q.id = r.question_id where r.audit_run_id = @p and q.question_type = 'non_branded'",
            second);
        Assert.True(nonBranded >= 40);
        Assert.Equal(nonBranded, body["matchedItems"]!.GetValue<int>());
        var changes = body["changes"]!.AsArray();

        var hubSpot = Change(changes, "HubSpot", "quick-a", "mention_rate");
        Assert.Equal("mcnemar_exact", hubSpot["test"]!.GetValue<string>());
        Assert.Equal(0.0, hubSpot["to"]!.GetValue<double>());
        Assert.True(hubSpot["from"]!.GetValue<double>() > 0.3);
        Assert.True(hubSpot["significant"]!.GetValue<bool>());
        Assert.True(hubSpot["upper"]!.GetValue<double>() < 0);
        Assert.True(hubSpot["adjustedPValue"]!.GetValue<double>() >= hubSpot["pValue"]!.GetValue<double>());
        Assert.StartsWith("HubSpot's mention rate on quick-a fell from ", hubSpot["sentence"]!.GetValue<string>());
        Assert.EndsWith("to 0 %, significant", hubSpot["sentence"]!.GetValue<string>());

        var salesforce = Change(changes, "Salesforce", "quick-a", "mention_rate");
        Assert.False(salesforce["significant"]!.GetValue<bool>());
        Assert.EndsWith("not significant", salesforce["sentence"]!.GetValue<string>());
        // quick-b answered exactly as before: nothing changed there at all.
        Assert.All(changes.Where(c => c!["platform"]?.GetValue<string>() == "quick-b"), c => Assert.False(c!["significant"]!.GetValue<bool>()));
        Assert.Equal(1.0, Change(changes, "Salesforce", "quick-b", "mention_rate")["pValue"]!.GetValue<double>());

        Assert.Equal(changes.Count(c => c!["significant"]!.GetValue<bool>()), body["significant"]!.GetValue<int>());
        Assert.Equal(changes.Count(c => c!["pValue"] is not null), body["tested"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_first_run_has_no_baseline_and_bad_input_names_its_field()
    {
        using var http = api.Client(key);
        var body = await (await http.GetAsync($"/api/v1/audits/{first}/changes")).ReadAsync();
        Assert.Null(body["baselineRunId"]);
        Assert.Empty(body["changes"]!.AsArray());
        Assert.False(string.IsNullOrEmpty(body["reason"]!.GetValue<string>()));

        var strict = await (await http.GetAsync($"/api/v1/audits/{second}/changes?segment=all&q=0.0000000001")).ReadAsync();
        var loose = await (await http.GetAsync($"/api/v1/audits/{second}/changes?segment=all&q=0.2")).ReadAsync();
        Assert.True(strict["significant"]!.GetValue<int>() < loose["significant"]!.GetValue<int>());

        await ProblemAssert.ValidationProblemAsync(await http.GetAsync($"/api/v1/audits/{second}/changes?q=1.5"), "q");
        await ProblemAssert.ValidationProblemAsync(await http.GetAsync($"/api/v1/audits/{second}/changes?segment=pricing"), "segment");
        var (_, otherKey) = await TestClients.CreateAsync(api, "Change Other");
        using var other = api.Client(otherKey);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/audits/{second}/changes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/audits/{Guid.NewGuid()}/changes")).StatusCode);
    }

    private static JsonNode Change(JsonArray changes, string brand, string? platform, string metric) =>
        changes.Single(c => c!["brand"]!.GetValue<string>() == brand && c["platform"]?.GetValue<string>() == platform
                            && c["metric"]!.GetValue<string>() == metric)!;
}
