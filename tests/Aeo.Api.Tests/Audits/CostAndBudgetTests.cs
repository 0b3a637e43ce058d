namespace Aeo.Api.Tests.Audits;

/// <summary>Cost per answer, per platform and per run from priced simulated platforms, and a budget that stops dispatch.</summary>
[Collection(CostAndDeadLetterCollection.Name)]
public sealed class CostAndBudgetTests(CostAndDeadLetterServer fixture)
{
    private ApiServer Server => fixture.Server;

    [Fact]
    public async Task Each_answer_stores_its_cost_and_the_run_sums_them_per_platform_and_counts_unknown_costs()
    {
        var (_, key) = await TestClients.CreateAsync(Server, "Costly Co");
        using var http = Server.Client(key);
        var accepted = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "priced", "quick-a" }, maxQuestions = 4, samplesPerQuestion = 2 });
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var run = await Runs.WaitUntilEndedAsync(http, accepted.Headers.Location!.ToString());
        Assert.Equal("completed", run["status"]!.GetValue<string>());
        var runId = run["id"]!.GetValue<Guid>();

        var responses = (await (await http.GetAsync($"/api/v1/audits/{runId}/responses?pageSize=200")).ReadAsync())["items"]!.AsArray();
        Assert.Equal(16, responses.Count);
        foreach (var response in responses)
        {
            Assert.NotNull(response!["startedAt"]);
            if (response["platform"]!.GetValue<string>() == "priced")
            {
                var expected = (response["inputTokens"]!.GetValue<decimal>() * CostAndDeadLetterServer.InputPrice
                    + response["outputTokens"]!.GetValue<decimal>() * CostAndDeadLetterServer.OutputPrice) / 1_000_000m;
                Assert.Equal(expected, response["costUsd"]!.GetValue<decimal>());
                Assert.Equal("price_table", response["costSource"]!.GetValue<string>());
            }
            else
            {
                Assert.Null(response["costUsd"]);
                Assert.Null(response["costSource"]);
            }
        }

        var pricedTotal = await SumAsync("select sum(cost_usd) from responses where audit_run_id = @p and platform = 'priced'", runId);
        Assert.True(pricedTotal > 0);
        var stats = run["stats"]!.AsArray().ToDictionary(s => s!["platform"]!.GetValue<string>());
        Assert.Equal(pricedTotal, stats["priced"]!["costUsd"]!.GetValue<decimal>());
        Assert.Equal(0, stats["priced"]!["unknownCostAnswers"]!.GetValue<int>());
        Assert.Equal(0m, stats["quick-a"]!["costUsd"]!.GetValue<decimal>());
        Assert.Equal(8, stats["quick-a"]!["unknownCostAnswers"]!.GetValue<int>());
        Assert.Equal(pricedTotal, run["costUsd"]!.GetValue<decimal>());
        Assert.Equal(8, run["unknownCostAnswers"]!.GetValue<int>());
        Assert.Null(run["budget"]);
        Assert.Equal(
            0, await Server.CountAsync("select count(*) from responses where audit_run_id = @p and (started_at is null or started_at > created_at)", runId));
    }

    [Fact]
    public async Task A_spent_budget_stops_new_questions_while_those_begun_finish_and_the_run_says_so()
    {
        var (_, key) = await TestClients.CreateAsync(Server, "Thrifty Co");
        using var http = Server.Client(key);
        var accepted = await http.PostJsonAsync(
            "/api/v1/audits", new { platforms = new[] { "priced" }, maxQuestions = 20, samplesPerQuestion = 2, maxCostUsd = 1.0m });
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var run = await Runs.WaitUntilEndedAsync(http, accepted.Headers.Location!.ToString());
        var runId = run["id"]!.GetValue<Guid>();

        var answered = await Server.CountAsync("select count(*) from responses where audit_run_id = @p", runId);
        var total = run["progress"]!["total"]!.GetValue<int>();
        var spent = await SumAsync("select sum(cost_usd) from responses where audit_run_id = @p", runId);
        Assert.True(answered < total, $"The budget stopped nothing: {run.ToJsonString()}");
        Assert.Equal("partially_completed", run["status"]!.GetValue<string>());
        Assert.Equal("completed", run["stage"]!.GetValue<string>());
        Assert.Equal(total - answered, run["progress"]!["skipped"]!.GetValue<int>());
        Assert.Equal(100.0, run["progress"]!["percent"]!.GetValue<double>());
        var budget = run["budget"]!;
        Assert.Equal(1.0m, budget["limitUsd"]!.GetValue<decimal>());
        Assert.Equal(spent, budget["spentUsd"]!.GetValue<decimal>());
        Assert.True(spent >= 1.0m);
        Assert.True(budget["reached"]!.GetValue<bool>());
        Assert.NotNull(budget["reachedAt"]);
        Assert.Equal(spent, run["costUsd"]!.GetValue<decimal>());
        Assert.Contains("budget", run["lastError"]!.GetValue<string>());
        // Skipped items are not failures: nothing was dead-lettered, and every question begun was finished.
        Assert.Equal(0, await Server.CountAsync("select count(*) from dead_letters where audit_run_id = @p", runId));
        Assert.Equal(0, await Server.CountAsync(
            "select count(*) from (select question_id from responses where audit_run_id = @p group by question_id having count(*) <> 2) q", runId));
    }

    [Theory]
    [InlineData("""{"maxCostUsd":0}""", "maxCostUsd")]
    [InlineData("""{"maxCostUsd":-2.5}""", "maxCostUsd")]
    [InlineData("""{"maxCostUsd":"ten"}""", "maxCostUsd")]
    [InlineData("""{"webSearch":"yes"}""", "webSearch")]
    public async Task A_bad_budget_or_web_search_flag_is_a_400_naming_the_field_and_stores_nothing(string body, string field)
    {
        var (clientId, key) = await TestClients.CreateAsync(Server, "Strict Co");
        using var http = Server.Client(key);
        await ProblemAssert.ValidationProblemAsync(await http.PostRawAsync("/api/v1/audits", body), field);
        Assert.Equal(0, await Server.CountAsync("select count(*) from audit_runs where client_id = @p", clientId));
    }

    [Fact]
    public async Task Web_search_is_kept_with_the_run()
    {
        var (_, key) = await TestClients.CreateAsync(Server, "Searching Co");
        using var http = Server.Client(key);
        var accepted = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "priced" }, maxQuestions = 1, webSearch = true });
        var run = await Runs.WaitUntilEndedAsync(http, accepted.Headers.Location!.ToString());
        Assert.True(run["webSearch"]!.GetValue<bool>());
        Assert.Equal(1, await Server.CountAsync("select count(*) from audit_runs where id = @p and (config->>'webSearch')::boolean", run["id"]!.GetValue<Guid>()));
    }

    [Fact]
    public async Task A_schedule_keeps_the_budget_and_web_search_for_the_runs_it_starts()
    {
        var (clientId, key) = await TestClients.CreateAsync(Server, "Scheduled Co");
        using var http = Server.Client(key);
        await ProblemAssert.ValidationProblemAsync(
            await http.PostJsonAsync("/api/v1/schedules", new { name = "weekly", kind = "interval", interval = "01:00:00", audit = new { maxCostUsd = 0 } }),
            "audit.maxCostUsd");
        Assert.Equal(0, await Server.CountAsync("select count(*) from schedules where client_id = @p", clientId));

        var created = await http.PostJsonAsync("/api/v1/schedules", new
        {
            name = "weekly",
            kind = "interval",
            interval = "01:00:00",
            audit = new { platforms = new[] { "priced" }, maxQuestions = 1, maxCostUsd = 2.5m, webSearch = true },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var schedule = created.Headers.Location!.ToString();
        var audit = (await (await http.GetAsync(schedule)).ReadAsync())["audit"]!;
        Assert.Equal((2.5m, true), (audit["maxCostUsd"]!.GetValue<decimal>(), audit["webSearch"]!.GetValue<bool>()));

        var triggered = await http.PostAsync($"{schedule}/trigger", null);
        Assert.Equal(HttpStatusCode.Accepted, triggered.StatusCode);
        var run = await Runs.WaitUntilEndedAsync(http, triggered.Headers.Location!.ToString());
        Assert.Equal(2.5m, run["budget"]!["limitUsd"]!.GetValue<decimal>());
        Assert.True(run["webSearch"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync(schedule)).StatusCode);
    }

    private async Task<decimal> SumAsync(string sql, Guid runId)
    {
        await using var connection = new NpgsqlConnection(Server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("p", runId);
        return (decimal)(await command.ExecuteScalarAsync())!;
    }
}
