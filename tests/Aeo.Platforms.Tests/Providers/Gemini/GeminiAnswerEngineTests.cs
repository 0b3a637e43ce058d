using System.Text.Json.Nodes;
using Aeo.FakeProviders;
using Aeo.FakeProviders.Gemini;
using Aeo.Platforms.Http;
using Aeo.Platforms.Providers.Gemini;
using static Aeo.Platforms.Tests.Providers.ProviderFailures;

namespace Aeo.Platforms.Tests.Providers.Gemini;

public sealed class GeminiAnswerEngineTests : IAsyncLifetime
{
    private const string ApiKey = "AIzaSyTest-0123456789abcdefghijklmno";
    private const string Question = "What is the best CRM for a 10-person agency?";

    private readonly HttpClient http = ProviderHttpClients.Create();
    private FakeProviderServer server = null!;

    public async Task InitializeAsync() =>
        server = await FakeProviderServer.StartAsync(_ => GeminiReplies.Answer("gemini-2.5-flash", 10, 5, null, null, "Use HubSpot."));

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        http.Dispose();
    }

    private GeminiAnswerEngine Engine(Uri? baseUrl = null, string? model = null) => new("gemini", new PlatformOptions
    {
        Kind = PlatformKinds.Gemini,
        ApiKey = ApiKey,
        BaseUrl = (baseUrl ?? new Uri(server.BaseUrl, "v1beta")).ToString(),
        Model = model,
        MaxOutputTokens = 1024,
        Pricing = new(StringComparer.OrdinalIgnoreCase)
        {
            ["gemini-2.5-flash"] = new ModelPrice { InputPerMillionTokens = 0.30m, OutputPerMillionTokens = 2.50m },
        },
    }, http, TimeProvider.System);

    private void Reply(FakeReply reply) => server.Respond = _ => Task.FromResult(reply);

    private static AnswerRequest Request(bool webSearch) => new(Question, 0, ["HubSpot"]) { WebSearch = webSearch };

    [Fact]
    public async Task A_grounded_answer_has_its_text_usage_cost_and_cited_and_retrieved_sources()
    {
        var grounding = GeminiReplies.Grounding(
            [
                ("https://vertexaisearch.cloud.google.com/grounding-api-redirect/AAA", "hubspot.com"),
                ("https://vertexaisearch.cloud.google.com/grounding-api-redirect/BBB", "example.com"),
                ("https://vertexaisearch.cloud.google.com/grounding-api-redirect/CCC", "pipedrive.com"),
                ("https://vertexaisearch.cloud.google.com/grounding-api-redirect/DDD", "g2.com"),
            ],
            [0], [2, 0]);
        Reply(GeminiReplies.Answer("gemini-2.5-flash-preview-09-2025", 1200, 250, 80, grounding, "HubSpot has a free tier, ", "and Pipedrive is simple."));

        var answer = await Engine().AskAsync(Request(webSearch: true), CancellationToken.None);

        Assert.Equal("HubSpot has a free tier, and Pipedrive is simple.", answer.Text);
        Assert.Equal("gemini-2.5-flash-preview-09-2025", answer.Model);
        Assert.False(answer.IsSimulated);
        Assert.Equal((1200, 330), (answer.InputTokens, answer.OutputTokens));
        Assert.Equal((1200 * 0.30m + 330 * 2.50m) / 1_000_000m, answer.CostUsd);
        Assert.Equal(CostSource.PriceTable, answer.CostSource);
        Assert.True(answer.Latency > TimeSpan.Zero);
        Assert.Equal(
            [
                new EngineCitation("https://vertexaisearch.cloud.google.com/grounding-api-redirect/AAA", "hubspot.com", Cited: true, 1),
                new EngineCitation("https://vertexaisearch.cloud.google.com/grounding-api-redirect/BBB", "example.com", Cited: false, 2),
                new EngineCitation("https://vertexaisearch.cloud.google.com/grounding-api-redirect/CCC", "pipedrive.com", Cited: true, 3),
                new EngineCitation("https://vertexaisearch.cloud.google.com/grounding-api-redirect/DDD", "g2.com", Cited: false, 4),
            ],
            answer.Citations);
        Assert.Contains("groundingSupports", answer.RawJson);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1beta/models/gemini-2.5-flash:generateContent", request.Path);
        Assert.Equal(ApiKey, request.Header("x-goog-api-key"));
        Assert.Null(request.Header("authorization"));
        AssertJson(
            """
            {"contents":[{"role":"user","parts":[{"text":"What is the best CRM for a 10-person agency?"}]}],
             "generationConfig":{"maxOutputTokens":1024},"tools":[{"google_search":{}}]}
            """,
            request.Body);
    }

    [Fact]
    public async Task The_key_is_never_in_the_url()
    {
        await Engine().AskAsync(Request(webSearch: false), CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal(string.Empty, request.Query);
        Assert.DoesNotContain(ApiKey, request.Path, StringComparison.Ordinal);
        Assert.DoesNotContain("key", request.Path + request.Query, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ApiKey, request.Header("x-goog-api-key"));
    }

    [Fact]
    public async Task Without_web_search_no_tool_is_sent_and_the_configured_model_is_in_the_path()
    {
        const string body = """{"candidates":[{"content":{"parts":[{"text":"Use HubSpot."}],"role":"model"},"finishReason":"STOP","index":0}],"usageMetadata":{"promptTokenCount":10,"candidatesTokenCount":5,"totalTokenCount":15}}""";
        Reply(FakeReply.Raw(200, body));

        var answer = await Engine(model: "gemini-2.5-pro").AskAsync(Request(webSearch: false), CancellationToken.None);

        Assert.Equal("Use HubSpot.", answer.Text);
        Assert.Equal("gemini-2.5-pro", answer.Model);
        Assert.Equal(body, answer.RawJson);
        Assert.Empty(answer.Citations);
        Assert.Null(answer.CostUsd);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1beta/models/gemini-2.5-pro:generateContent", request.Path);
        AssertJson(
            """{"contents":[{"role":"user","parts":[{"text":"What is the best CRM for a 10-person agency?"}]}],"generationConfig":{"maxOutputTokens":1024}}""",
            request.Body);
    }

    [Fact]
    public async Task Thought_summaries_are_not_part_of_the_answer()
    {
        Reply(FakeReply.Raw(200, """{"candidates":[{"content":{"parts":[{"text":"Let me think about CRMs.","thought":true},{"text":"Use HubSpot."}]},"finishReason":"STOP"}],"usageMetadata":{"promptTokenCount":10,"candidatesTokenCount":5,"thoughtsTokenCount":40},"modelVersion":"gemini-2.5-flash"}"""));

        var answer = await Engine().AskAsync(Request(webSearch: false), CancellationToken.None);

        Assert.Equal("Use HubSpot.", answer.Text);
        Assert.Equal(45, answer.OutputTokens);
    }

    [Fact]
    public async Task A_429_with_retry_after_is_a_rate_limit_with_that_wait()
    {
        Reply(GeminiReplies.Error(429, "RESOURCE_EXHAUSTED", "Resource has been exhausted (e.g. check quota).", retryDelay: "30s").WithHeader("retry-after", "7"));

        var error = await FailureOf(() => Engine().AskAsync(Request(false), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.RateLimit, error.ErrorClass);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.Equal(429, error.StatusCode);
        Assert.True(error.IsTransient);
        Assert.False(error.CountsAgainstHealth);
        // The Gemini API documents no rate-limit headers, so there is no budget to report.
        Assert.Null(error.RateLimits);
    }

    [Theory]
    [InlineData("17s", 17_000)]
    [InlineData("0.5s", 500)]
    [InlineData("1.250s", 1_250)]
    public async Task A_429_without_retry_after_waits_for_the_error_bodys_retry_delay(string retryDelay, int expectedMs)
    {
        // Gemini's per-minute quota message mentions quota and billing; it is still a rate limit, not a spent budget.
        Reply(GeminiReplies.Error(429, "RESOURCE_EXHAUSTED",
            "You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.",
            retryDelay));

        var error = await FailureOf(() => Engine().AskAsync(Request(false), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.RateLimit, error.ErrorClass);
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), error.RetryAfter);
    }

    [Fact]
    public async Task A_429_with_no_wait_anywhere_has_none()
    {
        Reply(GeminiReplies.Error(429, "RESOURCE_EXHAUSTED", "Resource has been exhausted (e.g. check quota)."));

        var error = await FailureOf(() => Engine().AskAsync(Request(false), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.RateLimit, error.ErrorClass);
        Assert.Null(error.RetryAfter);
    }

    [Theory]
    [InlineData(500, "INTERNAL", EngineErrorClass.Unavailable)]
    [InlineData(503, "UNAVAILABLE", EngineErrorClass.Unavailable)]
    [InlineData(400, "INVALID_ARGUMENT", EngineErrorClass.BadRequest)]
    [InlineData(401, "UNAUTHENTICATED", EngineErrorClass.Authentication)]
    [InlineData(403, "PERMISSION_DENIED", EngineErrorClass.Authentication)]
    public async Task Error_statuses_are_classified_and_never_echo_the_key(int code, string status, EngineErrorClass expected)
    {
        Reply(GeminiReplies.Error(code, status, $"request failed for key {ApiKey}"));

        var error = await FailureOf(() => Engine().AskAsync(Request(false), CancellationToken.None), ApiKey);

        Assert.Equal(expected, error.ErrorClass);
        Assert.Equal(code, error.StatusCode);
        Assert.Null(error.RetryAfter);
        Assert.Contains("[redacted]", error.Message);
    }

    [Fact]
    public async Task A_key_google_says_is_not_valid_is_an_authentication_failure_not_a_bad_request()
    {
        Reply(FakeReply.Json(
            new
            {
                error = new
                {
                    code = 400,
                    message = "API key not valid. Please pass a valid API key.",
                    status = "INVALID_ARGUMENT",
                    details = new object[]
                    {
                        new Dictionary<string, object>
                        {
                            ["@type"] = "type.googleapis.com/google.rpc.ErrorInfo",
                            ["reason"] = "API_KEY_INVALID",
                            ["domain"] = "googleapis.com",
                        },
                    },
                },
            },
            400));

        var error = await FailureOf(() => Engine().AskAsync(Request(false), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.Authentication, error.ErrorClass);
        Assert.False(error.IsTransient);
    }

    [Theory]
    [InlineData("SAFETY")]
    [InlineData("RECITATION")]
    public async Task An_answer_withheld_for_its_content_is_a_bad_request_that_is_not_retried(string finishReason)
    {
        Reply(GeminiReplies.Withheld(finishReason));

        var error = await FailureOf(() => Engine().AskAsync(Request(false), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.BadRequest, error.ErrorClass);
        Assert.False(error.IsTransient);
        Assert.Contains(finishReason, error.Message);
    }

    [Fact]
    public async Task A_blocked_prompt_is_a_bad_request_that_is_not_retried()
    {
        Reply(GeminiReplies.PromptBlocked("SAFETY"));

        var error = await FailureOf(() => Engine().AskAsync(Request(false), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.BadRequest, error.ErrorClass);
        Assert.False(error.IsTransient);
        Assert.Contains("prompt was blocked", error.Message);
    }

    [Fact]
    public async Task A_caller_giving_up_on_a_slow_reply_ends_the_call_promptly_as_cancelled()
    {
        Reply(GeminiReplies.Answer("gemini-2.5-flash", 1, 1, null, null, "late").After(TimeSpan.FromMinutes(5)));
        using var attemptTimeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Engine().AskAsync(Request(false), attemptTimeout.Token).WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.Equal(attemptTimeout.Token, error.CancellationToken);
        AssertNoKey(error, ApiKey);
    }

    [Theory]
    [InlineData("{\"candidates\":[{\"content\":")]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    public async Task A_body_that_is_not_json_is_an_invalid_response(string body)
    {
        Reply(FakeReply.Raw(200, body));

        var error = await FailureOf(() => Engine().AskAsync(Request(false), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.InvalidResponse, error.ErrorClass);
    }

    [Theory]
    [InlineData("""{"responseId":"x"}""")]
    [InlineData("""{"candidates":[],"usageMetadata":{"promptTokenCount":1}}""")]
    [InlineData("""{"candidates":["Use HubSpot."],"usageMetadata":{"promptTokenCount":1}}""")]
    [InlineData("""{"candidates":[{"content":{"parts":[{"text":"Use HubSpot."}]}}]}""")]
    [InlineData("""{"candidates":[{"content":{"parts":[{"text":"Use HubSpot."}]}}],"usageMetadata":{"promptTokenCount":"ten"}}""")]
    [InlineData("""{"candidates":[{"content":{"parts":[{"text":""}]},"finishReason":"MAX_TOKENS"}],"usageMetadata":{"promptTokenCount":1}}""")]
    [InlineData("""{"candidates":[{"content":{"parts":["Use HubSpot."]},"finishReason":"STOP"}],"usageMetadata":{"promptTokenCount":1}}""")]
    [InlineData("""[1,2,3]""")]
    public async Task A_200_in_the_wrong_shape_or_without_text_is_an_invalid_response(string body)
    {
        Reply(FakeReply.Raw(200, body));

        var error = await FailureOf(() => Engine().AskAsync(Request(false), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.InvalidResponse, error.ErrorClass);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_refused_connection_is_unavailable()
    {
        var error = await FailureOf(() => Engine(ClosedPortUrl("v1beta/")).AskAsync(Request(false), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.Unavailable, error.ErrorClass);
        Assert.Null(error.StatusCode);
    }

    private static void AssertJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}{Environment.NewLine}but the fake received {actual}");
}
