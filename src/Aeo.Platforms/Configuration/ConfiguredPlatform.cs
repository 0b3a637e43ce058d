namespace Aeo.Platforms;

/// <summary>One entry of <c>Aeo:Platforms</c> after binding: its name, its kind (lower case) and its options.</summary>
internal sealed record ConfiguredPlatform(string Name, string Kind, PlatformOptions Options)
{
    public string ConfigurationKey => $"{PlatformConfigurationReader.SectionPath}:{Name}";
}
