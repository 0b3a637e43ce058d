using System.Text.Json.Nodes;
using Aeo.FakeProviders;
using Aeo.FakeProviders.OpenAI;
using Aeo.Platforms.Http;
using Aeo.Platforms.Providers.OpenAI;
using static Aeo.Platforms.Tests.Providers.ProviderFailures;

namespace Aeo.Platforms.Tests.Providers.OpenAI;

public sealed class OpenAIAnswerEngineTests : IAsyncLifetime
{
    private const string ApiKey = "sk-proj-test-0123456789abcdef";
    private const string Question = "What is the best CRM for a 10-person agency?";

    private readonly HttpClient http = ProviderHttpClients.Create();
    private FakeProviderServer server = null!;

    public async Task InitializeAsync() =>
        server = await FakeProviderServer.StartAsync(_ => OpenAIReplies.Response("gpt-4.1-2025-04-14", 10, 5, OpenAIReplies.Message(OpenAIReplies.OutputText("Use HubSpot."))));

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        http.Dispose();
    }

    private OpenAIAnswerEngine Engine(Uri? baseUrl = null, string? api = null) => new("chatgpt", new PlatformOptions
    {
        Kind = PlatformKinds.OpenAI,
        ApiKey = ApiKey,
        BaseUrl = (baseUrl ?? new Uri(server.BaseUrl, "v1")).ToString(),
        Api = api,
        MaxOutputTokens = 1024,
        Pricing = new(StringComparer.OrdinalIgnoreCase)
        {
            ["gpt-4.1"] = new ModelPrice { InputPerMillionTokens = 2m, OutputPerMillionTokens = 8m },
        },
    }, http, TimeProvider.System);

    private void Reply(FakeReply reply) => server.Respond = _ => Task.FromResult(reply);

    private static AnswerRequest Request(bool webSearch = false) => new(Question, 0, ["HubSpot"]) { WebSearch = webSearch };

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

        Assert.Equal("For a small agency, HubSpot has a free tier and Pipedrive is simple.", answer.Text);
        Assert.Equal("gpt-4.1-2025-04-14", answer.Model);
        Assert.False(answer.IsSimulated);
        Assert.Equal((2100, 300), (answer.InputTokens, answer.OutputTokens));
        Assert.Equal((2100 * 2m + 300 * 8m) / 1_000_000m, answer.CostUsd);
        Assert.Equal(CostSource.PriceTable, answer.CostSource);
        Assert.True(answer.Latency > TimeSpan.Zero);
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

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/responses", request.Path);
        Assert.Equal(string.Empty, request.Query);
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
            Assert.Single(server.Requests).Body);
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

        var error = await FailureOf(() => Engine().AskAsync(Request(), CancellationToken.None), ApiKey);

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

        var error = await FailureOf(() => Engine().AskAsync(Request(), CancellationToken.None), ApiKey);

        Assert.Equal(expected, error.ErrorClass);
        Assert.Contains("[redacted]", error.Message);
    }

    [Fact]
    public async Task The_chat_api_sends_a_chat_completion_with_openais_token_limit_field()
    {
        Reply(OpenAIReplies.ChatCompletion("gpt-4.1-2025-04-14", 100, 20, "Use HubSpot.", usage: true,
            OpenAIReplies.ChatCitation("https://www.hubspot.com/", "HubSpot")));

        var answer = await Engine(api: "chat").AskAsync(Request(webSearch: true), CancellationToken.None);

        Assert.Equal("Use HubSpot.", answer.Text);
        Assert.Equal((100, 20), (answer.InputTokens, answer.OutputTokens));
        Assert.Equal((100 * 2m + 20 * 8m) / 1_000_000m, answer.CostUsd);
        Assert.Equal([new EngineCitation("https://www.hubspot.com/", "HubSpot", Cited: true, 1)], answer.Citations);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal($"Bearer {ApiKey}", request.Header("authorization"));
        AssertJson(
            """{"model":"gpt-4.1","messages":[{"role":"user","content":"What is the best CRM for a 10-person agency?"}],"max_completion_tokens":1024}""",
            request.Body);
    }

    [Fact]
    public async Task A_429_is_a_rate_limit_with_its_wait_and_budget()
    {
        Reply(OpenAIReplies.Error(429, "tokens", "rate_limit_exceeded", "Rate limit reached for gpt-4.1 on tokens per min (TPM). Please try again in 6m0s.")
            .WithHeader("retry-after", "20")
            .WithHeader("x-ratelimit-limit-requests", "5000")
            .WithHeader("x-ratelimit-remaining-requests", "4990")
            .WithHeader("x-ratelimit-reset-requests", "1s")
            .WithHeader("x-ratelimit-limit-tokens", "30000")
            .WithHeader("x-ratelimit-remaining-tokens", "0")
            .WithHeader("x-ratelimit-reset-tokens", "6m0s"));

        var error = await FailureOf(() => Engine().AskAsync(Request(), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.RateLimit, error.ErrorClass);
        Assert.Equal(TimeSpan.FromSeconds(20), error.RetryAfter);
        Assert.Equal(429, error.StatusCode);
        Assert.True(error.IsTransient);
        Assert.False(error.CountsAgainstHealth);
        Assert.Equal(new RateLimitSnapshot(5000, 4990, TimeSpan.FromSeconds(1), 30000, 0, TimeSpan.FromMinutes(6)), error.RateLimits);
    }

    [Fact]
    public async Task A_429_for_an_exhausted_quota_is_a_reached_spend_cap_that_is_not_retried()
    {
        Reply(OpenAIReplies.Error(429, "insufficient_quota", "insufficient_quota",
            "You exceeded your current quota, please check your plan and billing details."));

        var error = await FailureOf(() => Engine().AskAsync(Request(), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.SpendCapReached, error.ErrorClass);
        Assert.Equal(429, error.StatusCode);
        Assert.False(error.IsTransient);
    }

    [Theory]
    [InlineData(500, "server_error", null, EngineErrorClass.Unavailable)]
    [InlineData(503, "server_error", null, EngineErrorClass.Unavailable)]
    [InlineData(401, "invalid_request_error", "invalid_api_key", EngineErrorClass.Authentication)]
    [InlineData(400, "invalid_request_error", null, EngineErrorClass.BadRequest)]
    public async Task Error_statuses_are_classified_and_never_echo_the_key(int status, string type, string? code, EngineErrorClass expected)
    {
        Reply(OpenAIReplies.Error(status, type, code, $"Incorrect API key provided: {ApiKey}. You can find your API key at https://platform.openai.com/account/api-keys."));

        var error = await FailureOf(() => Engine().AskAsync(Request(), CancellationToken.None), ApiKey);

        Assert.Equal(expected, error.ErrorClass);
        Assert.Equal(status, error.StatusCode);
        Assert.Null(error.RetryAfter);
        Assert.Contains("[redacted]", error.Message);
    }

    [Fact]
    public async Task A_caller_giving_up_on_a_slow_reply_ends_the_call_promptly_as_cancelled()
    {
        Reply(OpenAIReplies.Response("gpt-4.1", 1, 1, OpenAIReplies.Message(OpenAIReplies.OutputText("late"))).After(TimeSpan.FromMinutes(5)));
        using var attemptTimeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Engine().AskAsync(Request(), attemptTimeout.Token).WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.Equal(attemptTimeout.Token, error.CancellationToken);
        AssertNoKey(error, ApiKey);
    }

    [Theory]
    [InlineData("{\"id\":\"resp_1\",\"output\":[{\"type\":")]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    public async Task A_body_that_is_not_json_is_an_invalid_response(string body)
    {
        Reply(FakeReply.Raw(200, body));

        var error = await FailureOf(() => Engine().AskAsync(Request(), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.InvalidResponse, error.ErrorClass);
    }

    [Theory]
    [InlineData("""{"id":"resp_1","status":"completed"}""")]
    [InlineData("""{"output":"Use HubSpot.","usage":{"input_tokens":1,"output_tokens":1}}""")]
    [InlineData("""{"output":[{"type":"message","content":[{"type":"output_text","text":"Use HubSpot."}]}]}""")]
    [InlineData("""{"output":[{"type":"message","content":[{"type":"output_text","text":"Use HubSpot."}]}],"usage":{"input_tokens":"ten","output_tokens":1}}""")]
    [InlineData("""{"output":[{"type":"message","content":[{"type":"refusal","refusal":"No."}]}],"usage":{"input_tokens":1,"output_tokens":1}}""")]
    [InlineData("""{"output":[{"type":"web_search_call","action":{"sources":[{"url":"https://example.com/"}]}}],"usage":{"input_tokens":1,"output_tokens":1}}""")]
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
        var error = await FailureOf(() => Engine(ClosedPortUrl("v1/")).AskAsync(Request(), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.Unavailable, error.ErrorClass);
        Assert.Null(error.StatusCode);
    }

    private static void AssertJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}{Environment.NewLine}but the fake received {actual}");
}
