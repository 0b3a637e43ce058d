using Aeo.Platforms.Providers.Anthropic;
using Aeo.Platforms.Providers.Gemini;
using Aeo.Platforms.Providers.OpenAI;
using Aeo.Platforms.Providers.Perplexity;

namespace Aeo.Platforms;

/// <summary>Builds the engine for a platform's kind (validated beforehand by <see cref="PlatformOptionsValidator"/>).</summary>
internal static class AnswerEngineFactory
{
    public static (PlatformDescriptor Descriptor, IAnswerEngine Engine) Create(ConfiguredPlatform platform, HttpClient http, TimeProvider timeProvider)
    {
        IAnswerEngine engine = platform.Kind switch
        {
            PlatformKinds.Anthropic => new AnthropicAnswerEngine(platform.Name, platform.Options, http, timeProvider),
            PlatformKinds.Gemini => new GeminiAnswerEngine(platform.Name, platform.Options, http, timeProvider),
            PlatformKinds.OpenAI => new OpenAIAnswerEngine(platform.Name, platform.Options, http, timeProvider),
            PlatformKinds.OpenAICompatible => new OpenAICompatibleAnswerEngine(platform.Name, platform.Options, http, timeProvider),
            PlatformKinds.Perplexity => new PerplexityAnswerEngine(platform.Name, platform.Options, http, timeProvider),
            PlatformKinds.Simulated => new SimulatedAnswerEngine(platform.Name, platform.Options, timeProvider),
            _ => throw new InvalidOperationException($"Platform '{platform.Name}' has Kind '{platform.Kind}', which no engine implements."),
        };
        var descriptor = new PlatformDescriptor(
            platform.Name,
            platform.Kind,
            engine.IsSimulated,
            platform.Options.RequestsPerMinute,
            platform.Options.MaxConcurrency,
            engine.Model)
        {
            TokensPerMinute = platform.Options.TokensPerMinute,
            TimeoutSeconds = platform.Options.TimeoutSeconds,
            MaxOutputTokens = platform.Options.MaxOutputTokens,
        };
        return (descriptor, engine);
    }
}
