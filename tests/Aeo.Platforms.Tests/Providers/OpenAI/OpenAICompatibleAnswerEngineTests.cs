namespace Aeo.Platforms.Tests.Providers.OpenAI;

public sealed class OpenAICompatibleAnswerEngineTests() : AnswerEngineContract(apiKey: "sk-gateway-test-0123456789abcdef", basePath: "v1")
{
    protected override IAnswerEngine CreateEngine(Uri baseUrl, HttpClient http) => EngineWith(ApiKey, baseUrl, http);

    protected override FakeReply Answer(string text) => OpenAIReplies.ChatCompletion("llama3.1:8b", 10, 5, text);

    protected override FakeReply Error(int status, string message) =>
        OpenAIReplies.Error(status, status is 400 or 401 ? "invalid_request_error" : "server_error", null, message);

    // A gateway in front of OpenAI passes its quota error through unchanged.
    protected override FakeReply SpendCapReached =>
        OpenAIReplies.Error(429, "insufficient_quota", "insufficient_quota", "You exceeded your current quota, please check your plan and billing details.");

    protected override RateLimitCase RateLimited => new(
        OpenAIReplies.Error(429, "requests", "rate_limit_exceeded", "Rate limit reached for requests. Please try again in 7s.")
            .WithHeader("retry-after", "7")
            .WithHeader("x-ratelimit-limit-requests", "500")
            .WithHeader("x-ratelimit-remaining-requests", "0")
            .WithHeader("x-ratelimit-reset-requests", "6.5s")
            .WithHeader("x-ratelimit-reset-tokens", "1m30s"),
        TimeSpan.FromSeconds(7),
        new RateLimitSnapshot(500, 0, TimeSpan.FromSeconds(6.5), null, null, TimeSpan.FromSeconds(90)),
        "Rate limit reached for requests");

    private OpenAICompatibleAnswerEngine EngineWith(string? apiKey, Uri? baseUrl = null, HttpClient? http = null)
    {
        var options = Options(PlatformKinds.OpenAICompatible, baseUrl ?? ServerUrl, "llama3.1", 0.10m, 0.40m);
        options.ApiKey = apiKey;
        options.Model = "llama3.1:8b";
        return new("local-llm", options, http ?? Http, TimeProvider.System);
    }

    [Fact]
    public async Task An_answer_has_its_text_usage_cost_cited_sources_and_rate_limits()
    {
        Reply(OpenAIReplies.ChatCompletion("llama3.1:8b-instruct-q4", 1200, 250, "HubSpot has a free tier and Pipedrive is simple.", usage: true,
                OpenAIReplies.ChatCitation("https://www.hubspot.com/pricing", "HubSpot pricing"),
                OpenAIReplies.ChatCitation("https://www.pipedrive.com/", "Pipedrive"),
                OpenAIReplies.ChatCitation("https://www.hubspot.com/pricing", "HubSpot pricing, again"))
            .WithHeader("x-ratelimit-limit-requests", "500")
            .WithHeader("x-ratelimit-remaining-requests", "499")
            .WithHeader("x-ratelimit-reset-requests", "120ms")
            .WithHeader("x-ratelimit-limit-tokens", "30000")
            .WithHeader("x-ratelimit-remaining-tokens", "28550")
            .WithHeader("x-ratelimit-reset-tokens", "6m0s"));

        // Web search is not part of Chat Completions: asking for it changes nothing in the request.
        var answer = await Engine().AskAsync(Request(webSearch: true), CancellationToken.None);

        AssertAnswer(answer, "HubSpot has a free tier and Pipedrive is simple.", "llama3.1:8b-instruct-q4",
            (1200, 250), (1200 * 0.10m + 250 * 0.40m) / 1_000_000m, CostSource.PriceTable);
        Assert.Equal(
            [
                new EngineCitation("https://www.hubspot.com/pricing", "HubSpot pricing", Cited: true, 1),
                new EngineCitation("https://www.pipedrive.com/", "Pipedrive", Cited: true, 2),
            ],
            answer.Citations);
        Assert.Equal(
            new RateLimitSnapshot(500, 499, TimeSpan.FromMilliseconds(120), 30000, 28550, TimeSpan.FromMinutes(6)),
            answer.RateLimits);
        Assert.Contains("\"chat.completion\"", answer.RawJson);

        var request = AssertOnePost("/v1/chat/completions");
        Assert.Equal($"Bearer {ApiKey}", request.Header("authorization"));
        AssertJson(
            """{"model":"llama3.1:8b","messages":[{"role":"user","content":"What is the best CRM for a 10-person agency?"}],"max_tokens":1024}""",
            request.Body);
    }

    [Fact]
    public async Task Without_a_key_no_authorization_header_is_sent()
    {
        var answer = await EngineWith(apiKey: null).AskAsync(Request(), CancellationToken.None);

        Assert.Equal("Use HubSpot.", answer.Text);
        Assert.Null(Assert.Single(Server.Requests).Header("authorization"));
    }

    [Fact]
    public async Task A_server_that_reports_no_usage_gives_zero_tokens_and_no_cost_and_the_raw_body_is_kept_verbatim()
    {
        const string body = """{"id":"cmpl-1","object":"chat.completion","model":"llama3.1:8b","choices":[{"index":0,"message":{"role":"assistant","content":"Short."},"finish_reason":"stop"}]}""";
        Reply(FakeReply.Raw(200, body));

        var answer = await Engine().AskAsync(Request(), CancellationToken.None);

        AssertAnswer(answer, "Short.", "llama3.1:8b", (0, 0), null, CostSource.Unknown);
        Assert.Equal(body, answer.RawJson);
        Assert.Empty(answer.Citations);
        Assert.Null(answer.RateLimits);
    }

    [Theory]
    [InlineData("""{"id":"cmpl-1"}""")]
    [InlineData("""{"choices":[]}""")]
    [InlineData("""{"choices":["Use HubSpot."]}""")]
    [InlineData("""{"choices":[{"text":"Use HubSpot."}]}""")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","content":null,"refusal":"I can't help with that."}}]}""")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","content":[{"type":"text","text":"Use HubSpot."}]}}]}""")]
    public Task A_200_in_the_chat_completion_shape_with_a_field_missing_or_wrong_is_an_invalid_response(string body) => AssertInvalidResponse(body);
}
