namespace Aeo.Analysis.Figures;

/// <summary>
/// One distinct source of an answer: its normalised domain or registrable domain, the path of its URL, and whether it
/// was cited or only retrieved. A brand's domain owns it when equal or a parent and, for a domain with a path, when
/// the source lies under that path (<see cref="BrandDomain.Owns(string, string)"/>), so "hubspot.com" owns both
/// "hubspot.com" and "blog.hubspot.com", and "zoho.com/books" owns "zoho.com/books/pricing" but not "zoho.com/crm".
/// </summary>
/// <param name="Path">The URL's path ("/books/pricing"; empty for a root page or when unknown).</param>
public sealed record CitedDomain(string Domain, CitationKind Kind, string Path = "")
{
    /// <summary>
    /// The sources of an analyzed answer, one per distinct normalised URL. The full domain is kept (not the
    /// registrable one) so that a brand configured with a subdomain ("blog.hubspot.com") still owns its pages.
    /// </summary>
    public static IReadOnlyList<CitedDomain> From(AnswerCitations citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        return citations.Citations.Select(c => new CitedDomain(c.Domain, c.Kind, NormalizedUrl.PathOf(c.Url))).ToList();
    }
}
