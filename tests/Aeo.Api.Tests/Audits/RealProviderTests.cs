using Aeo.FakeProviders;
using Aeo.FakeProviders.Anthropic;

namespace Aeo.Api.Tests.Audits;

/// <summary>
/// An audit through the real Anthropic adapter, end to end over HTTP on both sides: the API on Kestrel, and three
/// loopback servers speaking the Messages API. One answers with cited and retrieved sources, one refuses the key
/// (401, echoing it back as a careless proxy might), one is overloaded (503). Then the operator resets the breaker,
/// the providers recover, and the client reprocesses the run's dead letters until it completes.
/// </summary>
public sealed class RealProviderTests : IAsyncLifetime
{
    private const string Key = "sk-ant-api03-e2e-SECRET-7731";
    private const string Model = "claude-e2e-20250929";
    private const int InputTokens = 120;
    private const int OutputTokens = 380;

    // US dollars per million tokens: 3 in, 15 out → (120·3 + 380·15) / 10⁶ per answer.
    private const decimal CostPerAnswer = (InputTokens * 3m + OutputTokens * 15m) / 1_000_000m;

    private readonly ApiServer server = new();
    private readonly List<string> bodiesSeen = [];
    private FakeProviderServer healthy = null!;
    private FakeProviderServer refusing = null!;
    private FakeProviderServer overloaded = null!;

    public async Task InitializeAsync()
    {
        healthy = await FakeProviderServer.StartAsync(_ => Answer());
        refusing = await FakeProviderServer.StartAsync(_ => AnthropicReplies.Error(401, "authentication_error", $"invalid x-api-key: {Key}"));
        overloaded = await FakeProviderServer.StartAsync(_ => AnthropicReplies.Error(503, "api_error", "Service unavailable"));
        await server.StartAsync(
        [
            "--Aeo:Audit:BreakerFailureThreshold=3",
            "--Aeo:Audit:BreakerBreakSeconds=2",
            .. Platform("claude", healthy),
            .. Platform("claude-refusing", refusing),
            .. Platform("claude-overloaded", overloaded),
        ]);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        await healthy.DisposeAsync();
        await refusing.DisposeAsync();
        await overloaded.DisposeAsync();
    }

