namespace Aeo.Api.Tests.Audits;

[Collection(ApiCollection.Name)]
public sealed class FiguresTests(ApiServer server)
{
    private const string Brand = "Figures Probe";

    [Fact]
    public async Task A_runs_figures_agree_with_its_stored_answers_and_compare_with_an_earlier_run()
    {
        var (_, key) = await TestClients.CreateAsync(server, Brand);
        using var http = server.Client(key);
        var first = await StartAndFinishAsync(http);
        var second = await StartAndFinishAsync(http);

        var response = await http.GetAsync($"/api/v1/audits/{second}/figures?compareTo={first}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadAsync();
        Assert.Equal(60, body["answeredWorkItems"]!.GetValue<int>());
        Assert.Equal(60, body["plannedWorkItems"]!.GetValue<int>());
        Assert.Equal("completed", body["status"]!.GetValue<string>());

        var figures = body["figures"]!;
        var overall = figures["overall"]!;
        Assert.Equal(60, overall["answers"]!.GetValue<int>());
        Assert.Equal(20, overall["questions"]!.GetValue<int>());
        Assert.Equal(["quick-a", "quick-b", "quick-c"], figures["byPlatform"]!.AsObject().Select(p => p.Key).Order());
        Assert.All(figures["byPlatform"]!.AsObject(), p => Assert.Equal(20, p.Value!["answers"]!.GetValue<int>()));

        // Branded and non-branded answers are kept apart, and the headline is the non-branded segment.
        var branded = await server.CountAsync(
            "select count(*) from responses r join questions q on q.id = r.question_id where r.audit_run_id = @p and q.question_type = 'branded'", second);
        var byType = figures["byQuestionType"]!;
        Assert.Equal(branded, byType["branded"]!["answers"]!.GetValue<int>());
        Assert.Equal(60 - branded, byType["non_branded"]!["answers"]!.GetValue<int>());
        Assert.Equal(byType["non_branded"]!.ToJsonString(), figures["headline"]!.ToJsonString());

        // Visibility and citation rate, recounted from the tables (a mention flagged unknown-to-engine or
        // echo-or-disclaimer-only is no visibility).
        var mentioning = await server.CountAsync(
            $"select count(*) from responses r where r.audit_run_id = @p and exists (select 1 from jsonb_array_elements(r.brand_mentions) m where m->>'brand' = 'Figures Probe' and {VisibleMention})",
            second);
        var client = overall["brands"]![Brand]!;
        Assert.True(client["isClient"]!.GetValue<bool>());
        AssertRate(client["mentionRate"]!, mentioning, 60);

        var citingHubSpot = await server.CountAsync(
            """
            select count(*) from responses r where r.audit_run_id = @p and exists (
                select 1 from jsonb_array_elements(r.citations) c
                where c->>'kind' = 'cited' and (c->>'domain' = 'hubspot.com' or c->>'domain' like '%.hubspot.com'))
            """,
            second);
        var hubSpot = overall["brands"]!["HubSpot"]!;
        Assert.False(hubSpot["isClient"]!.GetValue<bool>());
        AssertRate(hubSpot["citationRate"]!, citingHubSpot, 60);
        Assert.True(citingHubSpot > 0, "the simulated engines cite brand pages of the brands they name");

        // Prominence: the mean over all answers of the stored prominence of the brand's visible mention (0 where it has none).
        var hubSpotProminence = Convert.ToDouble(await server.ScalarAsync(
            $"select coalesce(sum((m->>'prominence')::float8), 0) from responses r, jsonb_array_elements(r.brand_mentions) m where r.audit_run_id = @p and m->>'brand' = 'HubSpot' and {VisibleMention}",
            second), CultureInfo.InvariantCulture);
        var prominence = hubSpot["prominence"]!;
        Assert.Equal(60, prominence["n"]!.GetValue<int>());
        Assert.Equal(hubSpotProminence / 60, prominence["value"]!.GetValue<double>(), 6);
        Assert.InRange(prominence["value"]!.GetValue<double>(), prominence["lower"]!.GetValue<double>(), prominence["upper"]!.GetValue<double>());
        Assert.True(hubSpotProminence > 0, "the simulated engines write sentences about the brands they name");

        // Citation share per domain: every cited source once per answer, shares summing to 1, recounted from the table.
        var sources = body["sources"]!;
        var cited = await server.CountAsync(
            "select count(*) from responses r, jsonb_array_elements(r.citations) c where r.audit_run_id = @p and c->>'kind' = 'cited'", second);
        Assert.Equal(cited, sources["totalCited"]!.GetValue<int>());
        var domains = sources["domains"]!.AsArray();
        Assert.Equal(1.0, domains.Sum(d => d!["share"]!.GetValue<double>()), 6);
        Assert.Equal(cited, domains.Sum(d => d!["citedCount"]!.GetValue<int>()));
        Assert.Contains(domains, d => d!["domain"]!.GetValue<string>() == "hubspot.com");

        var comparison = body["comparison"]!;
        Assert.Equal(first, comparison["baselineRunId"]!.GetValue<Guid>());
        var changes = comparison["changes"]!.AsArray();
        Assert.Contains(changes, c => c!["segment"]!.GetValue<string>() == "overall" && c["brand"]!.GetValue<string>() == Brand);
        Assert.All(changes, c =>
        {
            Assert.Contains(c!["direction"]?.GetValue<string>(), new[] { "up", "down", "unchanged", null });
            if (c!["difference"] is JsonValue difference && c["before"] is JsonValue before && c["after"] is JsonValue after)
            {
                Assert.Equal(after.GetValue<double>() - before.GetValue<double>(), difference.GetValue<double>(), 6);
            }
        });
    }

    [Fact]
    public async Task A_runs_per_platform_mention_rates_are_what_its_figures_report_for_each_platform()
    {
        const string brand = "Figures Rates";
        var (_, key) = await TestClients.CreateAsync(server, brand);
        using var http = server.Client(key);
        var runId = await StartAndFinishAsync(http);

        var stats = (await (await http.GetAsync($"/api/v1/audits/{runId}")).ReadAsync())["stats"]!.AsArray();
        var byPlatform = (await (await http.GetAsync($"/api/v1/audits/{runId}/figures")).ReadAsync())["figures"]!["byPlatform"]!;

        Assert.Equal(3, stats.Count);
        foreach (var platform in stats)
        {
            var rate = byPlatform[platform!["platform"]!.GetValue<string>()]!["brands"]![brand]!["mentionRate"]!;
            Assert.Equal(rate["denominator"]!.GetValue<double>(), platform["successfulQueries"]!.GetValue<int>());
            Assert.Equal(rate["numerator"]!.GetValue<double>(), platform["responsesMentioningBrand"]!.GetValue<int>());
            Assert.Equal(Math.Round(rate["value"]!.GetValue<double>(), 4), platform["brandMentionRate"]!.GetValue<double>());
        }
        Assert.Contains(stats, s => s!["responsesMentioningBrand"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Another_clients_run_is_not_found_and_cannot_be_a_baseline()
    {
        var (_, ownerKey) = await TestClients.CreateAsync(server, "Figures Owner");
        var (_, otherKey) = await TestClients.CreateAsync(server, "Figures Other");
        using var owner = server.Client(ownerKey);
        using var other = server.Client(otherKey);
        var ownersRun = await StartAndFinishAsync(owner);
        var othersRun = await StartAndFinishAsync(other);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/audits/{ownersRun}/figures")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/api/v1/audits/{Guid.NewGuid()}/figures")).StatusCode);
        await ProblemAssert.ValidationProblemAsync(await owner.GetAsync($"/api/v1/audits/{ownersRun}/figures?compareTo={othersRun}"), "compareTo");
        using var operatorHttp = server.Client(ApiServer.OperatorKey);
        await ProblemAssert.ValidationProblemAsync(
            await operatorHttp.GetAsync($"/api/v1/audits/{ownersRun}/figures?compareTo={othersRun}"), "compareTo");
    }

    private const string VisibleMention =
        "not coalesce((m->>'unknownToEngine')::boolean, false) and not coalesce((m->>'echoOrDisclaimerOnly')::boolean, false)";

    private static void AssertRate(JsonNode rate, long numerator, int denominator)
    {
        Assert.Equal(numerator, rate["numerator"]!.GetValue<double>());
        Assert.Equal(denominator, rate["denominator"]!.GetValue<double>());
        var value = rate["value"]!.GetValue<double>();
        Assert.Equal(numerator / (double)denominator, value, 6);
        Assert.InRange(value, rate["lower"]!.GetValue<double>(), rate["upper"]!.GetValue<double>());
    }

    private static async Task<Guid> StartAndFinishAsync(HttpClient http)
    {
        var started = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "quick-a", "quick-b", "quick-c" }, maxQuestions = 20 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var run = await Runs.WaitUntilEndedAsync(http, started.Headers.Location!.ToString());
        Assert.Equal("completed", run["status"]!.GetValue<string>());
        return run["id"]!.GetValue<Guid>();
    }
}
