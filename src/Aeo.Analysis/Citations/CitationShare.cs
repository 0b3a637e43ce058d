namespace Aeo.Analysis.Citations;

/// <summary>
/// Citation share of a domain over a set of answers:
/// <c>share(d) = (cited citations whose registrable domain is d) / (all cited citations)</c>,
/// counting distinct normalised URLs per answer; retrieved-only sources count in neither.
/// Domains are ordered by count (descending) then name (ordinal); with no cited citations the table is empty.
/// </summary>
public static class CitationShare
{
    public static CitationShareTable ByDomain(IEnumerable<AnswerCitations> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var counts = answers
            .SelectMany(answer => answer.Citations)
            .Where(citation => citation.Kind == CitationKind.Cited)
            .GroupBy(citation => citation.RegistrableDomain, StringComparer.Ordinal)
            .Select(group => (Domain: group.Key, Count: group.Count()))
            .ToList();
        var total = counts.Sum(c => c.Count);
        var domains = counts
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Domain, StringComparer.Ordinal)
            .Select(c => new DomainCitationShare(c.Domain, c.Count, (double)c.Count / total))
            .ToList();
        return new CitationShareTable(total, domains);
    }
}
