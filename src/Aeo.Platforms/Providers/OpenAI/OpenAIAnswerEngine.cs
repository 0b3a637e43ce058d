namespace Aeo.Platforms.Providers.OpenAI;

/// <summary>
/// OpenAI through the Responses API (<c>POST {BaseUrl}responses</c>, default), with the web search tool when the
/// request asks for a web-grounded answer; or through Chat Completions when <c>Api</c> is <c>chat</c>.
/// </summary>
public sealed class OpenAIAnswerEngine : IAnswerEngine
{
    public const string DefaultBaseUrl = "https://api.openai.com/v1/";
    public const string DefaultModel = "gpt-4.1";
    public const string ResponsesApi = "responses";
    public const string ChatApi = "chat";

    private readonly ProviderHttp http;
    private readonly Uri responsesUrl;
    private readonly string apiKey;
    private readonly int maxOutputTokens;
    private readonly PriceTable prices;

    /// <summary>Set when <c>Api</c> is <c>chat</c>; the Responses API is used otherwise.</summary>
    private readonly ChatCompletions? chat;

    public OpenAIAnswerEngine(string platform, PlatformOptions options, HttpClient http, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platform);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ApiKey);
        var api = string.IsNullOrWhiteSpace(options.Api) ? ResponsesApi : options.Api.Trim().ToLowerInvariant();
        if (api is not (ResponsesApi or ChatApi))
        {
            throw new ArgumentException($"Api must be '{ResponsesApi}' or '{ChatApi}'.", nameof(options));
        }
        Platform = platform;
        Model = string.IsNullOrWhiteSpace(options.Model) ? DefaultModel : options.Model;
        apiKey = options.ApiKey;
        maxOutputTokens = options.MaxOutputTokens;
        responsesUrl = ProviderEndpoint.Resolve(options.BaseUrl, DefaultBaseUrl, "responses");
        prices = new PriceTable(options.Pricing);
        this.http = new ProviderHttp(http, platform, options.ApiKey, timeProvider);
        chat = api == ChatApi
            ? new ChatCompletions(this.http, ProviderEndpoint.Resolve(options.BaseUrl, DefaultBaseUrl, "chat/completions"), options.ApiKey, Model,
                options.MaxOutputTokens, ChatCompletions.OpenAIMaxTokensField)
            : null;
    }

    public string Platform { get; }

    public bool IsSimulated => false;

    public string Model { get; }

    public async Task<EngineAnswer> AskAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (chat is not null)
        {
            var completion = await chat.PostAsync(request.Question, cancellationToken).ConfigureAwait(false);
            return chat.Read(completion, new SourceList(), prices);
        }

        var response = await http.PostJsonAsync(responsesUrl, Body(request), BearerToken.Header(apiKey), cancellationToken).ConfigureAwait(false);
        return prices.Priced(OpenAIResponse.Read(response, Model, http));
    }

    private object Body(AnswerRequest request) => new
    {
        model = Model,
        input = request.Question,
        max_output_tokens = maxOutputTokens,
        tools = request.WebSearch ? new[] { new { type = "web_search" } } : null,
        include = request.WebSearch ? new[] { "web_search_call.action.sources" } : null,
    };
}
