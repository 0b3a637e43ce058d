namespace Aeo.Api.Tests.DeadLetters;

/// <summary>Listing dead letters per client with filters and paging, and reprocessing them into their runs end to end.</summary>
[Collection(CostAndDeadLetterCollection.Name)]
public sealed class DeadLetterTests(CostAndDeadLetterServer fixture)
{
    private ApiServer Server => fixture.Server;

    [Fact]
    public async Task A_client_lists_only_its_own_dead_letters_with_filters_and_paging_and_the_operator_sees_all()
    {
        var (_, keyA) = await TestClients.CreateAsync(Server, "Letters A");
        var (_, keyB) = await TestClients.CreateAsync(Server, "Letters B");
        using var a = Server.Client(keyA);
        using var b = Server.Client(keyB);
        using var op = Server.Client(ApiServer.OperatorKey);
        var runA = await EndedRunAsync(a, new { platforms = new[] { "broken", "priced" }, maxQuestions = 3 });
        var runB = await EndedRunAsync(b, new { platforms = new[] { "broken" }, maxQuestions = 2 });

        var listA = await ListAsync(a, "pageSize=200");
        Assert.Equal(3, listA["total"]!.GetValue<int>());
        Assert.All(listA["items"]!.AsArray(), item => Assert.Equal(runA, item!["runId"]!.GetValue<Guid>()));
        var first = listA["items"]![0]!;
        Assert.Equal("broken", first["platform"]!.GetValue<string>());
        Assert.Equal("Unavailable", first["errorClass"]!.GetValue<string>());
        Assert.Contains("simulated outage", first["message"]!.GetValue<string>());
        Assert.Equal(2, first["attempts"]!.GetValue<int>());
        Assert.Equal(1, first["sample"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(first["question"]!.GetValue<string>()));
        Assert.True(first["firstFailedAt"]!.GetValue<DateTimeOffset>() <= first["lastFailedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(1, await Server.CountAsync(
            "select count(*) from questions where id = @p and audit_run_id = (select audit_run_id from dead_letters where question_id = @p limit 1)",
            first["questionId"]!.GetValue<Guid>()));

        // Another client's run is a 404, and its letters never show.
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/api/v1/dead-letters?runId={runB}")).StatusCode);
        Assert.Equal(2, (await ListAsync(b, ""))["total"]!.GetValue<int>());
        var all = await ListAsync(op, "pageSize=200");
        Assert.Contains(all["items"]!.AsArray(), i => i!["runId"]!.GetValue<Guid>() == runB);
        Assert.Contains(all["items"]!.AsArray(), i => i!["runId"]!.GetValue<Guid>() == runA);
        Assert.Equal(2, (await ListAsync(op, $"runId={runB}"))["total"]!.GetValue<int>());

        Assert.Equal(3, (await ListAsync(a, "platform=broken&errorClass=unavailable"))["total"]!.GetValue<int>());
        Assert.Equal(0, (await ListAsync(a, "platform=priced"))["total"]!.GetValue<int>());
        Assert.Equal(0, (await ListAsync(a, "errorClass=Timeout"))["total"]!.GetValue<int>());

        var page1 = await ListAsync(a, "pageSize=2&page=1");
        var page2 = await ListAsync(a, "pageSize=2&page=2");
        Assert.Equal(2, page1["items"]!.AsArray().Count);
        Assert.Single(page2["items"]!.AsArray());
        Assert.Equal(3, page2["total"]!.GetValue<int>());
        var ids = page1["items"]!.AsArray().Concat(page2["items"]!.AsArray()).Select(i => i!["id"]!.GetValue<Guid>()).ToHashSet();
        Assert.Equal(3, ids.Count);
        await ProblemAssert.ValidationProblemAsync(await a.GetAsync("/api/v1/dead-letters?pageSize=0"), "pageSize");
    }

    [Fact]
    public async Task Reprocessing_asks_the_failed_items_again_until_the_run_completes_with_every_item_answered_once()
    {
        var (_, key) = await TestClients.CreateAsync(Server, "Retry Co");
        using var http = Server.Client(key);
        var runId = await EndedRunAsync(http, new { platforms = new[] { "flaky", "priced" }, maxQuestions = 20 });
        var first = await (await http.GetAsync($"/api/v1/audits/{runId}")).ReadAsync();
        Assert.Equal("partially_completed", first["status"]!.GetValue<string>());
        var total = first["progress"]!["total"]!.GetValue<int>();

        for (var round = 1; ; round++)
        {
            var letters = (await ListAsync(http, $"runId={runId}&pageSize=200"))["items"]!.AsArray();
            if (letters.Count == 0)
            {
                break;
            }
            Assert.True(round <= 60, "Dead letters were left after 60 rounds of reprocessing.");
            var ids = letters.Select(l => l!["id"]!.GetValue<Guid>()).ToArray();
            // Odd rounds name the letters; even rounds name the run.
            object body = round % 2 == 1 ? new { ids } : new { runId };
            var accepted = await http.PostJsonAsync("/api/v1/dead-letters/reprocess", body);
            var result = await accepted.ReadAsync();
            Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, $"{accepted.StatusCode}: {result.ToJsonString()}");
            var perRun = Assert.Single(result["runs"]!.AsArray())!;
            Assert.Equal(runId, perRun["runId"]!.GetValue<Guid>());
            Assert.Equal("reprocessing", perRun["action"]!.GetValue<string>());
            Assert.Equal(ids.Length, perRun["deadLettersDeleted"]!.GetValue<int>());
            if (round == 1)
            {
                // A repeat names letters that are gone: a 400, and nothing changes.
                await ProblemAssert.ValidationProblemAsync(await http.PostJsonAsync("/api/v1/dead-letters/reprocess", new { ids }), "ids[0]");
            }
            await Runs.WaitUntilEndedAsync(http, $"/api/v1/audits/{runId}");
        }

        var run = await (await http.GetAsync($"/api/v1/audits/{runId}")).ReadAsync();
        Assert.Equal("completed", run["status"]!.GetValue<string>());
        Assert.Equal(total, run["progress"]!["processed"]!.GetValue<int>());
        Assert.Equal(0, run["progress"]!["failed"]!.GetValue<int>());
        Assert.Equal(total, await Server.CountAsync("select count(*) from responses where audit_run_id = @p", runId));
        Assert.Equal(total, await Server.CountAsync(
            "select count(distinct (question_id, platform, sample)) from responses where audit_run_id = @p", runId));
        Assert.Equal(0, await Server.CountAsync("select count(*) from dead_letters where audit_run_id = @p", runId));
        // However many rounds and failed attempts it took, the flaky provider answered each question once: a work item
        // asked again after it had been answered would be paid for twice, which the responses table's unique key hides.
        var questions = (await (await http.GetAsync($"/api/v1/audits/{runId}/questions?pageSize=200")).ReadAsync())["items"]!.AsArray()
            .Select(q => q!["text"]!.GetValue<string>()).ToList();
        var answered = fixture.Flaky.AnsweredPerQuestion;
        Assert.Equal(questions.Order(), answered.Keys.Order());
        Assert.All(answered, question => Assert.True(question.Value == 1, $"'{question.Key}' was answered {question.Value} times."));
        Assert.True(fixture.Flaky.Received > questions.Count, "the flaky provider failed no call, so nothing was reprocessed");
        var stats = run["stats"]!.AsArray();
        Assert.Equal(total, stats.Sum(s => s!["successfulQueries"]!.GetValue<int>()));
        Assert.All(stats, s => Assert.Equal(0, s!["failedQueries"]!.GetValue<int>()));
        Assert.Equal(total / 2, stats.Single(s => s!["platform"]!.GetValue<string>() == "flaky")!["successfulQueries"]!.GetValue<int>());
        Assert.Equal(
            await Server.CountAsync("select round(sum(cost_usd) * 1000000) from responses where audit_run_id = @p", runId),
            (long)Math.Round(run["costUsd"]!.GetValue<decimal>() * 1_000_000m));
    }

