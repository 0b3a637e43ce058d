namespace Aeo.Platforms.Tests.Providers.OpenAI;

public sealed class OpenAIAnswerEngineTests() : AnswerEngineContract(apiKey: "sk-proj-test-0123456789abcdef", basePath: "v1")
{
    protected override IAnswerEngine CreateEngine(Uri baseUrl, HttpClient http) => EngineWith(api: null, baseUrl, http);

    protected override FakeReply Answer(string text) =>
        OpenAIReplies.Response("gpt-4.1-2025-04-14", 10, 5, OpenAIReplies.Message(OpenAIReplies.OutputText(text)));

    protected override FakeReply Error(int status, string message) => status switch
    {
        401 => OpenAIReplies.Error(status, "invalid_request_error", "invalid_api_key", message),
        400 => OpenAIReplies.Error(status, "invalid_request_error", null, message),
        _ => OpenAIReplies.Error(status, "server_error", null, message),
    };

    protected override FakeReply SpendCapReached =>
        OpenAIReplies.Error(429, "insufficient_quota", "insufficient_quota", "You exceeded your current quota, please check your plan and billing details.");

    protected override RateLimitCase RateLimited => new(
        OpenAIReplies.Error(429, "tokens", "rate_limit_exceeded", "Rate limit reached for gpt-4.1 on tokens per min (TPM). Please try again in 6m0s.")
            .WithHeader("retry-after", "20")
            .WithHeader("x-ratelimit-limit-requests", "5000")
            .WithHeader("x-ratelimit-remaining-requests", "4990")
            .WithHeader("x-ratelimit-reset-requests", "1s")
            .WithHeader("x-ratelimit-limit-tokens", "30000")
            .WithHeader("x-ratelimit-remaining-tokens", "0")
            .WithHeader("x-ratelimit-reset-tokens", "6m0s"),
        TimeSpan.FromSeconds(20),
        new RateLimitSnapshot(5000, 4990, TimeSpan.FromSeconds(1), 30000, 0, TimeSpan.FromMinutes(6)),
        "Rate limit reached for gpt-4.1");

    private OpenAIAnswerEngine EngineWith(string? api, Uri? baseUrl = null, HttpClient? http = null)
    {
        var options = Options(PlatformKinds.OpenAI, baseUrl ?? ServerUrl, "gpt-4.1", 2m, 8m);
        options.Api = api;
        return new("chatgpt", options, http ?? Http, TimeProvider.System);
    }

    [Fact]
    public async Task A_web_search_answer_has_its_text_usage_cost_and_cited_and_retrieved_sources()
    {
        Reply(OpenAIReplies.Response("gpt-4.1-2025-04-14", 2100, 300,
                OpenAIReplies.WebSearchCall("best crm small agency",
                    "https://example.com/crm-guide", "https://www.hubspot.com/pricing", "https://reviews.example.org/crm"),
                OpenAIReplies.Message(
                    OpenAIReplies.OutputText("For a small agency, HubSpot has a free tier",
                        OpenAIReplies.Citation("https://www.hubspot.com/pricing", "HubSpot pricing")),
                    OpenAIReplies.OutputText(" and Pipedrive is simple.",
                        OpenAIReplies.Citation("https://www.pipedrive.com/", "Pipedrive"),
                        OpenAIReplies.Citation("https://www.hubspot.com/pricing", "HubSpot pricing"))))
            .WithHeader("x-ratelimit-limit-requests", "5000")
            .WithHeader("x-ratelimit-remaining-requests", "4999")
            .WithHeader("x-ratelimit-reset-requests", "12ms")
            .WithHeader("x-ratelimit-limit-tokens", "800000")
            .WithHeader("x-ratelimit-remaining-tokens", "797600")
            .WithHeader("x-ratelimit-reset-tokens", "6m0s"));

        var answer = await Engine().AskAsync(Request(webSearch: true), CancellationToken.None);

        AssertAnswer(answer, "For a small agency, HubSpot has a free tier and Pipedrive is simple.", "gpt-4.1-2025-04-14",
            (2100, 300), (2100 * 2m + 300 * 8m) / 1_000_000m, CostSource.PriceTable);
        Assert.Equal(
            [
                new EngineCitation("https://example.com/crm-guide", null, Cited: false, 1),
                new EngineCitation("https://www.hubspot.com/pricing", "HubSpot pricing", Cited: true, 2),
                new EngineCitation("https://reviews.example.org/crm", null, Cited: false, 3),
                new EngineCitation("https://www.pipedrive.com/", "Pipedrive", Cited: true, 4),
            ],
            answer.Citations);
        Assert.Equal(new RateLimitSnapshot(5000, 4999, TimeSpan.FromMilliseconds(12), 800000, 797600, TimeSpan.FromMinutes(6)), answer.RateLimits);
        Assert.Contains("\"web_search_call\"", answer.RawJson);

        var request = AssertOnePost("/v1/responses");
        Assert.Equal($"Bearer {ApiKey}", request.Header("authorization"));
        AssertJson(
            """
            {"model":"gpt-4.1","input":"What is the best CRM for a 10-person agency?","max_output_tokens":1024,
             "tools":[{"type":"web_search"}],"include":["web_search_call.action.sources"]}
            """,
            request.Body);
    }

