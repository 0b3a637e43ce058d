using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Aeo.Platforms.Http;

namespace Aeo.Platforms.Tests.Providers;

/// <summary>
/// What every answer-engine adapter must do, whatever its provider: each provider's test class inherits these cases,
/// says how to build its engine and what its answers and errors look like on the wire, and keeps only the cases
/// peculiar to its provider. Each case runs against a real loopback server (<see cref="FakeProviderServer"/>) that
/// answers in that provider's format. Every failure is also checked for the API key, which must appear in no message
/// and no <c>ToString</c> of the exception chain, even when the provider quotes it back.
/// </summary>
/// <param name="apiKey">The key the engine is configured with, which no failure may reveal.</param>
/// <param name="basePath">The path the provider's base URL has below the host: "v1", "v1beta" or "".</param>
public abstract class AnswerEngineContract(string apiKey, string basePath) : IAsyncLifetime
{
    protected const string Question = "What is the best CRM for a 10-person agency?";

    private FakeProviderServer? server;

    protected HttpClient Http { get; } = ProviderHttpClients.Create();

    protected FakeProviderServer Server => server ?? throw new InvalidOperationException("The fake server starts in InitializeAsync.");

    /// <summary>Where the engine is pointed: the fake server with the provider's path under it ("v1", or none).</summary>
    protected Uri ServerUrl => new(Server.BaseUrl, basePath);

    protected string ApiKey { get; } = apiKey;

    /// <summary>The provider's engine, configured with <see cref="ApiKey"/>, against <paramref name="baseUrl"/> over <paramref name="http"/>.</summary>
    protected abstract IAnswerEngine CreateEngine(Uri baseUrl, HttpClient http);

    /// <summary>A successful reply in the provider's format whose answer text is <paramref name="text"/>.</summary>
    protected abstract FakeReply Answer(string text);

    /// <summary>The provider's error body for <paramref name="status"/> (400, 401, 500, 503 at least) carrying <paramref name="message"/>.</summary>
    protected abstract FakeReply Error(int status, string message);

    /// <summary>How the provider says the account's quota or prepaid credit is used up.</summary>
    protected abstract FakeReply SpendCapReached { get; }

    /// <summary>A 429 as the provider sends it, and what the adapter must read from it.</summary>
    protected abstract RateLimitCase RateLimited { get; }

    /// <param name="ProviderMessage">Part of the provider's own explanation, which the exception message must carry.</param>
    /// <param name="Limits">The rate-limit budget its headers give; null for a provider that sends none.</param>
    protected sealed record RateLimitCase(FakeReply Reply, TimeSpan RetryAfter, RateLimitSnapshot? Limits, string ProviderMessage);

