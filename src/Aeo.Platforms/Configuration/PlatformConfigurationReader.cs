using Microsoft.Extensions.Configuration;

namespace Aeo.Platforms;

/// <summary>Reads and validates every entry under <c>Aeo:Platforms</c>.</summary>
internal static class PlatformConfigurationReader
{
    public const string SectionPath = "Aeo:Platforms";

    /// <exception cref="InvalidOperationException">An entry is invalid; the message names each offending key.</exception>
    public static IReadOnlyList<ConfiguredPlatform> Read(IConfiguration configuration)
    {
        var entries = configuration.GetSection(SectionPath).GetChildren().ToList();
        if (entries.Count == 0)
        {
            return DefaultSimulatedPlatforms.Create();
        }

        var platforms = entries.Select(Bind).ToList();
        PlatformOptionsValidator.ThrowIfInvalid(platforms);
        return platforms;
    }

    private static ConfiguredPlatform Bind(IConfigurationSection entry)
    {
        var options = entry.Get<PlatformOptions>() ?? new PlatformOptions();
        var kind = string.IsNullOrWhiteSpace(options.Kind) ? entry.Key : options.Kind.Trim();
        options.Kind = kind.ToLowerInvariant();
        return new ConfiguredPlatform(entry.Key, options.Kind, options);
    }
}
