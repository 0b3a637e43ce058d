namespace Aeo.Api.Tests.Audits;

/// <summary>
/// A run's life on an API process of its own whose platforms count the calls they answer: end to end with every work
/// item asked, paid for and stored once; status while busy and a cancel that stops dispatch; idempotent starts.
/// </summary>
public sealed class AuditLifecycleTests(CountingProvidersServer fixture) : IClassFixture<CountingProvidersServer>
{
    private ApiServer Server => fixture.Server;

    [Fact]
    public async Task An_audit_runs_end_to_end_and_asks_pays_for_and_stores_every_work_item_once()
    {
        var (ownerId, ownerKey) = await TestClients.CreateAsync(Server, CountingProvidersServer.Brand);
        using var owner = Server.Client(ownerKey);

        var started = await owner.PostJsonAsync("/api/v1/audits", new { platforms = CountingProvidersServer.Quick, maxQuestions = 20 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        var runId = (await started.ReadAsync())["id"]!.GetValue<Guid>();
        Assert.Equal($"/api/v1/audits/{runId}", location);

        var run = await Runs.WaitUntilEndedAsync(owner, location);
        Assert.Equal("completed", run["status"]!.GetValue<string>());
        Assert.Equal("completed", run["stage"]!.GetValue<string>());
        Assert.Equal(ownerId, run["clientId"]!.GetValue<Guid>());
        Assert.Equal(20, run["totalQuestions"]!.GetValue<int>());
        var progress = run["progress"]!;
        Assert.Equal(60, progress["total"]!.GetValue<int>());
        Assert.Equal(60, progress["processed"]!.GetValue<int>());
        Assert.Equal(0, progress["failed"]!.GetValue<int>());
        Assert.Equal(100.0, progress["percent"]!.GetValue<double>());
        Assert.NotNull(run["completedAt"]);

        var stats = run["stats"]!.AsArray();
        Assert.Equal(CountingProvidersServer.Quick, stats.Select(s => s!["platform"]!.GetValue<string>()).Order());
        foreach (var platform in stats)
        {
            Assert.False(platform!["simulated"]!.GetValue<bool>());
            Assert.Equal(20, platform["totalQueries"]!.GetValue<int>());
            Assert.Equal(20, platform["successfulQueries"]!.GetValue<int>());
            Assert.True(platform["totalTokens"]!.GetValue<long>() > 0);
            var mentioning = platform["responsesMentioningBrand"]!.GetValue<int>();
            Assert.InRange(mentioning, 0, 20);
            Assert.Equal(Math.Round(mentioning / 20.0, 4), platform["brandMentionRate"]!.GetValue<double>(), 4);
        }
        Assert.All(run["platforms"]!.AsArray(), p => Assert.Equal(20, p!["processed"]!.GetValue<int>()));

        // The tables agree with the run: every (question, platform, sample) once, mention counts as stored.
        Assert.Equal(20, await Server.CountAsync("select count(*) from questions where audit_run_id = @p", runId));
        Assert.Equal(60, await Server.CountAsync("select count(*) from responses where audit_run_id = @p", runId));
        Assert.Equal(60, await Server.CountAsync(
            "select count(distinct (question_id, platform, sample)) from responses where audit_run_id = @p", runId));
        var storedMentioning = await Server.CountAsync(
            """
            select count(*) from responses r
            where r.audit_run_id = @p and exists (select 1 from jsonb_array_elements(r.brand_mentions) m where m->>'brand' = 'Acme Pipeline')
            """, runId);
        Assert.Equal(storedMentioning, stats.Sum(s => s!["responsesMentioningBrand"]!.GetValue<int>()));
        Assert.Equal(1, await Server.CountAsync("select count(*) from audit_runs where id = @p and status = 'completed' and processed_work_items = 60", runId));

        // The providers were asked each of the run's questions once, one sample each, and nothing else: a second paid
        // call for a work item would show here even though the responses table keeps one row per item.
        var questions = await (await owner.GetAsync($"{location}/questions?pageSize=200")).ReadAsync();
        Assert.Equal(20, questions["total"]!.GetValue<int>());
        var texts = questions["items"]!.AsArray().Select(q => q!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(20, texts.Distinct().Count());
        foreach (var provider in CountingProvidersServer.Quick.Select(name => fixture[name]))
        {
            var asked = provider.AnsweredPerQuestion;
            Assert.Equal(texts.Order(), asked.Keys.Order());
            Assert.All(asked, question => Assert.True(question.Value == 1, $"{provider.Name} answered '{question.Key}' {question.Value} times."));
            Assert.Equal(20, provider.Received);
        }

        var page2 = await (await owner.GetAsync($"{location}/responses?page=2&pageSize=25")).ReadAsync();
        Assert.Equal(60, page2["total"]!.GetValue<int>());
        Assert.Equal(25, page2["items"]!.AsArray().Count);
        var onePlatform = await (await owner.GetAsync($"{location}/responses?platform=counted-b&pageSize=200")).ReadAsync();
        Assert.Equal(20, onePlatform["total"]!.GetValue<int>());
        Assert.All(onePlatform["items"]!.AsArray(), r =>
        {
            Assert.Equal("counted-b", r!["platform"]!.GetValue<string>());
            Assert.False(r["simulated"]!.GetValue<bool>());
            Assert.Equal("counted-b-1", r["model"]!.GetValue<string>());
            Assert.False(string.IsNullOrWhiteSpace(r["text"]!.GetValue<string>()));
        });

        var listed = await (await owner.GetAsync("/api/v1/audits?status=completed")).ReadAsync();
        Assert.Contains(listed["items"]!.AsArray(), item => item!["id"]!.GetValue<Guid>() == runId);

        // Cancelling a finished run changes nothing.
        var late = await owner.PostAsync($"{location}/cancel", null);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("completed", (await (await owner.GetAsync(location)).ReadAsync())["status"]!.GetValue<string>());
    }
    [Fact]
    public async Task Status_answers_while_the_run_is_busy_and_cancel_stops_dispatch()
    {
        var (_, key) = await TestClients.CreateAsync(Server, "Initech Cloud");
        using var http = Server.Client(key);
        var started = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { CountingProvidersServer.Slow }, maxQuestions = 20, samplesPerQuestion = 2 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        var runId = (await started.ReadAsync())["id"]!.GetValue<Guid>();

        var status = await Eventually.UntilAsync(
            async () => await (await http.GetAsync(location)).ReadAsync(),
            run => run["progress"]!["settled"]!.GetValue<int>() > 0,
            TimeSpan.FromSeconds(60),
            run => $"no work item settled: {run.ToJsonString()}");
        Assert.Equal("running", status["status"]!.GetValue<string>());
        Assert.Equal("processing_questions", status["stage"]!.GetValue<string>());

        var cancelled = await http.PostAsync($"{location}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var body = await cancelled.ReadAsync();
        Assert.Equal("cancelled", body["status"]!.GetValue<string>());
        Assert.Equal("cancelled", body["stage"]!.GetValue<string>());

        var again = await http.PostAsync($"{location}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(body["completedAt"]!.GetValue<DateTimeOffset>(), (await again.ReadAsync())["completedAt"]!.GetValue<DateTimeOffset>());

        // The calls in flight at the cancel end (answered or abandoned); from then on the provider is asked nothing more.
        var provider = fixture[CountingProvidersServer.Slow];
        await Eventually.UntilAsync(
            () => InFlightAsync(http, CountingProvidersServer.Slow), calls => calls == 0, TimeSpan.FromSeconds(30), calls => $"{calls} call(s) still in flight");
        var asked = provider.Received;
        await Eventually.HoldsForAsync(
            async () => (Asked: provider.Received, InFlight: await InFlightAsync(http, CountingProvidersServer.Slow)),
            now => now == (asked, 0),
            TimeSpan.FromSeconds(5),
            now => $"the provider was asked again after the cancel: {asked} call(s) once they had ended, {now} now");
        var settled = await Server.CountAsync("select count(*) from responses where audit_run_id = @p", runId);
        Assert.True(settled <= provider.AnsweredPerQuestion.Values.Sum(), "more answers stored than the provider gave");
        Assert.True(settled < 40, $"{settled} of 40 work items were stored despite the cancel");
        Assert.Equal(1, await Server.CountAsync("select count(*) from audit_runs where id = @p and status = 'cancelled'", runId));
        Assert.Equal("cancelled", (await (await http.GetAsync(location)).ReadAsync())["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_repeated_request_with_the_same_idempotency_key_starts_one_run()
    {
        var (_, key) = await TestClients.CreateAsync(Server, "Umbrella Leads");
        using var http = Server.Client(key);
        async Task<Guid> StartAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/audits")
            {
                Content = JsonContent("""{"platforms":["quick-a"],"maxQuestions":3}"""),
            };
            request.Headers.Add("Idempotency-Key", "weekly-2026-11-24");
            var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            return (await response.ReadAsync())["id"]!.GetValue<Guid>();
        }

        var first = await StartAsync();
        var second = await StartAsync();
        Assert.Equal(first, second);
        var listed = await (await http.GetAsync("/api/v1/audits")).ReadAsync();
        Assert.Equal(1, listed["total"]!.GetValue<int>());
        await Runs.WaitUntilEndedAsync(http, $"/api/v1/audits/{first}");

        // The same key with another body is not answered with the first run.
        using var other = new HttpRequestMessage(HttpMethod.Post, "/api/v1/audits") { Content = JsonContent("""{"platforms":["quick-b"],"maxQuestions":3}""") };
        other.Headers.Add("Idempotency-Key", "weekly-2026-11-24");
        var refused = await http.SendAsync(other);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, (await (await http.GetAsync("/api/v1/audits")).ReadAsync())["total"]!.GetValue<int>());
    }

    /// <summary>The platform's calls in flight, cluster-wide, as the API shows them.</summary>
    private static async Task<int> InFlightAsync(HttpClient http, string platform)
    {
        var platforms = (await (await http.GetAsync("/api/v1/platforms")).ReadAsync()).AsArray();
        return platforms.Single(p => p!["name"]!.GetValue<string>() == platform)!["budget"]!["inFlight"]!.GetValue<int>();
    }

    internal static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
