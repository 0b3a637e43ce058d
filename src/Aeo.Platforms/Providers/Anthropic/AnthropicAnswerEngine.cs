namespace Aeo.Platforms.Providers.Anthropic;

/// <summary>
/// Claude through Anthropic's Messages API (<c>POST {BaseUrl}messages</c>, <c>x-api-key</c> and <c>anthropic-version</c>
/// headers), with the server-side web search tool when the request asks for a web-grounded answer.
/// </summary>
public sealed class AnthropicAnswerEngine : IAnswerEngine
{
    public const string DefaultBaseUrl = "https://api.anthropic.com/v1/";
    public const string DefaultModel = "claude-sonnet-4-5";
    public const string DefaultApiVersion = "2023-06-01";

    /// <summary>Searches one answer may run; each is billed by Anthropic on top of the tokens.</summary>
    private const int MaxWebSearches = 5;

    private readonly ProviderHttp http;
    private readonly Uri messagesUrl;
    private readonly string apiKey;
    private readonly string apiVersion;
    private readonly int maxOutputTokens;
    private readonly PriceTable prices;

    public AnthropicAnswerEngine(string platform, PlatformOptions options, HttpClient http, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platform);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ApiKey);
        Platform = platform;
        Model = string.IsNullOrWhiteSpace(options.Model) ? DefaultModel : options.Model;
        apiKey = options.ApiKey;
        apiVersion = string.IsNullOrWhiteSpace(options.ApiVersion) ? DefaultApiVersion : options.ApiVersion.Trim();
        maxOutputTokens = options.MaxOutputTokens;
        messagesUrl = ProviderEndpoint.Resolve(options.BaseUrl, DefaultBaseUrl, "messages");
        prices = new PriceTable(options.Pricing);
        this.http = new ProviderHttp(http, platform, options.ApiKey, timeProvider);
    }

    public string Platform { get; }

    public bool IsSimulated => false;

    public string Model { get; }

    public async Task<EngineAnswer> AskAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await http.PostJsonAsync(messagesUrl, Body(request), headers =>
        {
            headers.Add("x-api-key", apiKey);
            headers.Add("anthropic-version", apiVersion);
        }, cancellationToken).ConfigureAwait(false);

        var answer = AnthropicMessage.Read(response, Model, http);
        return prices.Priced(answer);
    }

    private object Body(AnswerRequest request) => new
    {
        model = Model,
        max_tokens = maxOutputTokens,
        messages = new[] { new { role = "user", content = request.Question } },
        tools = request.WebSearch
            ? new[] { new { type = "web_search_20250305", name = "web_search", max_uses = MaxWebSearches } }
            : null,
    };
}
