namespace Aeo.Analysis.Citations;

/// <summary>
/// A URL in canonical form. <see cref="Domain"/> is the host without "www.", "m." or "amp.";
/// <see cref="RegistrableDomain"/> is the part a registrant owns: the public suffix plus one label
/// ("blog.hubspot.co.uk" → "hubspot.co.uk").
/// </summary>
public sealed record NormalizedUrl(string Url, string Domain, string RegistrableDomain)
{
    /// <summary>
    /// The path of a canonical URL ("https://zoho.com/books?x=1" → "/books"); empty for the root page, which the
    /// canonical form writes without a slash.
    /// </summary>
    public static string PathOf(string canonicalUrl)
    {
        ArgumentNullException.ThrowIfNull(canonicalUrl);
        var scheme = canonicalUrl.IndexOf("://", StringComparison.Ordinal);
        var hostStart = scheme < 0 ? 0 : scheme + 3;
        var pathStart = canonicalUrl.IndexOfAny(['/', '?'], hostStart);
        if (pathStart < 0 || canonicalUrl[pathStart] == '?')
        {
            return "";
        }

        var query = canonicalUrl.IndexOf('?', pathStart);
        return query < 0 ? canonicalUrl[pathStart..] : canonicalUrl[pathStart..query];
    }
}
