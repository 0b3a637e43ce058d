namespace Aeo.Platforms.Providers;

/// <summary>Resolves a provider path against the platform's <c>BaseUrl</c> (or the provider's default), with or without a trailing slash.</summary>
internal static class ProviderEndpoint
{
    public static Uri Resolve(string? configuredBaseUrl, string defaultBaseUrl, string relativePath)
    {
        var baseUrl = string.IsNullOrWhiteSpace(configuredBaseUrl) ? defaultBaseUrl : configuredBaseUrl.Trim();
        return new Uri(new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/"), relativePath);
    }
}
