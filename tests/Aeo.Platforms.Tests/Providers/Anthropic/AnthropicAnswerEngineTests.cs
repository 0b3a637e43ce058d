using Aeo.FakeProviders.Anthropic;
using Aeo.Platforms.Providers.Anthropic;

namespace Aeo.Platforms.Tests.Providers.Anthropic;

public sealed class AnthropicAnswerEngineTests() : AnswerEngineContract(apiKey: "sk-ant-api03-test-0123456789abcdef", basePath: "v1")
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    protected override IAnswerEngine CreateEngine(Uri baseUrl, HttpClient http) => EngineWith(apiVersion: null, baseUrl, http);

    protected override FakeReply Answer(string text) =>
        AnthropicReplies.Message("claude-sonnet-4-5-20250929", 10, 5, AnthropicReplies.Text(text));

    protected override FakeReply Error(int status, string message) => AnthropicReplies.Error(status, status switch
    {
        400 => "invalid_request_error",
        401 => "authentication_error",
        403 => "permission_error",
        529 => "overloaded_error",
        _ => "api_error",
    }, message);

    // Anthropic answers an empty prepaid balance with a 400 that is not a bad request.
    protected override FakeReply SpendCapReached => AnthropicReplies.Error(400, "invalid_request_error",
        "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.");

    protected override RateLimitCase RateLimited => new(
        AnthropicReplies.Error(429, "rate_limit_error", "Number of requests has exceeded your per-minute rate limit")
            .WithHeader("retry-after", "7")
            .WithHeader("anthropic-ratelimit-requests-limit", "50")
            .WithHeader("anthropic-ratelimit-requests-remaining", "0")
            .WithHeader("anthropic-ratelimit-requests-reset", "2026-11-24T12:00:07Z"),
        TimeSpan.FromSeconds(7),
        new RateLimitSnapshot(50, 0, TimeSpan.FromSeconds(7), null, null, null),
        "per-minute rate limit");

    private AnthropicAnswerEngine EngineWith(string? apiVersion, Uri? baseUrl = null, HttpClient? http = null)
    {
        var options = Options(PlatformKinds.Anthropic, baseUrl ?? ServerUrl, "claude-sonnet-4-5", 3m, 15m);
        options.ApiVersion = apiVersion;
        return new("claude", options, http ?? Http, new StoppedClock(Now));
    }

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

        AssertAnswer(answer, "For a small agency, HubSpot has a free tier and Pipedrive is simple.", "claude-sonnet-4-5-20250929",
            (2100, 300), (2100 * 3m + 300 * 15m) / 1_000_000m, CostSource.PriceTable);
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

        var request = AssertOnePost("/v1/messages");
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
        var answer = await EngineWith(apiVersion: "2025-01-01").AskAsync(Request(webSearch: false), CancellationToken.None);

        Assert.Equal("Use HubSpot.", answer.Text);
        Assert.Empty(answer.Citations);
        Assert.Null(answer.RateLimits);
        var request = Assert.Single(Server.Requests);
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

        AssertAnswer(answer, "Short.", "claude-haiku-4-5", (3, 1), null, CostSource.Unknown);
        Assert.Equal(body, answer.RawJson);
    }

    [Theory]
    [InlineData(529, EngineErrorClass.Unavailable)]
    [InlineData(403, EngineErrorClass.Authentication)]
    public Task Overloaded_and_permission_errors_are_classified_and_never_echo_the_key(int status, EngineErrorClass expected) =>
        AssertErrorIsClassified(status, expected);

    [Theory]
    [InlineData("""{"id":"msg_1","type":"message"}""")]
    [InlineData("""{"content":"Use HubSpot.","usage":{"input_tokens":1,"output_tokens":1}}""")]
    [InlineData("""{"content":[{"type":"text","text":"Use HubSpot."}]}""")]
    [InlineData("""{"content":[{"type":"text","text":"Use HubSpot."}],"usage":{"input_tokens":"many","output_tokens":1}}""")]
    [InlineData("""{"content":[{"type":"server_tool_use","id":"x","name":"web_search","input":{}}],"usage":{"input_tokens":1,"output_tokens":1}}""")]
    public Task A_200_in_the_messages_shape_with_a_field_missing_or_wrong_is_an_invalid_response(string body) => AssertInvalidResponse(body);

    [Fact]
    public async Task A_refusal_without_text_is_a_bad_request_that_is_not_retried()
    {
        Reply(FakeReply.Raw(200, """{"model":"claude-sonnet-4-5","content":[],"stop_reason":"refusal","usage":{"input_tokens":12,"output_tokens":0}}"""));

        var error = await FailureOf();

        Assert.Equal(EngineErrorClass.BadRequest, error.ErrorClass);
        Assert.False(error.IsTransient);
    }
}
