namespace Aeo.Analysis.Brands;

/// <summary>
/// The brands and every distinct term that identifies them. Definitions sharing a name are merged.
/// When two brands claim the same term, the stronger kind wins, then the brand defined first:
/// the same span can only belong to one brand.
/// </summary>
internal sealed class BrandTermCatalog
{
    private BrandTermCatalog(IReadOnlyList<string> brandNames, IReadOnlyList<BrandTerm> terms)
    {
        BrandNames = brandNames;
        Terms = terms;
    }

    public IReadOnlyList<string> BrandNames { get; }

    public IReadOnlyList<BrandTerm> Terms { get; }

    public static BrandTermCatalog Build(IEnumerable<BrandDefinition> brands)
    {
        ArgumentNullException.ThrowIfNull(brands);

        var brandNames = new List<string>();
        var brandIndexByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var termsByText = new Dictionary<string, BrandTerm>(StringComparer.Ordinal);
        var termOrder = new List<string>();

        foreach (var brand in brands)
        {
            ArgumentNullException.ThrowIfNull(brand);
            var name = brand.Name?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException("Every brand needs a non-empty name.", nameof(brands));
            }

            if (!brandIndexByName.TryGetValue(name, out var brandIndex))
            {
                brandIndex = brandNames.Count;
                brandIndexByName.Add(name, brandIndex);
                brandNames.Add(name);
            }

            Add(name, brandIndex, MatchKind.Name);
            foreach (var alias in brand.Aliases ?? [])
            {
                Add(alias, brandIndex, MatchKind.Alias);
            }

            foreach (var domain in brand.Domains ?? [])
            {
                Add(domain is null ? null : DomainNormalizer.Normalize(domain), brandIndex, MatchKind.Domain);
            }
        }

        return new BrandTermCatalog(brandNames, termOrder.Select(text => termsByText[text]).ToArray());

        void Add(string? text, int brandIndex, MatchKind kind)
        {
            var trimmed = text?.Trim();
            if (string.IsNullOrEmpty(trimmed))
            {
                return;
            }

            var candidate = new BrandTerm(TextFolding.Fold(trimmed), brandIndex, kind);
            if (!termsByText.TryGetValue(candidate.FoldedText, out var existing))
            {
                termsByText.Add(candidate.FoldedText, candidate);
                termOrder.Add(candidate.FoldedText);
            }
            else if (candidate.Kind > existing.Kind)
            {
                termsByText[candidate.FoldedText] = candidate;
            }
        }
    }
}
