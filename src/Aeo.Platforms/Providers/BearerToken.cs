using System.Net.Http.Headers;

namespace Aeo.Platforms.Providers;

/// <summary>The <c>Authorization: Bearer</c> header of OpenAI-style APIs, left out when no key is configured (local servers).</summary>
internal static class BearerToken
{
    public static Action<HttpRequestHeaders> Header(string? apiKey) => headers =>
    {
        if (!string.IsNullOrWhiteSpace(apiKey))
        {
            headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }
    };
}
