using System.Text.Json.Nodes;
using Aeo.FakeProviders;
using Aeo.FakeProviders.OpenAI;
using Aeo.Platforms.Http;
using Aeo.Platforms.Providers.OpenAI;
using static Aeo.Platforms.Tests.Providers.ProviderFailures;

namespace Aeo.Platforms.Tests.Providers.OpenAI;

public sealed class OpenAICompatibleAnswerEngineTests : IAsyncLifetime
{
    private const string ApiKey = "sk-gateway-test-0123456789abcdef";
    private const string Question = "What is the best CRM for a 10-person agency?";

    private readonly HttpClient http = ProviderHttpClients.Create();
    private FakeProviderServer server = null!;

    public async Task InitializeAsync() =>
        server = await FakeProviderServer.StartAsync(_ => OpenAIReplies.ChatCompletion("llama3.1:8b", 10, 5, "Use HubSpot."));

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        http.Dispose();
    }

    private OpenAICompatibleAnswerEngine Engine(Uri? baseUrl = null, string? apiKey = ApiKey) => new("local-llm", new PlatformOptions
    {
        Kind = PlatformKinds.OpenAICompatible,
        ApiKey = apiKey,
        BaseUrl = (baseUrl ?? new Uri(server.BaseUrl, "v1")).ToString(),
        Model = "llama3.1:8b",
        MaxOutputTokens = 1024,
        Pricing = new(StringComparer.OrdinalIgnoreCase)
        {
            ["llama3.1"] = new ModelPrice { InputPerMillionTokens = 0.10m, OutputPerMillionTokens = 0.40m },
        },
    }, http, TimeProvider.System);

    private void Reply(FakeReply reply) => server.Respond = _ => Task.FromResult(reply);

    private static AnswerRequest Request(bool webSearch = false) => new(Question, 0, ["HubSpot"]) { WebSearch = webSearch };

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

        Assert.Equal("HubSpot has a free tier and Pipedrive is simple.", answer.Text);
        Assert.Equal("llama3.1:8b-instruct-q4", answer.Model);
        Assert.False(answer.IsSimulated);
        Assert.Equal((1200, 250), (answer.InputTokens, answer.OutputTokens));
        Assert.Equal((1200 * 0.10m + 250 * 0.40m) / 1_000_000m, answer.CostUsd);
        Assert.Equal(CostSource.PriceTable, answer.CostSource);
        Assert.True(answer.Latency > TimeSpan.Zero);
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

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal(string.Empty, request.Query);
        Assert.Equal($"Bearer {ApiKey}", request.Header("authorization"));
        AssertJson(
            """{"model":"llama3.1:8b","messages":[{"role":"user","content":"What is the best CRM for a 10-person agency?"}],"max_tokens":1024}""",
            request.Body);
    }

    [Fact]
    public async Task Without_a_key_no_authorization_header_is_sent()
    {
        var answer = await Engine(apiKey: null).AskAsync(Request(), CancellationToken.None);

        Assert.Equal("Use HubSpot.", answer.Text);
        Assert.Null(Assert.Single(server.Requests).Header("authorization"));
    }

    [Fact]
    public async Task A_server_that_reports_no_usage_gives_zero_tokens_and_no_cost_and_the_raw_body_is_kept_verbatim()
    {
        const string body = """{"id":"cmpl-1","object":"chat.completion","model":"llama3.1:8b","choices":[{"index":0,"message":{"role":"assistant","content":"Short."},"finish_reason":"stop"}]}""";
        Reply(FakeReply.Raw(200, body));

        var answer = await Engine().AskAsync(Request(), CancellationToken.None);

        Assert.Equal("Short.", answer.Text);
        Assert.Equal((0, 0), (answer.InputTokens, answer.OutputTokens));
        Assert.Equal(body, answer.RawJson);
        Assert.Empty(answer.Citations);
        Assert.Null(answer.RateLimits);
        Assert.Null(answer.CostUsd);
        Assert.Equal(CostSource.Unknown, answer.CostSource);
    }

    [Fact]
    public async Task A_429_is_a_rate_limit_with_its_wait_and_budget()
    {
        Reply(OpenAIReplies.Error(429, "requests", "rate_limit_exceeded", "Rate limit reached for requests. Please try again in 7s.")
            .WithHeader("retry-after", "7")
            .WithHeader("x-ratelimit-limit-requests", "500")
            .WithHeader("x-ratelimit-remaining-requests", "0")
            .WithHeader("x-ratelimit-reset-requests", "6.5s")
            .WithHeader("x-ratelimit-reset-tokens", "1m30s"));

        var error = await FailureOf(() => Engine().AskAsync(Request(), CancellationToken.None), ApiKey);

        Assert.Equal(EngineErrorClass.RateLimit, error.ErrorClass);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.Equal(429, error.StatusCode);
        Assert.True(error.IsTransient);
        Assert.False(error.CountsAgainstHealth);
        Assert.Equal(new RateLimitSnapshot(500, 0, TimeSpan.FromSeconds(6.5), null, null, TimeSpan.FromSeconds(90)), error.RateLimits);
    }

    [Theory]
    [InlineData(500, "server_error", EngineErrorClass.Unavailable)]
    [InlineData(503, "server_error", EngineErrorClass.Unavailable)]
    [InlineData(401, "invalid_request_error", EngineErrorClass.Authentication)]
    [InlineData(400, "invalid_request_error", EngineErrorClass.BadRequest)]
    public async Task Error_statuses_are_classified_and_never_echo_the_key(int status, string type, EngineErrorClass expected)
    {
        Reply(OpenAIReplies.Error(status, type, null, $"Incorrect API key provided: {ApiKey}."));

        var error = await FailureOf(() => Engine().AskAsync(Request(), CancellationToken.None), ApiKey);

        Assert.Equal(expected, error.ErrorClass);
        Assert.Equal(status, error.StatusCode);
        Assert.Contains("[redacted]", error.Message);
    }

    [Fact]
    public async Task A_caller_giving_up_on_a_slow_reply_ends_the_call_promptly_as_cancelled()
    {
        Reply(OpenAIReplies.ChatCompletion("llama3.1:8b", 1, 1, "late").After(TimeSpan.FromMinutes(5)));
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
    [InlineData("""{"id":"cmpl-1"}""")]
    [InlineData("""{"choices":[]}""")]
    [InlineData("""{"choices":["Use HubSpot."]}""")]
    [InlineData("""{"choices":[{"text":"Use HubSpot."}]}""")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","content":null,"refusal":"I can't help with that."}}]}""")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","content":"   "}}]}""")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","content":[{"type":"text","text":"Use HubSpot."}]}}]}""")]
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
