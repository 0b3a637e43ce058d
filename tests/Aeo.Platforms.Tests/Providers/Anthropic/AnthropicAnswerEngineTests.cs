using System.Text.Json.Nodes;
using Aeo.FakeProviders;
using Aeo.FakeProviders.Anthropic;
using Aeo.Platforms.Http;
using Aeo.Platforms.Providers.Anthropic;
using static Aeo.Platforms.Tests.Providers.ProviderFailures;

namespace Aeo.Platforms.Tests.Providers.Anthropic;

public sealed class AnthropicAnswerEngineTests : IAsyncLifetime
{
    private const string ApiKey = "sk-ant-api03-test-0123456789abcdef";
    private const string Question = "What is the best CRM for a 10-person agency?";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private readonly HttpClient http = ProviderHttpClients.Create();
    private FakeProviderServer server = null!;

    public async Task InitializeAsync() =>
        server = await FakeProviderServer.StartAsync(_ => AnthropicReplies.Message("claude-sonnet-4-5-20250929", 10, 5, AnthropicReplies.Text("Use HubSpot.")));

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        http.Dispose();
    }

    private AnthropicAnswerEngine Engine(Uri? baseUrl = null, string? apiVersion = null) => new("claude", new PlatformOptions
    {
        Kind = PlatformKinds.Anthropic,
        ApiKey = ApiKey,
        BaseUrl = (baseUrl ?? new Uri(server.BaseUrl, "v1")).ToString(),
        ApiVersion = apiVersion,
        MaxOutputTokens = 1024,
        Pricing = new(StringComparer.OrdinalIgnoreCase)
        {
            ["claude-sonnet-4-5"] = new ModelPrice { InputPerMillionTokens = 3m, OutputPerMillionTokens = 15m },
        },
    }, http, new StoppedClock(Now));

    private void Reply(FakeReply reply) => server.Respond = _ => Task.FromResult(reply);

    private static AnswerRequest Request(bool webSearch) => new(Question, 0, ["HubSpot"]) { WebSearch = webSearch };

    [Fact]
    public async Task A_web_search_answer_has_its_text_usage_cost_and_cited_and_retrieved_sources()
    {
        Reply(AnthropicReplies.Message(
                "claude-sonnet-4-5-20250929", 2100, 300,
                AnthropicReplies.SearchQuery("best crm small agency"),
                AnthropicReplies.SearchResults(
                    ("https://example.com/crm-guide", "CRM guide"),
                    ("https://www.hubspot.com/pricing", "HubSpot pricing"),
                    ("https://reviews.example.org/crm", "CRM reviews")),
                AnthropicReplies.Text("For a small agency, "),
                AnthropicReplies.Text("HubSpot has a free tier", AnthropicReplies.Citation("https://www.hubspot.com/pricing", "HubSpot pricing", "Free tools")),
                AnthropicReplies.Text(" and Pipedrive is simple.",
                    AnthropicReplies.Citation("https://www.pipedrive.com/", "Pipedrive", "Simple CRM"),
                    AnthropicReplies.Citation("https://www.hubspot.com/pricing", "HubSpot pricing", "Starter")))
            .WithHeader("anthropic-ratelimit-requests-limit", "50")
            .WithHeader("anthropic-ratelimit-requests-remaining", "49")
            .WithHeader("anthropic-ratelimit-requests-reset", "2026-11-24T12:00:06Z")
            .WithHeader("anthropic-ratelimit-tokens-limit", "80000")
            .WithHeader("anthropic-ratelimit-tokens-remaining", "77600")
            .WithHeader("anthropic-ratelimit-tokens-reset", "2026-11-24T12:00:02Z"));

        var answer = await Engine().AskAsync(Request(webSearch: true), CancellationToken.None);

        Assert.Equal("For a small agency, HubSpot has a free tier and Pipedrive is simple.", answer.Text);
        Assert.Equal("claude-sonnet-4-5-20250929", answer.Model);
        Assert.False(answer.IsSimulated);
        Assert.Equal((2100, 300), (answer.InputTokens, answer.OutputTokens));
        Assert.Equal((2100 * 3m + 300 * 15m) / 1_000_000m, answer.CostUsd);
        Assert.Equal(CostSource.PriceTable, answer.CostSource);
        Assert.True(answer.Latency > TimeSpan.Zero);
        Assert.Equal(
            [
                new EngineCitation("https://example.com/crm-guide", "CRM guide", Cited: false, 1),
                new EngineCitation("https://www.hubspot.com/pricing", "HubSpot pricing", Cited: true, 2),
                new EngineCitation("https://reviews.example.org/crm", "CRM reviews", Cited: false, 3),
                new EngineCitation("https://www.pipedrive.com/", "Pipedrive", Cited: true, 4),
            ],
            answer.Citations);
        Assert.Equal(new RateLimitSnapshot(50, 49, TimeSpan.FromSeconds(6), 80000, 77600, TimeSpan.FromSeconds(2)), answer.RateLimits);
        Assert.Contains("\"web_search_tool_result\"", answer.RawJson);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/messages", request.Path);
        Assert.Equal(string.Empty, request.Query);
        Assert.Equal(ApiKey, request.Header("x-api-key"));
        Assert.Equal("2023-06-01", request.Header("anthropic-version"));
        Assert.Null(request.Header("authorization"));
        AssertJson(
            """
            {"model":"claude-sonnet-4-5","max_tokens":1024,"messages":[{"role":"user","content":"What is the best CRM for a 10-person agency?"}],
             "tools":[{"type":"web_search_20250305","name":"web_search","max_uses":5}]}
            """,
            request.Body);
    }

    [Fact]
    public async Task Without_web_search_no_tool_is_sent_and_the_configured_version_is()
    {
        var answer = await Engine(apiVersion: "2025-01-01").AskAsync(Request(webSearch: false), CancellationToken.None);

        Assert.Equal("Use HubSpot.", answer.Text);
        Assert.Empty(answer.Citations);
        Assert.Null(answer.RateLimits);
        var request = Assert.Single(server.Requests);
        Assert.Equal("2025-01-01", request.Header("anthropic-version"));
        AssertJson(
            """{"model":"claude-sonnet-4-5","max_tokens":1024,"messages":[{"role":"user","content":"What is the best CRM for a 10-person agency?"}]}""",
            request.Body);
    }

    [Fact]
    public async Task The_raw_body_is_kept_verbatim()
    {
        const string body = """{"id":"msg_1","type":"message","role":"assistant","model":"claude-haiku-4-5","content":[{"type":"text","text":"Short."}],"stop_reason":"end_turn","usage":{"input_tokens":3,"output_tokens":1}}""";
        Reply(FakeReply.Raw(200, body));

        var answer = await Engine().AskAsync(Request(webSearch: false), CancellationToken.None);

        Assert.Equal(body, answer.RawJson);
        Assert.Equal("claude-haiku-4-5", answer.Model);
        Assert.Null(answer.CostUsd);
        Assert.Equal(CostSource.Unknown, answer.CostSource);
    }

    [Fact]
    public async Task A_429_is_a_rate_limit_with_its_wait_and_budget()
    {
        Reply(AnthropicReplies.Error(429, "rate_limit_error", "Number of requests has exceeded your per-minute rate limit")
            .WithHeader("retry-after", "7")
            .WithHeader("anthropic-ratelimit-requests-limit", "50")
            .WithHeader("anthropic-ratelimit-requests-remaining", "0")
            .WithHeader("anthropic-ratelimit-requests-reset", "2026-11-24T12:00:07Z"));

        var error = await FailureOf(() => Engine().AskAsync(Request(false), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.RateLimit, error.ErrorClass);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.Equal(429, error.StatusCode);
        Assert.True(error.IsTransient);
        Assert.False(error.CountsAgainstHealth);
        Assert.Equal(new RateLimitSnapshot(50, 0, TimeSpan.FromSeconds(7), null, null, null), error.RateLimits);
        Assert.Contains("per-minute rate limit", error.Message);
    }

    [Theory]
    [InlineData(500, "api_error", EngineErrorClass.Unavailable)]
    [InlineData(503, "api_error", EngineErrorClass.Unavailable)]
    [InlineData(529, "overloaded_error", EngineErrorClass.Unavailable)]
    [InlineData(401, "authentication_error", EngineErrorClass.Authentication)]
    [InlineData(403, "permission_error", EngineErrorClass.Authentication)]
    [InlineData(400, "invalid_request_error", EngineErrorClass.BadRequest)]
    public async Task Error_statuses_are_classified_and_never_echo_the_key(int status, string type, EngineErrorClass expected)
    {
        // A provider may quote the key it rejected; the message must not carry it on.
        Reply(AnthropicReplies.Error(status, type, $"request failed for key {ApiKey}"));

        var error = await FailureOf(() => Engine().AskAsync(Request(false), CancellationToken.None), ApiKey);

        Assert.Equal(expected, error.ErrorClass);
        Assert.Equal(status, error.StatusCode);
        Assert.Null(error.RetryAfter);
        Assert.Contains("[redacted]", error.Message);
    }

    [Fact]
    public async Task A_caller_giving_up_on_a_slow_reply_ends_the_call_promptly_as_cancelled()
    {
        Reply(AnthropicReplies.Message("claude-sonnet-4-5", 1, 1, AnthropicReplies.Text("late")).After(TimeSpan.FromMinutes(5)));
        using var attemptTimeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Engine().AskAsync(Request(false), attemptTimeout.Token).WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.Equal(attemptTimeout.Token, error.CancellationToken);
        AssertNoKey(error, ApiKey);
    }

    [Theory]
    [InlineData("{\"id\":\"msg_1\",\"content\":[{\"type\":\"text\",")]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    public async Task A_body_that_is_not_json_is_an_invalid_response(string body)
    {
        Reply(FakeReply.Raw(200, body));

        var error = await FailureOf(() => Engine().AskAsync(Request(false), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.InvalidResponse, error.ErrorClass);
    }

    [Theory]
    [InlineData("""{"id":"msg_1","type":"message"}""")]
    [InlineData("""{"content":"Use HubSpot.","usage":{"input_tokens":1,"output_tokens":1}}""")]
    [InlineData("""{"content":[{"type":"text","text":"Use HubSpot."}]}""")]
    [InlineData("""{"content":[{"type":"text","text":"Use HubSpot."}],"usage":{"input_tokens":"many","output_tokens":1}}""")]
    [InlineData("""{"content":[{"type":"server_tool_use","id":"x","name":"web_search","input":{}}],"usage":{"input_tokens":1,"output_tokens":1}}""")]
    [InlineData("""{"content":[{"type":"text","text":"  "}],"usage":{"input_tokens":1,"output_tokens":1}}""")]
    [InlineData("""[1,2,3]""")]
    public async Task A_200_in_the_wrong_shape_or_without_text_is_an_invalid_response(string body)
    {
        Reply(FakeReply.Raw(200, body));

        var error = await FailureOf(() => Engine().AskAsync(Request(false), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.InvalidResponse, error.ErrorClass);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_refusal_without_text_is_a_bad_request_that_is_not_retried()
    {
        Reply(FakeReply.Raw(200, """{"model":"claude-sonnet-4-5","content":[],"stop_reason":"refusal","usage":{"input_tokens":12,"output_tokens":0}}"""));

        var error = await FailureOf(() => Engine().AskAsync(Request(false), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.BadRequest, error.ErrorClass);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task A_refused_connection_is_unavailable()
    {
        var error = await FailureOf(() => Engine(ClosedPortUrl("v1/")).AskAsync(Request(false), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.Unavailable, error.ErrorClass);
        Assert.Null(error.StatusCode);
    }

    private static void AssertJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}{Environment.NewLine}but the fake received {actual}");
}
