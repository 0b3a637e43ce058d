namespace Aeo.Platforms.Providers.OpenAI;

/// <summary>
/// Any server speaking OpenAI's Chat Completions (Ollama, vLLM, LiteLLM and other gateways) at the configured
/// <c>BaseUrl</c>, with the configured <c>Model</c>. The key, when one is configured, is sent as a bearer token.
/// </summary>
public sealed class OpenAICompatibleAnswerEngine : IAnswerEngine
{
    private readonly ChatCompletions chat;
    private readonly PriceTable prices;

    public OpenAICompatibleAnswerEngine(string platform, PlatformOptions options, HttpClient http, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platform);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.BaseUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Model);
        Platform = platform;
        Model = options.Model;
        prices = new PriceTable(options.Pricing);
        chat = new ChatCompletions(
            new ProviderHttp(http, platform, options.ApiKey, timeProvider),
            ProviderEndpoint.Resolve(options.BaseUrl, options.BaseUrl, "chat/completions"),
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
        return chat.Read(response, new SourceList(), prices);
    }
}
