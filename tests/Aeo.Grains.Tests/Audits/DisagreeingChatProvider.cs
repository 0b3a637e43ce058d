using System.Globalization;
using Aeo.FakeProviders;
using Aeo.FakeProviders.OpenAI;

namespace Aeo.Grains.Tests.Audits;

/// <summary>
/// OpenAI-compatible chat completions on a loopback <see cref="FakeProviderServer"/> for the adaptive sampling tests:
/// each platform (told apart by its model) answers question i of <see cref="Questions"/> the way its script says for
/// the n-th call of that question: mentioning the client ("Acme CRM") or not. Counts its calls per (model, question).
/// </summary>
internal sealed class DisagreeingChatProvider : IAsyncDisposable
{
    public const int PromptTokens = 1000;
    public const int CompletionTokens = 500;

    /// <summary>Twelve buyer questions that name no tracked brand (so all are non-branded).</summary>
    public static readonly string[] Questions =
    [
        "Which CRM works best for dental clinics?", "Which CRM works best for law firms?",
        "Which CRM works best for real estate agents?", "Which CRM works best for nonprofits?",
        "Which CRM works best for freelance designers?", "Which CRM works best for early startups?",
        "Which CRM works best for retail shops?", "Which CRM works best for consultancies?",
        "Which CRM works best for recruiters?", "Which CRM works best for insurance brokers?",
        "Which CRM works best for architects?", "Which CRM works best for event planners?",
    ];

    private readonly ConcurrentDictionary<(string Model, int Question), int> calls = new();
    private readonly Dictionary<string, Func<int, int, bool>> scripts;
    private readonly TimeSpan latency;
    private FakeProviderServer server = null!;

    private DisagreeingChatProvider(Dictionary<string, Func<int, int, bool>> scripts, TimeSpan latency)
    {
        this.scripts = scripts;
        this.latency = latency;
    }

    /// <param name="scripts">Per model: whether the answer to question i on its n-th call (1-based) mentions the client.</param>
    /// <param name="latency">How long each answer takes.</param>
    public static async Task<DisagreeingChatProvider> StartAsync(Dictionary<string, Func<int, int, bool>> scripts, TimeSpan latency = default)
    {
        var provider = new DisagreeingChatProvider(scripts, latency);
        provider.server = await FakeProviderServer.StartAsync(provider.Respond);
        return provider;
    }

    public int Calls(string model, int question) => calls.GetValueOrDefault((model, question));

    /// <summary>Settings that make <paramref name="model"/>'s script platform <paramref name="platform"/>, priced per million tokens.</summary>
    public void Configure(Dictionary<string, string?> settings, string platform, string model)
    {
        var key = $"Aeo:Platforms:{platform}";
        settings[$"{key}:Kind"] = "openai-compatible";
        settings[$"{key}:BaseUrl"] = server.BaseUrl.ToString();
        settings[$"{key}:ApiKey"] = $"sk-test-{platform}";
        settings[$"{key}:Model"] = model;
        settings[$"{key}:RequestsPerMinute"] = "6000";
        settings[$"{key}:TimeoutSeconds"] = "30";
        settings[$"{key}:Pricing:{model}:InputPerMillionTokens"] = "2";
        settings[$"{key}:Pricing:{model}:OutputPerMillionTokens"] = "8";
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private FakeReply Respond(FakeRequest request)
    {
        var body = request.Json;
        var model = body.GetProperty("model").GetString()!;
        var messages = body.GetProperty("messages");
        var text = messages[messages.GetArrayLength() - 1].GetProperty("content").GetString() ?? "";
        var question = Array.FindIndex(Questions, q => text.Contains(q, StringComparison.Ordinal));
        if (question < 0 || !scripts.TryGetValue(model, out var script))
        {
            return OpenAIReplies.ChatCompletion(model, PromptTokens, CompletionTokens, "I cannot help with that.");
        }
        var call = calls.AddOrUpdate((model, question), 1, (_, n) => n + 1);
        var answer = script(question, call)
            ? "For this, Acme CRM is the strongest choice, and Globex is a reasonable alternative."
            : "For this, Globex is the strongest choice, and Initech is a reasonable alternative.";
        return OpenAIReplies.ChatCompletion(model, PromptTokens, CompletionTokens, answer + " (" + call.ToString(CultureInfo.InvariantCulture) + ")")
            .After(latency);
    }
}
