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

    public int MaxConcurrency { get; set; } = 16;

    public int TimeoutSeconds { get; set; } = 120;

    /// <summary>Bound from <c>Aeo:Platforms:&lt;name&gt;:Simulated</c>; used only by kind <c>simulated</c>.</summary>
    public SimulatedPlatformOptions Simulated { get; set; } = new();
}
