namespace Aeo.Platforms;

public sealed record PlatformDescriptor(string Name, string Kind, bool IsSimulated, int RequestsPerMinute, int MaxConcurrency, string Model)
{
    /// <summary>The platform's tokens-per-minute budget, when one is configured.</summary>
    public int? TokensPerMinute { get; init; }

    /// <summary>Time limit of one attempt.</summary>
    public int TimeoutSeconds { get; init; } = 120;

    /// <summary>Most tokens one answer may generate (part of a call's token estimate).</summary>
    public int MaxOutputTokens { get; init; } = 2048;
}
