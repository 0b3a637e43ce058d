using System.Collections.Concurrent;
using Aeo.FakeProviders;
using Aeo.Platforms;

namespace Aeo.Api.Tests.Support;

/// <summary>
/// An OpenAI-compatible chat-completions provider on a loopback <see cref="FakeProviderServer"/> that answers each
/// question with the simulated engine's text and counts, per question, the calls it answered (the calls a real
/// provider would bill). A share of calls can fail with 503 first. With one sample per question, a question answered
/// twice is a work item paid for twice, which a unique key in the responses table would hide.
/// </summary>
public sealed class CountingChatProvider : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> answered = new();
    private readonly SimulatedAnswerEngine writer;
    private readonly IReadOnlyList<string> brands;
    private readonly double failureRate;
    private readonly TimeSpan latency;
    private readonly Random random;
    private readonly object gate = new();
    private FakeProviderServer server = null!;

    private CountingChatProvider(string name, IReadOnlyList<string> brands, double failureRate, TimeSpan latency, int seed)
    {
        Name = name;
        this.brands = brands;
        this.failureRate = failureRate;
        this.latency = latency;
        random = new Random(seed);
        writer = new SimulatedAnswerEngine(name, new PlatformOptions
        {
            Kind = PlatformKinds.Simulated,
            Simulated = new SimulatedPlatformOptions { Seed = seed, LatencyMinMs = 0, LatencyMedianMs = 0, LatencyMaxMs = 0 },
        });
    }

    public string Name { get; }

    /// <summary>The model it answers as; price it with <c>Pricing:{Model}:…</c>.</summary>
    public string Model => $"{Name}-1";

    /// <summary>Calls answered (not failed) per question text.</summary>
    public IReadOnlyDictionary<string, int> AnsweredPerQuestion => new Dictionary<string, int>(answered);

    /// <summary>Every call that reached it, answered or failed.</summary>
    public int Received => server.Requests.Count;

    /// <param name="brands">Brands the answers may name, as the simulated engine picks them.</param>
    /// <param name="failureRate">The share of calls answered 503 (transient, so retried) instead.</param>
    /// <param name="latency">How long each answer takes.</param>
    public static async Task<CountingChatProvider> StartAsync(
        string name, IReadOnlyList<string> brands, double failureRate = 0, TimeSpan latency = default, int seed = 7)
    {
        var provider = new CountingChatProvider(name, brands, failureRate, latency, seed);
        provider.server = await FakeProviderServer.StartAsync(provider.RespondAsync);
        return provider;
    }

    /// <summary>Configuration arguments that make this provider platform <see cref="Name"/> of an API process.</summary>
    public string[] PlatformArgs(params string[] extra) =>
    [
        $"--Aeo:Platforms:{Name}:Kind=openai-compatible",
        $"--Aeo:Platforms:{Name}:BaseUrl={server.BaseUrl}",
        $"--Aeo:Platforms:{Name}:ApiKey=sk-test-{Name}",
        $"--Aeo:Platforms:{Name}:Model={Model}",
        $"--Aeo:Platforms:{Name}:RequestsPerMinute=6000",
        $"--Aeo:Platforms:{Name}:TimeoutSeconds=30",
        .. extra.Select(setting => $"--Aeo:Platforms:{Name}:{setting}"),
    ];

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private async Task<FakeReply> RespondAsync(FakeRequest request)
    {
        var messages = request.Json.GetProperty("messages");
        var question = messages[messages.GetArrayLength() - 1].GetProperty("content").GetString() ?? "";
        bool fails;
        lock (gate)
        {
            fails = random.NextDouble() < failureRate;
        }
        if (fails)
        {
            return FakeReply.Json(new { error = new { message = "The server is overloaded.", type = "server_error" } }, 503);
        }
        var sample = answered.AddOrUpdate(question, 1, (_, count) => count + 1);
        var answer = await writer.AskAsync(new AnswerRequest(question, sample, brands), CancellationToken.None);
        return FakeReply.Json(new
        {
            id = "chatcmpl-" + Guid.NewGuid().ToString("N"),
            @object = "chat.completion",
            created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            model = Model,
            choices = new[] { new { index = 0, message = new { role = "assistant", content = answer.Text }, finish_reason = "stop" } },
            usage = new { prompt_tokens = answer.InputTokens, completion_tokens = answer.OutputTokens, total_tokens = answer.InputTokens + answer.OutputTokens },
        }).After(latency);
    }
}
