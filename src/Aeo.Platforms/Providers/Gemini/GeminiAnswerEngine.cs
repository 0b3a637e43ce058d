namespace Aeo.Platforms.Providers.Gemini;

/// <summary>
/// Gemini through the Gemini API's <c>generateContent</c> (<c>POST {BaseUrl}models/{model}:generateContent</c>), with
/// Google Search grounding when the request asks for a web-grounded answer. The key travels only in the
/// <c>x-goog-api-key</c> header, never in the URL, so no URL that reaches a log or an error message carries it.
/// </summary>
public sealed class GeminiAnswerEngine : IAnswerEngine
{
    public const string DefaultBaseUrl = "https://generativelanguage.googleapis.com/v1beta/";
    public const string DefaultModel = "gemini-2.5-flash";

    private readonly ProviderHttp http;
    private readonly Uri generateUrl;
    private readonly string apiKey;
    private readonly int maxOutputTokens;
    private readonly PriceTable prices;

    public GeminiAnswerEngine(string platform, PlatformOptions options, HttpClient http, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platform);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ApiKey);
        Platform = platform;
        Model = string.IsNullOrWhiteSpace(options.Model) ? DefaultModel : options.Model;
        apiKey = options.ApiKey;
        maxOutputTokens = options.MaxOutputTokens;
        generateUrl = ProviderEndpoint.Resolve(options.BaseUrl, DefaultBaseUrl, $"models/{Uri.EscapeDataString(Model)}:generateContent");
        prices = new PriceTable(options.Pricing);
        this.http = new ProviderHttp(http, platform, options.ApiKey, timeProvider) { RetryAfterInErrorBody = GeminiRetryInfo.RetryDelay };
    }

    public string Platform { get; }

    public bool IsSimulated => false;

    public string Model { get; }

    public async Task<EngineAnswer> AskAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await http.PostJsonAsync(generateUrl, Body(request), headers => headers.Add("x-goog-api-key", apiKey), cancellationToken)
            .ConfigureAwait(false);

        var answer = GeminiContent.Read(response, Model, http);
        return prices.Priced(answer);
    }

    private object Body(AnswerRequest request) => new
    {
        contents = new[] { new { role = "user", parts = new[] { new { text = request.Question } } } },
        generationConfig = new { maxOutputTokens = maxOutputTokens },
        tools = request.WebSearch ? new[] { new { google_search = new { } } } : null,
    };
}