    public async Task InitializeAsync() => server = await FakeProviderServer.StartAsync(_ => Answer("Use HubSpot."));

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        Http.Dispose();
    }

    protected IAnswerEngine Engine() => CreateEngine(ServerUrl, Http);

    /// <summary>What every engine here is configured with: the key, the base URL, a 1,024-token answer limit and one model's price.</summary>
    protected PlatformOptions Options(string kind, Uri baseUrl, string pricedModel, decimal inputPerMillionTokens, decimal outputPerMillionTokens)
    {
        var options = new PlatformOptions { Kind = kind, ApiKey = ApiKey, BaseUrl = baseUrl.ToString(), MaxOutputTokens = 1024 };
        options.Pricing[pricedModel] = new ModelPrice { InputPerMillionTokens = inputPerMillionTokens, OutputPerMillionTokens = outputPerMillionTokens };
        return options;
    }

    protected void Reply(FakeReply reply) => Server.Respond = _ => Task.FromResult(reply);

    protected static AnswerRequest Request(bool webSearch = false) => new(Question, 0, ["HubSpot"]) { WebSearch = webSearch };

    /// <summary>Asks <paramref name="engine"/> (by default the one on the fake server), expecting a classified failure that leaks no key.</summary>
    protected async Task<AnswerEngineException> FailureOf(IAnswerEngine? engine = null)
    {
        var error = await Assert.ThrowsAsync<AnswerEngineException>(() => (engine ?? Engine()).AskAsync(Request(), CancellationToken.None));
        AssertNoKey(error);
        return error;
    }

    /// <summary>The key appears in no message of the exception chain and not in its ToString (which includes inner exceptions and stack).</summary>
    protected void AssertNoKey(Exception error)
    {
        Assert.DoesNotContain(ApiKey, error.ToString(), StringComparison.Ordinal);
        for (var each = error; each is not null; each = each.InnerException)
        {
            Assert.DoesNotContain(ApiKey, each.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(ApiKey, each.ToString(), StringComparison.Ordinal);
        }
    }

    /// <summary>A provider error for <paramref name="status"/> that quotes the key is classified as <paramref name="expected"/>, with the key redacted.</summary>
    protected async Task AssertErrorIsClassified(int status, EngineErrorClass expected)
    {
        Reply(Error(status, $"request failed for key {ApiKey}"));

        var error = await FailureOf();

        Assert.Equal(expected, error.ErrorClass);
        Assert.Equal(status, error.StatusCode);
        Assert.Null(error.RetryAfter);
        Assert.Contains("[redacted]", error.Message);
    }

    /// <summary>A 200 with <paramref name="body"/> is an invalid response: retried, never stored half-read.</summary>
    protected Task AssertInvalidResponse(string body, string contentType = "application/json") =>
        AssertInvalidResponse(FakeReply.Raw(200, body, contentType));

    protected async Task AssertInvalidResponse(FakeReply reply)
    {
        Reply(reply);

        var error = await FailureOf();

        Assert.Equal(EngineErrorClass.InvalidResponse, error.ErrorClass);
        Assert.True(error.IsTransient);
    }

    /// <summary>A real (not simulated), timed answer with this text, model, usage and cost.</summary>
    protected static void AssertAnswer(EngineAnswer answer, string text, string model, (int Input, int Output) tokens, decimal? costUsd, CostSource costSource)
    {
        Assert.Equal(text, answer.Text);
        Assert.Equal(model, answer.Model);
        Assert.False(answer.IsSimulated);
        Assert.Equal(tokens, (answer.InputTokens, answer.OutputTokens));
        Assert.Equal(costUsd, answer.CostUsd);
        Assert.Equal(costSource, answer.CostSource);
        Assert.True(answer.Latency > TimeSpan.Zero);
    }

    /// <summary>The one request the fake received: a POST to <paramref name="path"/> with no query string.</summary>
    protected FakeRequest AssertOnePost(string path)
    {
        var request = Assert.Single(Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(path, request.Path);
        Assert.Equal(string.Empty, request.Query);
        return request;
    }

    protected static void AssertJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}{Environment.NewLine}but the fake received {actual}");

    [Fact]
    public async Task A_reply_in_the_providers_format_is_an_answer_with_its_text()
    {
        // The positive control for every failure below: the same builder with text is an answer.
        Reply(Answer("HubSpot suits a small agency."));

        var answer = await Engine().AskAsync(Request(), CancellationToken.None);

        Assert.Equal("HubSpot suits a small agency.", answer.Text);
        Assert.False(answer.IsSimulated);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task A_429_is_a_rate_limit_with_its_wait_and_budget()
    {
        var rateLimited = RateLimited;
        Reply(rateLimited.Reply);

        var error = await FailureOf();

        Assert.Equal(EngineErrorClass.RateLimit, error.ErrorClass);
        Assert.Equal(429, error.StatusCode);
        Assert.Equal(rateLimited.RetryAfter, error.RetryAfter);
        Assert.Equal(rateLimited.Limits, error.RateLimits);
        Assert.True(error.IsTransient);
        Assert.False(error.CountsAgainstHealth);
        Assert.Contains(rateLimited.ProviderMessage, error.Message);
    }

    [Theory]
    [InlineData(500, EngineErrorClass.Unavailable)]
    [InlineData(503, EngineErrorClass.Unavailable)]
    [InlineData(401, EngineErrorClass.Authentication)]
    [InlineData(400, EngineErrorClass.BadRequest)]
    public Task Error_statuses_are_classified_and_never_echo_the_key(int status, EngineErrorClass expected) =>
        AssertErrorIsClassified(status, expected);

    [Fact]
    public async Task A_key_quoted_across_the_point_where_long_messages_are_cut_is_still_redacted()
    {
        // Messages are cut at 300 characters: the key starts 10 characters before the cut. Cutting first and redacting
        // second would leave those 10 characters, which no longer match the whole key, in the message.
        Reply(Error(401, new string('x', 290) + ApiKey + " was not accepted"));

        var error = await FailureOf();

        Assert.Equal(EngineErrorClass.Authentication, error.ErrorClass);
        Assert.DoesNotContain(ApiKey[..10], error.Message, StringComparison.Ordinal);
        Assert.Contains("[redacted]", error.Message);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task A_redirect_is_not_followed_so_the_key_headers_go_nowhere_else(int status)
    {
        await using var elsewhere = await FakeProviderServer.StartAsync(_ => Answer("You followed me."));
        Reply(FakeReply.Raw(status, "", headers: new Dictionary<string, string> { ["Location"] = elsewhere.BaseUrl + "collect" }));

        var error = await FailureOf();

        Assert.Equal(status, error.StatusCode);
        Assert.Empty(elsewhere.Requests);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task A_used_up_quota_or_credit_is_a_reached_spend_cap_that_is_not_retried()
    {
        var reply = SpendCapReached;
        Reply(reply);

        var error = await FailureOf();

        Assert.Equal(EngineErrorClass.SpendCapReached, error.ErrorClass);
        Assert.Equal(reply.Status, error.StatusCode);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task A_caller_giving_up_on_a_slow_reply_ends_the_call_promptly_as_cancelled()
    {
        Reply(Answer("late").After(TimeSpan.FromMinutes(5)));
        using var attemptTimeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Engine().AskAsync(Request(), attemptTimeout.Token).WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.Equal(attemptTimeout.Token, error.CancellationToken);
        AssertNoKey(error);
    }

    [Fact]
    public async Task A_connection_that_never_opens_is_a_timeout_not_a_cancellation()
    {
        // Stands in for a host that never answers the connection attempt: the handler's connect timeout ends it,
        // while the caller's own token is still live.
        using var neverConnects = new HttpClient(new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromMilliseconds(200),
            ConnectCallback = async (_, cancellationToken) =>
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
                throw new UnreachableException();
            },
        });

        var error = await FailureOf(CreateEngine(ServerUrl, neverConnects)).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(EngineErrorClass.Timeout, error.ErrorClass);
        Assert.Null(error.StatusCode);
        Assert.True(error.IsTransient);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task A_refused_connection_is_unavailable()
    {
        var error = await FailureOf(CreateEngine(new Uri(ClosedPortUrl(), basePath), Http));

        Assert.Equal(EngineErrorClass.Unavailable, error.ErrorClass);
        Assert.Null(error.StatusCode);
    }

    [Fact]
    public Task A_truncated_body_is_an_invalid_response()
    {
        var whole = Answer("Use HubSpot.").Body;
        return AssertInvalidResponse(whole[..(whole.Length / 2)]);
    }

    [Fact]
    public Task A_proxys_html_page_is_an_invalid_response() =>
        AssertInvalidResponse("<html><body>502 Bad Gateway</body></html>", "text/html");

    [Theory]
    [InlineData("[1,2,3]")]
    [InlineData("{}")]
    [InlineData("\"Use HubSpot.\"")]
    [InlineData("null")]
    public Task A_200_that_is_json_of_another_shape_is_an_invalid_response(string body) => AssertInvalidResponse(body);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n")]
    public Task An_answer_without_text_is_an_invalid_response(string text) => AssertInvalidResponse(Answer(text));

    /// <summary>A loopback URL whose port was just released, so connecting to it is refused.</summary>
    private static Uri ClosedPortUrl()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
