using Aeo.Platforms.Providers.OpenAI;
using static Aeo.Platforms.Providers.ResponseFields;

namespace Aeo.Platforms.Providers.Perplexity;

/// <summary>
/// Perplexity's Sonar models through its Chat Completions API (<c>POST {BaseUrl}chat/completions</c>, bearer key).
/// Sonar always searches the web. <c>citations</c> (the URLs the answer's [n] markers point at) are cited sources;
/// <c>search_results</c> not among them are retrieved, and give the titles. The cost is Perplexity's own
/// <c>usage.cost.total_cost</c> when it reports one (it includes the per-request search fee), else the price table's.
/// </summary>
public sealed class PerplexityAnswerEngine : IAnswerEngine
{
    public const string DefaultBaseUrl = "https://api.perplexity.ai/";
    public const string DefaultModel = "sonar";

    private readonly ChatCompletions chat;
    private readonly PriceTable prices;

    public PerplexityAnswerEngine(string platform, PlatformOptions options, HttpClient http, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platform);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ApiKey);
        Platform = platform;
        Model = string.IsNullOrWhiteSpace(options.Model) ? DefaultModel : options.Model;
        prices = new PriceTable(options.Pricing);
        chat = new ChatCompletions(
            new ProviderHttp(http, platform, options.ApiKey, timeProvider),
            ProviderEndpoint.Resolve(options.BaseUrl, DefaultBaseUrl, "chat/completions"),
            options.ApiKey,
            Model,
            options.MaxOutputTokens,
            ChatCompletions.CompatibleMaxTokensField);
    }

    public string Platform { get; }

    public bool IsSimulated => false;

    public string Model { get; }

    public async Task<EngineAnswer> AskAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await chat.PostAsync(request.Question, cancellationToken).ConfigureAwait(false);

        var sources = new SourceList();
        foreach (var citation in Array(response.Body, "citations"))
        {
            if (citation.ValueKind == JsonValueKind.String && citation.GetString() is { } url)
            {
                sources.Add(url, title: null, cited: true);
            }
        }
        foreach (var result in Array(response.Body, "search_results"))
        {
            if (String(result, "url") is { } url)
            {
                sources.Add(url, String(result, "title"), cited: false);
            }
        }
        var reportedCost = Amount(Object(Object(response.Body, "usage"), "cost"), "total_cost");
        return chat.Read(response, sources, prices, reportedCost);
    }
}