    [Fact]
    public async Task An_audit_through_the_anthropic_adapter_stores_sources_and_cost_dead_letters_failures_and_completes_after_reprocessing()
    {
        var (clientId, clientKey) = await TestClients.CreateAsync(server, "Acme CRM");
        using var client = server.Client(clientKey);
        using var @operator = server.Client(ApiServer.OperatorKey);

        var created = await client.PostJsonAsync("/api/v1/audits", new
        {
            clientId,
            platforms = new[] { "claude", "claude-refusing", "claude-overloaded" },
            maxQuestions = 3,
            samplesPerQuestion = 1,
            webSearch = true,
        });
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        var location = created.Headers.Location!.ToString();
        var run = await Runs.WaitUntilEndedAsync(client, location);
        Assert.Equal("partially_completed", run["status"]!.GetValue<string>());
        var runId = run["id"]!.GetValue<Guid>();

        // What the provider was sent: our key in its header, the version header, and the search tool because the audit asked.
        var sent = healthy.Requests;
        Assert.Equal(3, sent.Count);
        Assert.All(sent, request =>
        {
            Assert.Equal("/v1/messages", request.Path);
            Assert.Equal(Key, request.Header("x-api-key"));
            Assert.NotNull(request.Header("anthropic-version"));
            Assert.Equal("web_search", request.Json.GetProperty("tools")[0].GetProperty("name").GetString());
        });

        // What was stored for each answer: the provider's model, its tokens, the price table's cost, cited vs retrieved sources.
        var responses = (await GetAsync(client, $"/api/v1/audits/{runId}/responses?pageSize=100"))["items"]!.AsArray();
        Assert.Equal(3, responses.Count);
        Assert.All(responses, response =>
        {
            Assert.Equal("claude", response!["platform"]!.GetValue<string>());
            Assert.False(response["simulated"]!.GetValue<bool>());
            Assert.Equal(Model, response["model"]!.GetValue<string>());
            Assert.Equal(InputTokens, response["inputTokens"]!.GetValue<int>());
            Assert.Equal(OutputTokens, response["outputTokens"]!.GetValue<int>());
            Assert.Equal(CostPerAnswer, response["costUsd"]!.GetValue<decimal>());
            Assert.Equal("price_table", response["costSource"]!.GetValue<string>());
            var citations = response["citations"]!.AsArray();
            Assert.Equal(["cited", "retrieved"], citations.Select(c => c!["kind"]!.GetValue<string>()));
            Assert.Equal(["acmecrm.com", "g2.com"], citations.Select(c => c!["registrableDomain"]!.GetValue<string>()));
            Assert.Contains(response["mentions"]!.AsArray(), m => m!["brand"]!.GetValue<string>() == "Acme CRM");
        });

        // The refused key: one attempt per item (authentication is never retried), dead-lettered with the key redacted.
        Assert.Equal(3, refusing.Requests.Count);
        var letters = (await GetAsync(client, $"/api/v1/dead-letters?runId={runId}&pageSize=100"))["items"]!.AsArray();
        var refused = letters.Where(l => l!["platform"]!.GetValue<string>() == "claude-refusing").ToList();
        Assert.Equal(3, refused.Count);
        Assert.All(refused, l =>
        {
            Assert.Equal("Authentication", l!["errorClass"]!.GetValue<string>());
            Assert.Equal(1, l["attempts"]!.GetValue<int>());
            Assert.Contains("[redacted]", l["message"]!.GetValue<string>());
        });

        // The overloaded provider: after 3 failures its breaker opened, and from then on only one probe per break reached it.
        var overloadedLetters = letters.Where(l => l!["platform"]!.GetValue<string>() == "claude-overloaded").ToList();
        Assert.Equal(3, overloadedLetters.Count);
        Assert.All(overloadedLetters, l => Assert.Contains(l!["errorClass"]!.GetValue<string>(), new[] { "Unavailable", "CircuitOpen" }));
        Assert.True(overloaded.Requests.Count < 6, $"The breaker should have spared some of the 6 attempts; the provider saw {overloaded.Requests.Count}.");
        var platforms = (await GetAsync(@operator, "/api/v1/platforms")).AsArray();
        var breaker = platforms.Single(p => p!["name"]!.GetValue<string>() == "claude-overloaded")!["breaker"]!;
        Assert.NotEqual("closed", breaker["state"]!.GetValue<string>());

        // The providers recover; the operator closes the breaker; the client sends its dead letters back into the run.
        var (refusedBefore, overloadedBefore) = (refusing.Requests.Count, overloaded.Requests.Count);
        refusing.Respond = _ => Task.FromResult(Answer());
        overloaded.Respond = _ => Task.FromResult(Answer());
        var reset = await @operator.PostAsync("/api/v1/platforms/claude-overloaded/breaker/reset", null);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var reprocess = await client.PostJsonAsync("/api/v1/dead-letters/reprocess", new { runId });
        Assert.Equal(HttpStatusCode.Accepted, reprocess.StatusCode);

        run = await Runs.WaitUntilEndedAsync(client, location);
        Assert.Equal("completed", run["status"]!.GetValue<string>());
        Assert.Equal(9, run["progress"]!["processed"]!.GetValue<int>());
        Assert.Equal(0, run["progress"]!["failed"]!.GetValue<int>());
        Assert.Equal(9 * CostPerAnswer, run["costUsd"]!.GetValue<decimal>());
        Assert.Equal(9, await server.CountAsync("select count(*) from responses where audit_run_id = @p", runId));
        Assert.Equal(0, await server.CountAsync("select count(*) from dead_letters where audit_run_id = @p", runId));
        bodiesSeen.Add(run.ToJsonString());

        // Each work item was answered, and paid for, once: the healthy provider was asked each question once, and once
        // they recovered the other two were asked each question once more, the call that answered it.
        var questions = (await GetAsync(client, $"/api/v1/audits/{runId}/questions"))["items"]!.AsArray()
            .Select(q => q!["text"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(3, questions.Distinct().Count());
        Assert.Equal(questions, QuestionsAsked(healthy.Requests));
        Assert.Equal(questions, QuestionsAsked(refusing.Requests.Skip(refusedBefore)));
        Assert.Equal(questions, QuestionsAsked(overloaded.Requests.Skip(overloadedBefore)));

        // The key reached the providers and nothing else: no API answer carried it.
        bodiesSeen.Add((await GetAsync(@operator, "/api/v1/platforms")).ToJsonString());
        Assert.All(bodiesSeen, body => Assert.DoesNotContain(Key, body, StringComparison.Ordinal));
        Assert.Equal(0, await server.CountAsync("select count(*) from dead_letters where error_message like '%' || @p || '%'", Key));
    }

    private async Task<JsonNode> GetAsync(HttpClient http, string url)
    {
        var response = await http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {body}");
        bodiesSeen.Add(body);
        return JsonNode.Parse(body)!;
    }

    private static List<string> QuestionsAsked(IEnumerable<FakeRequest> requests) =>
        requests.Select(r => r.Json.GetProperty("messages")[0].GetProperty("content").GetString()!).Order().ToList();

    private static FakeReply Answer() => AnthropicReplies.Message(
        Model,
        InputTokens,
        OutputTokens,
        AnthropicReplies.SearchQuery("best CRM for a small agency"),
        AnthropicReplies.SearchResults(("https://acmecrm.com/pricing", "Acme CRM pricing"), ("https://www.g2.com/categories/crm", "Best CRM software")),
        AnthropicReplies.Text("For a small agency, **Acme CRM** is the strongest pick: simple pipelines and fair pricing. "),
        AnthropicReplies.Text("Its plans start low.", AnthropicReplies.Citation("https://acmecrm.com/pricing", "Acme CRM pricing", "Plans start at $12")),
        AnthropicReplies.Text(" HubSpot is a heavier alternative."));

    private static string[] Platform(string name, FakeProviderServer provider) =>
    [
        $"--Aeo:Platforms:{name}:Kind=anthropic",
        $"--Aeo:Platforms:{name}:BaseUrl={provider.BaseUrl}v1/",
        $"--Aeo:Platforms:{name}:ApiKey={Key}",
        $"--Aeo:Platforms:{name}:Model=claude-e2e",
        $"--Aeo:Platforms:{name}:RequestsPerMinute=6000",
        $"--Aeo:Platforms:{name}:TimeoutSeconds=30",
        $"--Aeo:Platforms:{name}:Pricing:claude-e2e:InputPerMillionTokens={3.ToString(CultureInfo.InvariantCulture)}",
        $"--Aeo:Platforms:{name}:Pricing:claude-e2e:OutputPerMillionTokens={15.ToString(CultureInfo.InvariantCulture)}",
    ];
}
