namespace Aeo.Api.Tests.Limits;

/// <summary>
/// Pasted-answer analysis asks the LLM sentiment judge only when the request says so, and within the key's daily
/// budget of judge calls, counted in PostgreSQL. The judge here is a simulated platform under the Ensemble strategy,
/// so every judged analysis makes a call.
/// </summary>
public sealed class JudgeBudgetTests : IAsyncLifetime
{
    private readonly ApiServer server = new();

    public Task InitializeAsync() => server.StartAsync(
    [
        "--Aeo:Analysis:SentimentJudgePlatform=quick-a",
        "--Aeo:Analysis:SentimentStrategy=Ensemble",
        "--Aeo:Analysis:JudgeCallsPerKeyPerDay=1",
    ]);

    public Task DisposeAsync() => server.DisposeAsync();

    [Fact]
    public async Task The_judge_is_asked_only_on_request_and_a_spent_budget_is_a_429()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Judge Brand");
        using var http = server.Client(key);
        var body = new { text = "Acme is a wonderful tool.", brands = new[] { new { name = "Acme" } } };

        var lexicon = await http.PostJsonAsync("/api/v1/analysis/mentions", body);
        Assert.Equal(HttpStatusCode.OK, lexicon.StatusCode);
        Assert.Equal("lexicon", (await lexicon.ReadAsync())["sentimentProvider"]!.GetValue<string>());
        Assert.Equal(0, await server.CountAsync("select coalesce(sum(calls), 0) from judge_usage"));

        var judged = await http.PostJsonAsync("/api/v1/analysis/mentions", new { body.text, body.brands, judge = true });
        Assert.Equal(HttpStatusCode.OK, judged.StatusCode);
        Assert.Equal("engine:ensemble", (await judged.ReadAsync())["sentimentProvider"]!.GetValue<string>());
        Assert.Equal(1, await server.CountAsync("select coalesce(sum(calls), 0) from judge_usage"));

        var refused = await http.PostJsonAsync("/api/v1/analysis/mentions", new { body.text, body.brands, judge = true });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        Assert.Equal(1, await server.CountAsync("select coalesce(sum(calls), 0) from judge_usage"));

        // Another key has a budget of its own; the lexicon alone still answers the spent one.
        var (_, otherKey) = await TestClients.CreateAsync(server, "Other Judge Brand");
        using var other = server.Client(otherKey);
        Assert.Equal(HttpStatusCode.OK, (await other.PostJsonAsync("/api/v1/analysis/mentions", new { body.text, body.brands, judge = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.PostJsonAsync("/api/v1/analysis/mentions", body)).StatusCode);
        Assert.Equal(2, await server.CountAsync("select count(*) from judge_usage"));
    }
}
