using Aeo.FakeProviders.Perplexity;
using Aeo.Platforms.Providers.Perplexity;

namespace Aeo.Platforms.Tests.Providers.Perplexity;

/// <summary>Perplexity speaks Chat Completions at its root (no version path) and reports errors in OpenAI's shape.</summary>
public sealed class PerplexityAnswerEngineTests() : AnswerEngineContract(apiKey: "pplx-test-0123456789abcdef0123456789", basePath: "")
{
    protected override IAnswerEngine CreateEngine(Uri baseUrl, HttpClient http) => EngineWith(model: null, baseUrl, http);

    protected override FakeReply Answer(string text) => PerplexityReplies.Answer("sonar", 10, 5, null, text, []);

    protected override FakeReply Error(int status, string message) => OpenAIReplies.Error(status, status switch
    {
        400 => "invalid_model",
        401 => "invalid_api_key",
        _ => "server_error",
    }, null, message);

    protected override FakeReply SpendCapReached =>
        OpenAIReplies.Error(402, "insufficient_quota", null, "Your API credit balance is exhausted.");

    protected override RateLimitCase RateLimited => new(
        OpenAIReplies.Error(429, "rate_limit_exceeded", null, "Rate limit exceeded.")
            .WithHeader("retry-after", "3")
            .WithHeader("x-ratelimit-limit-requests", "50")
            .WithHeader("x-ratelimit-remaining-requests", "0")
            .WithHeader("x-ratelimit-reset-requests", "1m2s"),
        TimeSpan.FromSeconds(3),
        new RateLimitSnapshot(50, 0, TimeSpan.FromSeconds(62), null, null, null),
        "Rate limit exceeded");

    private PerplexityAnswerEngine EngineWith(string? model, Uri? baseUrl = null, HttpClient? http = null)
    {
        var options = Options(PlatformKinds.Perplexity, baseUrl ?? ServerUrl, "sonar", 1m, 1m);
        options.Model = model;
        return new("perplexity", options, http ?? Http, TimeProvider.System);
    }

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

        var answer = await Engine().AskAsync(Request(webSearch: true), CancellationToken.None);

        AssertAnswer(answer, "HubSpot has a free tier [1] and Pipedrive is simple [2].", "sonar", (1200, 250), 0.006245m, CostSource.Provider);
        Assert.Equal(
            [
                new EngineCitation("https://www.hubspot.com/pricing", "HubSpot pricing", Cited: true, 1),
                new EngineCitation("https://www.pipedrive.com/", "Pipedrive CRM", Cited: true, 2),
                new EngineCitation("https://example.com/crm-guide", "CRM guide", Cited: false, 3),
            ],
            answer.Citations);
        Assert.Equal(new RateLimitSnapshot(50, 49, null, null, null, null), answer.RateLimits);
        Assert.Contains("\"search_results\"", answer.RawJson);

        var request = AssertOnePost("/chat/completions");
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

        var answer = await EngineWith(model: "sonar-pro").AskAsync(Request(webSearch: false), CancellationToken.None);

        AssertAnswer(answer, "Use HubSpot.", "sonar-pro", (100, 50), (100 * 1m + 50 * 1m) / 1_000_000m, CostSource.PriceTable);
        Assert.Equal(body, answer.RawJson);
        Assert.Empty(answer.Citations);
        Assert.Equal("sonar-pro", Assert.Single(Server.Requests).Json.GetProperty("model").GetString());
    }

    [Theory]
    [InlineData("""{"id":"1","citations":["https://example.com/"]}""")]
    [InlineData("""{"choices":[]}""")]
    public Task A_200_in_the_chat_completion_shape_with_a_field_missing_or_wrong_is_an_invalid_response(string body) => AssertInvalidResponse(body);
}
