namespace Aeo.Analysis.Citations;

/// <summary>
/// Turns the sources an engine reported for one answer into distinct normalised citations and a
/// cited / retrieved-only / absent status per tracked brand.
/// <para>
/// Citations with the same normalised URL are one citation. If the engine both cited and retrieved a
/// URL it counts as cited. Its position is the smallest position among the reports of that kind, its
/// title the first non-blank title reported for it.
/// </para>
/// <para>
/// A brand's domain owns a citation when the citation's domain equals it or is a subdomain of it
/// (<see cref="CitationNormalizer.Owns"/>), so "hubspot.com" owns "blog.hubspot.com" but not "nothubspot.com";
/// a domain with a path ("zoho.com/books") owns only the citations under that path (<see cref="BrandDomain.Owns(string, string)"/>).
/// A brand is <see cref="BrandCitationStatus.Cited"/> when it owns at least one cited citation,
/// <see cref="BrandCitationStatus.RetrievedOnly"/> when it owns only retrieved ones, otherwise
/// <see cref="BrandCitationStatus.Absent"/>.
/// </para>
/// </summary>
public static class CitationAnalysis
{
    /// <exception cref="ArgumentException">A brand's domain is not a usable host name.</exception>
    public static AnswerCitations For(IReadOnlyList<Citation> citations, IReadOnlyList<TrackedDomainOwner> brands)
    {
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(brands);
        return For(citations, new PreparedDomainOwners(brands));
    }

    /// <summary><see cref="For(IReadOnlyList{Citation}, IReadOnlyList{TrackedDomainOwner})"/> with the brands' domains normalised beforehand.</summary>
    /// <exception cref="ArgumentException">A brand's domain is not a usable host name.</exception>
    public static AnswerCitations For(IReadOnlyList<Citation> citations, PreparedDomainOwners brands)
    {
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(brands);

        var rejected = 0;
        var byUrl = new Dictionary<string, List<(Citation Source, NormalizedUrl Url)>>(StringComparer.Ordinal);
        foreach (var citation in citations)
        {
            if (!CitationNormalizer.TryNormalize(citation.Url, out var normalized))
            {
                rejected++;
                continue;
            }

            if (!byUrl.TryGetValue(normalized.Url, out var reports))
            {
                byUrl[normalized.Url] = reports = [];
            }

            reports.Add((citation, normalized));
        }

        var distinct = byUrl.Values
            .Select(Merge)
            .OrderBy(c => c.Kind)
            .ThenBy(c => c.Position)
            .ThenBy(c => c.Url, StringComparer.Ordinal)
            .ToList();

        var brandCitations = new List<BrandCitation>(brands.Count);
        for (var i = 0; i < brands.Count; i++)
        {
            var domains = brands.DomainsOf(i);
            brandCitations.Add(ForBrand(brands[i].Brand, domains, distinct));
        }

        return new AnswerCitations(distinct, brandCitations, rejected);
    }

    /// <summary>The brand's domains in normalised form, each a host with an optional path.</summary>
    /// <exception cref="ArgumentException">A domain is not a usable host name with an optional path.</exception>
    public static IReadOnlyList<BrandDomain> NormalizeDomains(TrackedDomainOwner brand)
    {
        ArgumentNullException.ThrowIfNull(brand);
        return brand.Domains
            .Select(domain => BrandDomain.TryParse(domain, out var normalized)
                ? normalized
                : throw new ArgumentException($"Brand '{brand.Brand}' has an unusable domain '{domain}'.", nameof(brand)))
            .Distinct()
            .ToList();
    }

    private static NormalizedCitation Merge(List<(Citation Source, NormalizedUrl Url)> reports)
    {
        var kind = reports.Exists(r => r.Source.Kind == CitationKind.Cited) ? CitationKind.Cited : CitationKind.Retrieved;
        var position = reports.Where(r => r.Source.Kind == kind).Min(r => r.Source.Position);
        var title = reports.Select(r => r.Source.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))?.Trim();
        var url = reports[0].Url;
        return new NormalizedCitation(url.Url, title, kind, position, url.Domain, url.RegistrableDomain);
    }

    private static BrandCitation ForBrand(string brand, IReadOnlyList<BrandDomain> domains, List<NormalizedCitation> citations)
    {
        var owned = citations.Where(c => domains.Any(d => d.Owns(c))).ToList();
        var cited = owned.Count(c => c.Kind == CitationKind.Cited);
        var retrieved = owned.Count - cited;
        var status = cited > 0 ? BrandCitationStatus.Cited
            : retrieved > 0 ? BrandCitationStatus.RetrievedOnly
            : BrandCitationStatus.Absent;
        return new BrandCitation(brand, status, cited, retrieved);
    }
}
