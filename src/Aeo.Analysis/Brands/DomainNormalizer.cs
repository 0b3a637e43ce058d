namespace Aeo.Analysis.Brands;

/// <summary>Turns "https://www.HubSpot.com/" into "hubspot.com", the form searched for in answers.</summary>
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

        var pathStart = value.IndexOfAny(['/', '?', '#']);
        if (pathStart >= 0)
        {
            value = value[..pathStart];
        }

        if (value.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            value = value[4..];
        }

        return value.Trim('.');
    }
}
