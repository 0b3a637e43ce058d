using Aeo.Platforms.Providers.Anthropic;
using Aeo.Platforms.Providers.Gemini;
using Aeo.Platforms.Providers.OpenAI;

namespace Aeo.Platforms;

/// <summary>
/// Builds the engine for a platform's kind. Real provider adapters (openai, anthropic, perplexity, gemini,
/// openai-compatible) are added here when they exist; until then those kinds fail at startup rather than
/// quietly being simulated, so nobody mistakes simulated answers for real ones.
/// </summary>
internal static class AnswerEngineFactory
{
    public static void EnsureSupported(ConfiguredPlatform platform)
    {
        if (platform.Kind is not (PlatformKinds.Simulated or PlatformKinds.Anthropic or PlatformKinds.Gemini or PlatformKinds.OpenAICompatible or PlatformKinds.OpenAI))
        {
            throw new InvalidOperationException(
                $"Platform '{platform.Name}' has Kind '{platform.Kind}', but real provider adapters are not yet available in this build; " +
                $"only '{PlatformKinds.Simulated}' is. Set {platform.ConfigurationKey}:Kind to '{PlatformKinds.Simulated}' to simulate it, or remove the entry.");
        }
    }

    public static (PlatformDescriptor Descriptor, IAnswerEngine Engine) Create(ConfiguredPlatform platform, HttpClient http, TimeProvider timeProvider)
    {
        EnsureSupported(platform);
        IAnswerEngine engine = platform.Kind switch
        {
            PlatformKinds.Anthropic => new AnthropicAnswerEngine(platform.Name, platform.Options, http, timeProvider),
            PlatformKinds.Gemini => new GeminiAnswerEngine(platform.Name, platform.Options, http, timeProvider),
            PlatformKinds.OpenAI => new OpenAIAnswerEngine(platform.Name, platform.Options, http, timeProvider),
            PlatformKinds.OpenAICompatible => new OpenAICompatibleAnswerEngine(platform.Name, platform.Options, http, timeProvider),
            _ => new SimulatedAnswerEngine(platform.Name, platform.Options, timeProvider),
        };
        var descriptor = new PlatformDescriptor(
            platform.Name,
            platform.Kind,
            engine.IsSimulated,
            platform.Options.RequestsPerMinute,
            platform.Options.MaxConcurrency,
            engine.Model);
        return (descriptor, engine);
    }
}
