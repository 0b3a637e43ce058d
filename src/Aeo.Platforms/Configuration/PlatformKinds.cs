namespace Aeo.Platforms;

/// <summary>The values <c>Aeo:Platforms:&lt;name&gt;:Kind</c> may take.</summary>
public static class PlatformKinds
{
    public const string OpenAI = "openai";
    public const string Anthropic = "anthropic";
    public const string Perplexity = "perplexity";
    public const string Gemini = "gemini";
    public const string OpenAICompatible = "openai-compatible";
    public const string Simulated = "simulated";

    public static IReadOnlyList<string> All { get; } = [OpenAI, Anthropic, Perplexity, Gemini, OpenAICompatible, Simulated];
}
