namespace Aeo.Analysis.Brands;

/// <summary>
/// Turns "https://www.HubSpot.com/" into "hubspot.com" and "www.zoho.com/books/" into "zoho.com/books", the forms
/// searched for in answers: a domain with a path is written with its path when an answer names it.
/// </summary>
internal static class DomainNormalizer
{
    public static string Normalize(string domain)
    {
        var value = domain.Trim();
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            value = value[(scheme + 3)..];
        }

        var queryStart = value.IndexOfAny(['?', '#']);
        if (queryStart >= 0)
        {
            value = value[..queryStart];
        }

        if (value.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            value = value[4..];
        }

        var pathStart = value.IndexOf('/');
        return pathStart < 0
            ? value.Trim('.')
            : value[..pathStart].Trim('.') + value[pathStart..].TrimEnd('/');
    }

    /// <summary>The length of a normalised domain's host part: all of it unless it has a path.</summary>
    public static int HostLength(string normalized)
    {
        var pathStart = normalized.IndexOf('/');
        return pathStart < 0 ? normalized.Length : pathStart;
    }
}
