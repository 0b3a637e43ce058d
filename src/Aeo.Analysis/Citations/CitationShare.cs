namespace Aeo.Analysis.Citations;

/// <summary>
/// Citation share of a domain over a set of answers:
/// <c>share(d) = (cited citations counted under d) / (all cited citations)</c>,
/// counting distinct normalised URLs per answer; retrieved-only sources count in neither.
/// A citation counts under its registrable domain, except one under a tracked brand's domain with a path
/// ("zoho.com/books"), which counts under that entry, the most specific one when several own it: a product on its
/// maker's site is a source of its own, apart from the maker's other pages. Each row names the tracked brand it belongs
/// to (the path entry's brand, or the first brand whose domain is the registrable domain itself), if any.
/// Domains are ordered by count (descending) then name (ordinal); with no cited citations the table is empty.
/// </summary>
public static class CitationShare
{
    /// <exception cref="ArgumentException">A tracked brand's domain is not usable.</exception>
    public static CitationShareTable ByDomain(IEnumerable<AnswerCitations> answers, IReadOnlyList<TrackedDomainOwner>? owners = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return ByDomain(answers.SelectMany(answer => answer.Citations).Select(citation => (citation, 1)), owners);
    }

    /// <summary>
    /// The same table from citations already counted: each distinct cited URL once, with the number of answers citing
    /// it (what a database can aggregate without reading every answer). Retrieved-only entries are ignored.
    /// </summary>
    /// <exception cref="ArgumentException">A tracked brand's domain is not usable.</exception>
    public static CitationShareTable ByDomain(IEnumerable<(NormalizedCitation Citation, int Count)> citations, IReadOnlyList<TrackedDomainOwner>? owners)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var entries = (owners ?? []).SelectMany(owner => CitationAnalysis.NormalizeDomains(owner).Select(domain => (owner.Brand, Domain: domain))).ToList();
        var pathEntries = entries
            .Where(e => e.Domain.HasPath)
            .OrderByDescending(e => e.Domain.Host.Length + e.Domain.Path.Length)
            .ToList();
        var hostOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (brand, domain) in entries.Where(e => !e.Domain.HasPath))
        {
            hostOwners.TryAdd(domain.Host, brand);
        }

        var counts = new Dictionary<string, (int Count, string? Brand)>(StringComparer.Ordinal);
        foreach (var (citation, count) in citations.Where(c => c.Citation.Kind == CitationKind.Cited))
        {
            var (key, brand) = KeyOf(citation, pathEntries, hostOwners);
            counts[key] = counts.TryGetValue(key, out var seen) ? (seen.Count + count, seen.Brand) : (count, brand);
        }

        var total = counts.Values.Sum(c => c.Count);
        var domains = counts
            .OrderByDescending(c => c.Value.Count)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new DomainCitationShare(c.Key, c.Value.Count, (double)c.Value.Count / total, c.Value.Brand))
            .ToList();
        return new CitationShareTable(total, domains);
    }

    private static (string Key, string? Brand) KeyOf(
        NormalizedCitation citation, List<(string Brand, BrandDomain Domain)> pathEntries, Dictionary<string, string> hostOwners)
    {
        foreach (var (brand, domain) in pathEntries)
        {
            if (domain.Owns(citation))
            {
                return (domain.ToString(), brand);
            }
        }

        return (citation.RegistrableDomain, hostOwners.GetValueOrDefault(citation.RegistrableDomain));
    }
}