    [Fact]
    public async Task Without_web_search_no_tool_is_sent_and_reasoning_items_are_skipped()
    {
        const string body = """{"id":"resp_1","object":"response","status":"completed","model":"gpt-4.1","output":[{"type":"reasoning","id":"rs_1","summary":[{"type":"summary_text","text":"Thinking about CRMs."}]},{"type":"message","role":"assistant","content":[{"type":"output_text","text":"Use HubSpot.","annotations":[]}]}],"usage":{"input_tokens":10,"output_tokens":5}}""";
        Reply(FakeReply.Raw(200, body));

        var answer = await Engine().AskAsync(Request(webSearch: false), CancellationToken.None);

        Assert.Equal("Use HubSpot.", answer.Text);
        Assert.Equal(body, answer.RawJson);
        Assert.Empty(answer.Citations);
        Assert.Null(answer.RateLimits);
        AssertJson(
            """{"model":"gpt-4.1","input":"What is the best CRM for a 10-person agency?","max_output_tokens":1024}""",
            Assert.Single(Server.Requests).Body);
    }

    [Fact]
    public async Task An_incomplete_response_with_text_is_still_an_answer()
    {
        Reply(OpenAIReplies.Response("incomplete", "gpt-4.1", 10, 1024,
            [OpenAIReplies.Message(OpenAIReplies.OutputText("HubSpot, Pipedrive and"))], incompleteDetails: new { reason = "max_output_tokens" }));

        var answer = await Engine().AskAsync(Request(), CancellationToken.None);

        Assert.Equal("HubSpot, Pipedrive and", answer.Text);
        Assert.Equal(1024, answer.OutputTokens);
    }

    [Fact]
    public async Task An_incomplete_response_without_text_is_an_invalid_response()
    {
        Reply(OpenAIReplies.Response("incomplete", "gpt-4.1", 10, 1024, [], incompleteDetails: new { reason = "max_output_tokens" }));

        var error = await FailureOf();

        Assert.Equal(EngineErrorClass.InvalidResponse, error.ErrorClass);
        Assert.Contains("max_output_tokens", error.Message);
    }

    [Theory]
    [InlineData("server_error", EngineErrorClass.Unavailable)]
    [InlineData("rate_limit_exceeded", EngineErrorClass.RateLimit)]
    [InlineData("invalid_prompt", EngineErrorClass.BadRequest)]
    [InlineData(null, EngineErrorClass.Unavailable)]
    public async Task A_failed_response_is_classified_from_its_error(string? code, EngineErrorClass expected)
    {
        Reply(OpenAIReplies.Response("failed", "gpt-4.1", 10, 0, [], error: new { code, message = $"The response failed for key {ApiKey}." }));

        var error = await FailureOf();

        Assert.Equal(expected, error.ErrorClass);
        Assert.Contains("[redacted]", error.Message);
    }

    [Fact]
    public async Task The_chat_api_sends_a_chat_completion_with_openais_token_limit_field()
    {
        Reply(OpenAIReplies.ChatCompletion("gpt-4.1-2025-04-14", 100, 20, "Use HubSpot.", usage: true,
            OpenAIReplies.ChatCitation("https://www.hubspot.com/", "HubSpot")));

        var answer = await EngineWith(api: "chat").AskAsync(Request(webSearch: true), CancellationToken.None);

        AssertAnswer(answer, "Use HubSpot.", "gpt-4.1-2025-04-14", (100, 20), (100 * 2m + 20 * 8m) / 1_000_000m, CostSource.PriceTable);
        Assert.Equal([new EngineCitation("https://www.hubspot.com/", "HubSpot", Cited: true, 1)], answer.Citations);
        var request = AssertOnePost("/v1/chat/completions");
        Assert.Equal($"Bearer {ApiKey}", request.Header("authorization"));
        AssertJson(
            """{"model":"gpt-4.1","messages":[{"role":"user","content":"What is the best CRM for a 10-person agency?"}],"max_completion_tokens":1024}""",
            request.Body);
    }

    [Theory]
    [InlineData("""{"id":"resp_1","status":"completed"}""")]
    [InlineData("""{"output":"Use HubSpot.","usage":{"input_tokens":1,"output_tokens":1}}""")]
    [InlineData("""{"output":[{"type":"message","content":[{"type":"output_text","text":"Use HubSpot."}]}]}""")]
    [InlineData("""{"output":[{"type":"message","content":[{"type":"output_text","text":"Use HubSpot."}]}],"usage":{"input_tokens":"ten","output_tokens":1}}""")]
    [InlineData("""{"output":[{"type":"message","content":[{"type":"refusal","refusal":"No."}]}],"usage":{"input_tokens":1,"output_tokens":1}}""")]
    [InlineData("""{"output":[{"type":"web_search_call","action":{"sources":[{"url":"https://example.com/"}]}}],"usage":{"input_tokens":1,"output_tokens":1}}""")]
    public Task A_200_in_the_responses_shape_with_a_field_missing_or_wrong_is_an_invalid_response(string body) => AssertInvalidResponse(body);
}
