using Aeo.FakeProviders.Gemini;
using Aeo.Platforms.Providers.Gemini;

namespace Aeo.Platforms.Tests.Providers.Gemini;

public sealed class GeminiAnswerEngineTests() : AnswerEngineContract(apiKey: "AIzaSyTest-0123456789abcdefghijklmno", basePath: "v1beta")
{
    protected override IAnswerEngine CreateEngine(Uri baseUrl, HttpClient http) => EngineWith(model: null, baseUrl, http);

    protected override FakeReply Answer(string text) => GeminiReplies.Answer("gemini-2.5-flash", 10, 5, null, null, text);

    protected override FakeReply Error(int status, string message) => GeminiReplies.Error(status, status switch
    {
        400 => "INVALID_ARGUMENT",
        401 => "UNAUTHENTICATED",
        403 => "PERMISSION_DENIED",
        503 => "UNAVAILABLE",
        _ => "INTERNAL",
    }, message);

    // Depleted prepaid credit is a 402, apart from the 429s that only pace.
    protected override FakeReply SpendCapReached => GeminiReplies.Error(402, "RESOURCE_EXHAUSTED",
        "Your prepayment credits are depleted. Please go to AI Studio at https://ai.studio/projects to manage your project and billing.");

    // The Gemini API documents no rate-limit headers, so there is no budget to report; retry-after wins over the body's RetryInfo.
    protected override RateLimitCase RateLimited => new(
        GeminiReplies.Error(429, "RESOURCE_EXHAUSTED", "Resource has been exhausted (e.g. check quota).", retryDelay: "30s").WithHeader("retry-after", "7"),
        TimeSpan.FromSeconds(7),
        null,
        "Resource has been exhausted");

    private GeminiAnswerEngine EngineWith(string? model, Uri? baseUrl = null, HttpClient? http = null)
    {
        var options = Options(PlatformKinds.Gemini, baseUrl ?? ServerUrl, "gemini-2.5-flash", 0.30m, 2.50m);
        options.Model = model;
        return new("gemini", options, http ?? Http, TimeProvider.System);
    }

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

        AssertAnswer(answer, "HubSpot has a free tier, and Pipedrive is simple.", "gemini-2.5-flash-preview-09-2025",
            (1200, 330), (1200 * 0.30m + 330 * 2.50m) / 1_000_000m, CostSource.PriceTable);
        Assert.Equal(
            [
                new EngineCitation("https://vertexaisearch.cloud.google.com/grounding-api-redirect/AAA", "hubspot.com", Cited: true, 1),
                new EngineCitation("https://vertexaisearch.cloud.google.com/grounding-api-redirect/BBB", "example.com", Cited: false, 2),
                new EngineCitation("https://vertexaisearch.cloud.google.com/grounding-api-redirect/CCC", "pipedrive.com", Cited: true, 3),
                new EngineCitation("https://vertexaisearch.cloud.google.com/grounding-api-redirect/DDD", "g2.com", Cited: false, 4),
            ],
            answer.Citations);
        Assert.Contains("groundingSupports", answer.RawJson);

        var request = AssertOnePost("/v1beta/models/gemini-2.5-flash:generateContent");
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

        var request = Assert.Single(Server.Requests);
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

        var answer = await EngineWith(model: "gemini-2.5-pro").AskAsync(Request(webSearch: false), CancellationToken.None);

        AssertAnswer(answer, "Use HubSpot.", "gemini-2.5-pro", (10, 5), null, CostSource.Unknown);
        Assert.Equal(body, answer.RawJson);
        Assert.Empty(answer.Citations);
        var request = AssertOnePost("/v1beta/models/gemini-2.5-pro:generateContent");
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

        var error = await FailureOf();

        Assert.Equal(EngineErrorClass.RateLimit, error.ErrorClass);
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), error.RetryAfter);
    }

    [Fact]
    public async Task A_429_with_no_wait_anywhere_has_none()
    {
        Reply(GeminiReplies.Error(429, "RESOURCE_EXHAUSTED", "Resource has been exhausted (e.g. check quota)."));

        var error = await FailureOf();

        Assert.Equal(EngineErrorClass.RateLimit, error.ErrorClass);
        Assert.Null(error.RetryAfter);
    }

    [Fact]
    public Task A_permission_error_is_an_authentication_failure_that_never_echoes_the_key() =>
        AssertErrorIsClassified(403, EngineErrorClass.Authentication);

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

        var error = await FailureOf();

        Assert.Equal(EngineErrorClass.Authentication, error.ErrorClass);
        Assert.False(error.IsTransient);
    }

    [Theory]
    [InlineData("SAFETY")]
    [InlineData("RECITATION")]
    public async Task An_answer_withheld_for_its_content_is_a_bad_request_that_is_not_retried(string finishReason)
    {
        Reply(GeminiReplies.Withheld(finishReason));

        var error = await FailureOf();

        Assert.Equal(EngineErrorClass.BadRequest, error.ErrorClass);
        Assert.False(error.IsTransient);
        Assert.Contains(finishReason, error.Message);
    }

    [Fact]
    public async Task A_blocked_prompt_is_a_bad_request_that_is_not_retried()
    {
        Reply(GeminiReplies.PromptBlocked("SAFETY"));

        var error = await FailureOf();

        Assert.Equal(EngineErrorClass.BadRequest, error.ErrorClass);
        Assert.False(error.IsTransient);
        Assert.Contains("prompt was blocked", error.Message);
    }

    [Theory]
    [InlineData("""{"responseId":"x"}""")]
    [InlineData("""{"candidates":[],"usageMetadata":{"promptTokenCount":1}}""")]
    [InlineData("""{"candidates":["Use HubSpot."],"usageMetadata":{"promptTokenCount":1}}""")]
    [InlineData("""{"candidates":[{"content":{"parts":[{"text":"Use HubSpot."}]}}]}""")]
    [InlineData("""{"candidates":[{"content":{"parts":[{"text":"Use HubSpot."}]}}],"usageMetadata":{"promptTokenCount":"ten"}}""")]
    [InlineData("""{"candidates":[{"content":{"parts":[{"text":""}]},"finishReason":"MAX_TOKENS"}],"usageMetadata":{"promptTokenCount":1}}""")]
    [InlineData("""{"candidates":[{"content":{"parts":["Use HubSpot."]},"finishReason":"STOP"}],"usageMetadata":{"promptTokenCount":1}}""")]
    public Task A_200_in_the_generate_content_shape_with_a_field_missing_or_wrong_is_an_invalid_response(string body) => AssertInvalidResponse(body);
}
