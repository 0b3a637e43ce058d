using System.Text.Json.Nodes;
using Aeo.FakeProviders;
using Aeo.FakeProviders.OpenAI;
using Aeo.FakeProviders.Perplexity;
using Aeo.Platforms.Http;
using Aeo.Platforms.Providers.Perplexity;
using static Aeo.Platforms.Tests.Providers.ProviderFailures;

namespace Aeo.Platforms.Tests.Providers.Perplexity;

public sealed class PerplexityAnswerEngineTests : IAsyncLifetime
{
    private const string ApiKey = "pplx-test-0123456789abcdef0123456789";
    private const string Question = "What is the best CRM for a 10-person agency?";

    private readonly HttpClient http = ProviderHttpClients.Create();
    private FakeProviderServer server = null!;

    public async Task InitializeAsync() =>
        server = await FakeProviderServer.StartAsync(_ => PerplexityReplies.Answer("sonar", 10, 5, null, "Use HubSpot.", []));

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        http.Dispose();
    }

    private PerplexityAnswerEngine Engine(Uri? baseUrl = null, string? model = null) => new("perplexity", new PlatformOptions
    {
        Kind = PlatformKinds.Perplexity,
        ApiKey = ApiKey,
        BaseUrl = (baseUrl ?? server.BaseUrl).ToString(),
        Model = model,
        MaxOutputTokens = 1024,
        Pricing = new(StringComparer.OrdinalIgnoreCase)
        {
            ["sonar"] = new ModelPrice { InputPerMillionTokens = 1m, OutputPerMillionTokens = 1m },
        },
    }, http, TimeProvider.System);

    private void Reply(FakeReply reply) => server.Respond = _ => Task.FromResult(reply);

    private static AnswerRequest Request(bool webSearch = true) => new(Question, 0, ["HubSpot"]) { WebSearch = webSearch };

    [Fact]
    public async Task An_answer_has_its_text_usage_reported_cost_and_cited_and_retrieved_sources()
    {
        Reply(PerplexityReplies.Answer("sonar", 1200, 250, 0.006245m, "HubSpot has a free tier [1] and Pipedrive is simple [2].",
                ["https://www.hubspot.com/pricing", "https://www.pipedrive.com/"],
                ("https://example.com/crm-guide", "CRM guide"),
                ("https://www.pipedrive.com/", "Pipedrive CRM"),
                ("https://www.hubspot.com/pricing", "HubSpot pricing"))
            .WithHeader("x-ratelimit-limit-requests", "50")
            .WithHeader("x-ratelimit-remaining-requests", "49"));

        var answer = await Engine().AskAsync(Request(), CancellationToken.None);

        Assert.Equal("HubSpot has a free tier [1] and Pipedrive is simple [2].", answer.Text);
        Assert.Equal("sonar", answer.Model);
        Assert.False(answer.IsSimulated);
        Assert.Equal((1200, 250), (answer.InputTokens, answer.OutputTokens));
        Assert.Equal(0.006245m, answer.CostUsd);
        Assert.Equal(CostSource.Provider, answer.CostSource);
        Assert.True(answer.Latency > TimeSpan.Zero);
        Assert.Equal(
            [
                new EngineCitation("https://www.hubspot.com/pricing", "HubSpot pricing", Cited: true, 1),
                new EngineCitation("https://www.pipedrive.com/", "Pipedrive CRM", Cited: true, 2),
                new EngineCitation("https://example.com/crm-guide", "CRM guide", Cited: false, 3),
            ],
            answer.Citations);
        Assert.Equal(new RateLimitSnapshot(50, 49, null, null, null, null), answer.RateLimits);
        Assert.Contains("\"search_results\"", answer.RawJson);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/chat/completions", request.Path);
        Assert.Equal(string.Empty, request.Query);
        Assert.Equal($"Bearer {ApiKey}", request.Header("authorization"));
        AssertJson(
            """{"model":"sonar","messages":[{"role":"user","content":"What is the best CRM for a 10-person agency?"}],"max_tokens":1024}""",
            request.Body);
    }

    [Fact]
    public async Task Without_a_reported_cost_the_price_table_prices_the_answer_and_the_raw_body_is_kept_verbatim()
    {
        const string body = """{"id":"1","model":"sonar-pro","usage":{"prompt_tokens":100,"completion_tokens":50,"total_tokens":150},"choices":[{"index":0,"message":{"role":"assistant","content":"Use HubSpot."}}]}""";
        Reply(FakeReply.Raw(200, body));

        var answer = await Engine(model: "sonar-pro").AskAsync(Request(webSearch: false), CancellationToken.None);

        Assert.Equal("Use HubSpot.", answer.Text);
        Assert.Equal(body, answer.RawJson);
        Assert.Empty(answer.Citations);
        Assert.Equal((100 * 1m + 50 * 1m) / 1_000_000m, answer.CostUsd);
        Assert.Equal(CostSource.PriceTable, answer.CostSource);
        Assert.Equal("sonar-pro", Assert.Single(server.Requests).Json.GetProperty("model").GetString());
    }

    [Fact]
    public async Task A_429_is_a_rate_limit_with_its_wait()
    {
        Reply(OpenAIReplies.Error(429, "rate_limit_exceeded", null, "Rate limit exceeded.")
            .WithHeader("retry-after", "3")
            .WithHeader("x-ratelimit-limit-requests", "50")
            .WithHeader("x-ratelimit-remaining-requests", "0")
            .WithHeader("x-ratelimit-reset-requests", "1m2s"));

        var error = await FailureOf(() => Engine().AskAsync(Request(), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.RateLimit, error.ErrorClass);
        Assert.Equal(TimeSpan.FromSeconds(3), error.RetryAfter);
        Assert.Equal(429, error.StatusCode);
        Assert.True(error.IsTransient);
        Assert.Equal(new RateLimitSnapshot(50, 0, TimeSpan.FromSeconds(62), null, null, null), error.RateLimits);
    }

    [Theory]
    [InlineData(500, "server_error", EngineErrorClass.Unavailable)]
    [InlineData(503, "server_error", EngineErrorClass.Unavailable)]
    [InlineData(401, "invalid_api_key", EngineErrorClass.Authentication)]
    [InlineData(400, "invalid_model", EngineErrorClass.BadRequest)]
    public async Task Error_statuses_are_classified_and_never_echo_the_key(int status, string type, EngineErrorClass expected)
    {
        Reply(OpenAIReplies.Error(status, type, null, $"Invalid API key {ApiKey}"));

        var error = await FailureOf(() => Engine().AskAsync(Request(), CancellationToken.None), ApiKey);

        Assert.Equal(expected, error.ErrorClass);
        Assert.Equal(status, error.StatusCode);
        Assert.Contains("[redacted]", error.Message);
    }

    [Fact]
    public async Task A_caller_giving_up_on_a_slow_reply_ends_the_call_promptly_as_cancelled()
    {
        Reply(PerplexityReplies.Answer("sonar", 1, 1, null, "late", []).After(TimeSpan.FromMinutes(5)));
        using var attemptTimeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Engine().AskAsync(Request(), attemptTimeout.Token).WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.Equal(attemptTimeout.Token, error.CancellationToken);
        AssertNoKey(error, ApiKey);
    }

    [Theory]
    [InlineData("{\"choices\":[{\"message\":")]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    public async Task A_body_that_is_not_json_is_an_invalid_response(string body)
    {
        Reply(FakeReply.Raw(200, body));

        var error = await FailureOf(() => Engine().AskAsync(Request(), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.InvalidResponse, error.ErrorClass);
    }

    [Theory]
    [InlineData("""{"id":"1","citations":["https://example.com/"]}""")]
    [InlineData("""{"choices":[]}""")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","content":""}}],"citations":["https://example.com/"]}""")]
    [InlineData("""[1,2,3]""")]
    public async Task A_200_in_the_wrong_shape_or_without_text_is_an_invalid_response(string body)
    {
        Reply(FakeReply.Raw(200, body));

        var error = await FailureOf(() => Engine().AskAsync(Request(), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.InvalidResponse, error.ErrorClass);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_refused_connection_is_unavailable()
    {
        var error = await FailureOf(() => Engine(ClosedPortUrl("")).AskAsync(Request(), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.Unavailable, error.ErrorClass);
        Assert.Null(error.StatusCode);
    }

    private static void AssertJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}{Environment.NewLine}but the fake received {actual}");
}
