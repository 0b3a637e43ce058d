using Aeo.Platforms.Http;

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

    private readonly ProviderHttp _http;
    private readonly Uri _responsesUrl;
    private readonly string _apiKey;
    private readonly int _maxOutputTokens;
    private readonly PriceTable _prices;

    /// <summary>Set when <c>Api</c> is <c>chat</c>; the Responses API is used otherwise.</summary>
    private readonly ChatCompletions? _chat;

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
        _apiKey = options.ApiKey;
        _maxOutputTokens = options.MaxOutputTokens;
        _responsesUrl = ProviderEndpoint.Resolve(options.BaseUrl, DefaultBaseUrl, "responses");
        _prices = new PriceTable(options.Pricing);
        _http = new ProviderHttp(http, platform, options.ApiKey, timeProvider);
        _chat = api == ChatApi
            ? new ChatCompletions(_http, ProviderEndpoint.Resolve(options.BaseUrl, DefaultBaseUrl, "chat/completions"), options.ApiKey, Model,
                options.MaxOutputTokens, ChatCompletions.OpenAIMaxTokensField)
            : null;
    }

    public string Platform { get; }

    public bool IsSimulated => false;

    public string Model { get; }

    public async Task<EngineAnswer> AskAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_chat is not null)
        {
            var completion = await _chat.PostAsync(request.Question, cancellationToken).ConfigureAwait(false);
            return _chat.Read(completion, new SourceList(), _prices);
        }

        var response = await _http.PostJsonAsync(_responsesUrl, Body(request), BearerToken.Header(_apiKey), cancellationToken).ConfigureAwait(false);
        return _prices.Priced(OpenAIResponse.Read(response, Model, _http));
    }

    private object Body(AnswerRequest request) => new
    {
        model = Model,
        input = request.Question,
        max_output_tokens = _maxOutputTokens,
        tools = request.WebSearch ? new[] { new { type = "web_search" } } : null,
        include = request.WebSearch ? new[] { "web_search_call.action.sources" } : null,
    };
}
