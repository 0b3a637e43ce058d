using Aeo.Platforms;

namespace Aeo.FakeProviders.Scripted;

/// <summary>
/// An OpenAI-compatible chat-completions provider on a loopback <see cref="FakeProviderServer"/> whose trouble follows a
/// script: for the n-th request received (1-based) the script returns a failure to answer with, or null to answer
/// normally with the simulated engine's text and token usage, after <c>latency</c>. <see cref="ChatFaults"/> has the
/// usual scripts: 429s first, a provider that is down.
/// </summary>
public sealed class ScriptedChatProvider : IAsyncDisposable
{
    private readonly Func<int, FakeReply?> script;
    private readonly SimulatedAnswerEngine writer;
    private readonly IReadOnlyList<string> brands;
    private readonly TimeSpan latency;
    private FakeProviderServer server = null!;
    private int received;

    private ScriptedChatProvider(string name, Func<int, FakeReply?> script, IReadOnlyList<string> brands, TimeSpan latency)
    {
        Name = name;
        this.script = script;
        this.brands = brands;
        this.latency = latency;
        writer = new SimulatedAnswerEngine(name, new PlatformOptions
        {
            Kind = PlatformKinds.Simulated,
            Simulated = new SimulatedPlatformOptions { Seed = 11, LatencyMinMs = 0, LatencyMedianMs = 0, LatencyMaxMs = 0 },
        });
    }

    public string Name { get; }

    public Uri BaseUrl => server.BaseUrl;

    /// <summary>Every request that reached it, answered or not.</summary>
    public int Received => Volatile.Read(ref received);

    /// <summary>What reached it, in order (headers included, for checks of what a client sent).</summary>
    public IReadOnlyList<FakeRequest> Requests => server.Requests;

    public static async Task<ScriptedChatProvider> StartAsync(
        string name, Func<int, FakeReply?> script, IReadOnlyList<string> brands, TimeSpan latency = default)
    {
        var provider = new ScriptedChatProvider(name, script, brands, latency);
        provider.server = await FakeProviderServer.StartAsync(provider.RespondAsync);
        return provider;
    }

    /// <summary>The settings that make this provider platform <see cref="Name"/>, as <c>key=value</c> pairs under <c>Aeo:Platforms:{Name}</c>.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        [$"Aeo:Platforms:{Name}:Kind"] = "openai-compatible",
        [$"Aeo:Platforms:{Name}:BaseUrl"] = server.BaseUrl.ToString(),
        [$"Aeo:Platforms:{Name}:ApiKey"] = ApiKey,
        [$"Aeo:Platforms:{Name}:Model"] = Name + "-1",
        [$"Aeo:Platforms:{Name}:RequestsPerMinute"] = "6000",
        [$"Aeo:Platforms:{Name}:TimeoutSeconds"] = "30",
    };

    /// <summary>The key this platform is configured with; it must never show up where it does not belong.</summary>
    public string ApiKey => $"sk-test-{Name}-5ecret";

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private async Task<FakeReply> RespondAsync(FakeRequest request)
    {
        var n = Interlocked.Increment(ref received);
        if (script(n) is { } failure)
        {
            return failure;
        }
        var messages = request.Json.GetProperty("messages");
        var question = messages[messages.GetArrayLength() - 1].GetProperty("content").GetString() ?? "";
        var answer = await writer.AskAsync(new AnswerRequest(question, n, brands), CancellationToken.None);
        return FakeReply.Json(new
        {
            id = "chatcmpl-" + Guid.NewGuid().ToString("N"),
            @object = "chat.completion",
            created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            model = Name + "-1",
            choices = new[] { new { index = 0, message = new { role = "assistant", content = answer.Text }, finish_reason = "stop" } },
            usage = new { prompt_tokens = answer.InputTokens, completion_tokens = answer.OutputTokens, total_tokens = answer.InputTokens + answer.OutputTokens },
        }).After(latency);
    }
}
