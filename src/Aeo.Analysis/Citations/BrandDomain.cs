using System.Diagnostics.CodeAnalysis;

namespace Aeo.Analysis.Citations;

/// <summary>
/// A tracked brand's web presence: a host ("hubspot.com"), or a host with a path prefix for a product that lives on its
/// maker's site ("zoho.com/books"). <see cref="Host"/> is normalised as a source's <see cref="NormalizedUrl.Domain"/> is;
/// <see cref="Path"/> is empty or starts with '/', without a trailing slash.
/// <para>
/// It owns a source when the source's domain is the host or a subdomain of it (<see cref="CitationNormalizer.Owns"/>)
/// and, for a path entry, the source's path is the prefix or lies under it, segment by segment and compared
/// case-insensitively: "zoho.com/books" owns "zoho.com/books" and "zoho.com/books/pricing", not "zoho.com/bookshelf"
/// nor "zoho.com/crm".
/// </para>
/// </summary>
public sealed record BrandDomain(string Host, string Path)
{
    public bool HasPath => Path.Length > 0;

    /// <summary>
    /// Reads a configured entry: "hubspot.com", "www.Zoho.com/Books/", or the same with a scheme; false when its host is
    /// not usable or it has a query or fragment.
    /// </summary>
    public static bool TryParse(string? entry, [NotNullWhen(true)] out BrandDomain? domain)
    {
        domain = null;
        if (string.IsNullOrWhiteSpace(entry) || entry.AsSpan().IndexOfAny('?', '#') >= 0)
        {
            return false;
        }

        var value = entry.Trim();
        if (!value.Contains("://", StringComparison.Ordinal))
        {
            value = "https://" + value;
        }

        if (!CitationNormalizer.TryNormalize(value, out var normalized))
        {
            return false;
        }

        domain = new BrandDomain(normalized.Domain, NormalizedUrl.PathOf(normalized.Url));
        return true;
    }

    /// <summary>Whether a source with normalised <paramref name="domain"/> and URL <paramref name="path"/> is this brand's.</summary>
    public bool Owns(string domain, string path)
    {
        if (!CitationNormalizer.Owns(Host, domain))
        {
            return false;
        }

        return !HasPath
            || path.Length == Path.Length && path.Equals(Path, StringComparison.OrdinalIgnoreCase)
            || path.Length > Path.Length && path[Path.Length] == '/' && path.StartsWith(Path, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether this entry owns a source of <paramref name="citation"/>.</summary>
    public bool Owns(NormalizedCitation citation) => Owns(citation.Domain, NormalizedUrl.PathOf(citation.Url));

    /// <summary>The entry as configured, normalised: "zoho.com/books".</summary>
    public override string ToString() => Host + Path;
}