    [Fact]
    public async Task A_running_run_is_a_409_and_bad_requests_are_400s_naming_the_field_and_nothing_is_deleted()
    {
        var (_, key) = await TestClients.CreateAsync(Server, "Busy Co");
        var (_, otherKey) = await TestClients.CreateAsync(Server, "Other Co");
        using var http = Server.Client(key);
        using var other = Server.Client(otherKey);
        var otherRun = await EndedRunAsync(other, new { platforms = new[] { "broken" }, maxQuestions = 1 });
        var otherLetter = (await ListAsync(other, ""))["items"]![0]!["id"]!.GetValue<Guid>();

        // The broken platform's items fail at once while the slow platform (30 calls a minute) keeps the run going for 20 s or more.
        var accepted = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "broken", "slow" }, maxQuestions = 10 });
        var location = accepted.Headers.Location!.ToString();
        var runId = (await accepted.ReadAsync())["id"]!.GetValue<Guid>();
        var letter = await FirstLetterAsync(http, runId);
        // The run keeps adding letters while it runs, so "nothing deleted" is checked on the letters named here.
        async Task StillThereAsync()
        {
            foreach (var id in new[] { letter, otherLetter })
            {
                Assert.Equal(1, await Server.CountAsync("select count(*) from dead_letters where id = @p", id));
            }
        }

        var running = await http.PostJsonAsync("/api/v1/dead-letters/reprocess", new { ids = new[] { letter } });
        var problem = await running.ReadAsync();
        Assert.True(running.StatusCode == HttpStatusCode.Conflict, $"{running.StatusCode}: {problem.ToJsonString()}");
        Assert.Contains("wait for it to end", problem["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, (await http.PostJsonAsync("/api/v1/dead-letters/reprocess", new { runId })).StatusCode);

        async Task Invalid(string body, string field) =>
            await ProblemAssert.ValidationProblemAsync(await http.PostRawAsync("/api/v1/dead-letters/reprocess", body), field);
        await Invalid("{}", "ids");
        await Invalid("""{"ids":[]}""", "ids");
        await Invalid($$"""{"ids":["{{letter}}"],"runId":"{{runId}}"}""", "ids");
        await Invalid($$"""{"ids":["{{letter}}", "{{Guid.NewGuid()}}"]}""", "ids[1]");
        await Invalid($$"""{"ids":["{{otherLetter}}"]}""", "ids[0]");
        await Invalid($$"""{"ids":[{{string.Join(",", Enumerable.Range(0, 1001).Select(_ => $"\"{Guid.NewGuid()}\""))}}]}""", "ids");
        await Invalid("""{"ids":["not-an-id"]}""", "ids[0]");
        await Invalid("""{"ids":null,"extra":1}""", "extra");
        Assert.Equal(
            HttpStatusCode.NotFound, (await http.PostJsonAsync("/api/v1/dead-letters/reprocess", new { runId = otherRun })).StatusCode);
        await StillThereAsync();

        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync($"{location}/cancel", null)).StatusCode);
        // A cancelled run never asked some items: reprocessing would ask those too, so it is refused.
        Assert.Equal(HttpStatusCode.Conflict, (await http.PostJsonAsync("/api/v1/dead-letters/reprocess", new { runId })).StatusCode);
        await StillThereAsync();
    }

    private static async Task<Guid> EndedRunAsync(HttpClient http, object audit)
    {
        var accepted = await http.PostJsonAsync("/api/v1/audits", audit);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var run = await Runs.WaitUntilEndedAsync(http, accepted.Headers.Location!.ToString());
        return run["id"]!.GetValue<Guid>();
    }

    private static async Task<JsonNode> ListAsync(HttpClient http, string query)
    {
        var response = await http.GetAsync($"/api/v1/dead-letters?{query}");
        var body = await response.ReadAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body.ToJsonString()}");
        return body;
    }

    private static async Task<Guid> FirstLetterAsync(HttpClient http, Guid runId)
    {
        var items = await Eventually.UntilAsync(
            async () => (await ListAsync(http, $"runId={runId}"))["items"]!.AsArray(),
            letters => letters.Count > 0,
            TimeSpan.FromSeconds(30),
            _ => "no dead letter appeared");
        return items[0]!["id"]!.GetValue<Guid>();
    }
}
