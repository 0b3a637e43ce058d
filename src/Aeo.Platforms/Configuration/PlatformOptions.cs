namespace Aeo.Platforms;

/// <summary>One platform entry, bound from <c>Aeo:Platforms:&lt;name&gt;</c>.</summary>
public sealed class PlatformOptions
{
    /// <summary>One of <see cref="PlatformKinds.All"/>; defaults to the entry's name.</summary>
    public string? Kind { get; set; }

    public string? ApiKey { get; set; }

    public string? BaseUrl { get; set; }

    public string? Model { get; set; }

    public int RequestsPerMinute { get; set; } = 60;

    public int? TokensPerMinute { get; set; }

    /// <summary>Calls in flight at once, cluster-wide. Web-grounded answers can take tens of seconds, so keep it at least RPM × typical latency ÷ 60.</summary>
    public int MaxConcurrency { get; set; } = 64;

    /// <summary>Time limit of one attempt; generations with web search can take minutes.</summary>
    public int TimeoutSeconds { get; set; } = 120;

    /// <summary>Most tokens one answer may generate (max_tokens / max_output_tokens / maxOutputTokens).</summary>
    public int MaxOutputTokens { get; set; } = 2048;

    /// <summary>Kind <c>openai</c> only: <c>responses</c> (default; web search available) or <c>chat</c> (Chat Completions).</summary>
    public string? Api { get; set; }

    /// <summary>Kind <c>anthropic</c> only: the <c>anthropic-version</c> header.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>US dollars per million tokens by model name (longest matching prefix of the answered model wins).</summary>
    public Dictionary<string, ModelPrice> Pricing { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Bound from <c>Aeo:Platforms:&lt;name&gt;:Simulated</c>; used only by kind <c>simulated</c>.</summary>
    public SimulatedPlatformOptions Simulated { get; set; } = new();
}
