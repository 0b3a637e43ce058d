using static Aeo.Platforms.Providers.ResponseFields;

namespace Aeo.Platforms.Providers.OpenAI;

/// <summary>
/// The Chat Completions exchange shared by OpenAI (<c>Api: chat</c>), OpenAI-compatible servers and Perplexity:
/// <c>POST {BaseUrl}chat/completions</c> with one user message, and reading <c>choices[0].message</c>, <c>model</c>
/// and <c>usage</c>. <c>url_citation</c> annotations on the message are cited sources.
/// </summary>
internal sealed class ChatCompletions(ProviderHttp http, Uri url, string? apiKey, string model, int maxOutputTokens, string maxTokensField)
{
    /// <summary>The output limit most servers read; OpenAI itself wants <see cref="OpenAIMaxTokensField"/>.</summary>
    public const string CompatibleMaxTokensField = "max_tokens";

    /// <summary>OpenAI's replacement for the deprecated <c>max_tokens</c>, the only one its reasoning models accept.</summary>
    public const string OpenAIMaxTokensField = "max_completion_tokens";

    public Task<ProviderResponse> PostAsync(string question, CancellationToken cancellationToken) =>
        http.PostJsonAsync(url, Body(question), BearerToken.Header(apiKey), cancellationToken);

    /// <summary>
    /// Reads and prices the answer; <paramref name="sources"/> may already hold sources the provider lists elsewhere in
    /// the body (Perplexity's <c>citations</c>), which keep their places ahead of the message's annotations. The
    /// provider's own cost wins over the price table; without usage the cost stays unknown rather than priced at 0.
    /// </summary>
    public EngineAnswer Read(ProviderResponse response, SourceList sources, PriceTable prices, decimal? providerReportedUsd = null)
    {
        var body = response.Body;
        if (body.ValueKind != JsonValueKind.Object
            || !body.TryGetProperty("choices", out var choices) || choices.ValueKind != JsonValueKind.Array || choices.GetArrayLength() == 0
            || Object(choices[0], "message") is not { } message)
        {
            throw http.Malformed("no choices[0].message");
        }
        if (String(message, "content") is not { } text || string.IsNullOrWhiteSpace(text))
        {
            throw http.Malformed("no text in choices[0].message.content");
        }
        foreach (var annotation in Array(message, "annotations"))
        {
            if (String(annotation, "type") == "url_citation" && Object(annotation, "url_citation") is { } citation && String(citation, "url") is { } cited)
            {
                sources.Add(cited, String(citation, "title"), cited: true);
            }
        }

        // Some compatible servers send no usage; the tokens are then unknown and counted as 0.
        var usage = Object(body, "usage");
        var answered = String(body, "model") is { Length: > 0 } reported ? reported : model;
        var answer = new EngineAnswer(text, answered, Count(usage, "prompt_tokens") ?? 0, Count(usage, "completion_tokens") ?? 0, response.Latency, response.Raw, IsSimulated: false)
        {
            Citations = sources.ToCitations(),
            RateLimits = response.RateLimits,
        };
        return usage is null && providerReportedUsd is null ? answer : prices.Priced(answer, providerReportedUsd);
    }

    private Dictionary<string, object> Body(string question) => new()
    {
        ["model"] = model,
        ["messages"] = new[] { new { role = "user", content = question } },
        [maxTokensField] = maxOutputTokens,
    };
}
