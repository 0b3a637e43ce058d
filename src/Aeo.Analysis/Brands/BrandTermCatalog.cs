namespace Aeo.Analysis.Brands;

/// <summary>
/// The brands and every term that identifies them, variants included (see <see cref="TermVariants"/>),
/// grouped by the folded pattern the matcher searches for. Definitions sharing a name are merged. Among
/// terms that fold to the same pattern, case-sensitive ones with different spellings all stay ("Do" and
/// "DO" can be two brands); of the others only the strongest kind (name, alias, name variant, domain), then
/// the one added first, stays: the same span can only belong to one brand.
/// </summary>
internal sealed class BrandTermCatalog
{
    private const int MaxCaseSensitiveLetters = 3;

    private BrandTermCatalog(IReadOnlyList<string> brandNames, IReadOnlyList<List<BrandTerm>> termsByPattern)
    {
        BrandNames = brandNames;
        Patterns = [.. termsByPattern.Select(terms => terms[0].FoldedText)];
        Terms = [.. termsByPattern.SelectMany(terms => terms)];
        var first = 0;
        TermsOfPattern = [.. termsByPattern.Select(terms =>
        {
            var range = (first, terms.Count);
            first += terms.Count;
            return range;
        })];
    }

    public IReadOnlyList<string> BrandNames { get; }

    /// <summary>The distinct folded texts the matcher searches for.</summary>
    public IReadOnlyList<string> Patterns { get; }

    public IReadOnlyList<BrandTerm> Terms { get; }

    /// <summary>For each pattern, its terms in <see cref="Terms"/>: case-sensitive spellings first, then the case-insensitive one.</summary>
    public IReadOnlyList<(int First, int Count)> TermsOfPattern { get; }

    public static BrandTermCatalog Build(IEnumerable<BrandDefinition> brands)
    {
        ArgumentNullException.ThrowIfNull(brands);

        var brandNames = new List<string>();
        var brandIndexByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var termsByPattern = new Dictionary<string, List<BrandTerm>>(StringComparer.Ordinal);
        var patternOrder = new List<string>();

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

            AddWithVariants(name, brandIndex, BrandTermKind.Name);
            foreach (var alias in brand.Aliases ?? [])
            {
                AddWithVariants(alias, brandIndex, BrandTermKind.Alias);
            }

            foreach (var domain in brand.Domains ?? [])
            {
                Add(domain is null ? null : DomainNormalizer.Normalize(domain), brandIndex, BrandTermKind.Domain, TermRules.None);
            }
        }

        return new BrandTermCatalog(brandNames, [.. patternOrder.Select(pattern => termsByPattern[pattern])]);

        void AddWithVariants(string? text, int brandIndex, BrandTermKind kind)
        {
            var trimmed = text is null ? null : UnicodeComposition.Normalise(text).Trim();
            if (string.IsNullOrEmpty(trimmed))
            {
                return;
            }

            foreach (var (variant, variantKind, rules) in TermVariants.Of(trimmed, kind))
            {
                Add(variant, brandIndex, variantKind, rules);
            }
        }

        void Add(string? text, int brandIndex, BrandTermKind kind, TermRules rules)
        {
            var trimmed = text is null ? null : UnicodeComposition.Normalise(text).Trim();
            if (string.IsNullOrEmpty(trimmed))
            {
                return;
            }

            var candidate = Describe(trimmed, brandIndex, kind, rules);
            if (!termsByPattern.TryGetValue(candidate.FoldedText, out var terms))
            {
                termsByPattern.Add(candidate.FoldedText, [candidate]);
                patternOrder.Add(candidate.FoldedText);
                return;
            }

            var caseSensitive = candidate.Has(TermRules.CaseSensitive);
            var rival = terms.FindIndex(term => term.Has(TermRules.CaseSensitive) == caseSensitive
                && (!caseSensitive || string.Equals(term.Text, candidate.Text, StringComparison.Ordinal)));
            if (rival < 0)
            {
                terms.Insert(caseSensitive ? 0 : terms.Count, candidate);
            }
            else if (MentionConfidence.Strength(candidate.Kind) > MentionConfidence.Strength(terms[rival].Kind))
            {
                terms[rival] = candidate;
            }
        }
    }

    private static BrandTerm Describe(string text, int brandIndex, BrandTermKind kind, TermRules rules)
    {
        if (kind == BrandTermKind.Domain || DomainNames.IsHostName(text))
        {
            return new BrandTerm(text, TextFolding.Fold(text), brandIndex, kind, rules | TermRules.DomainLike, WordAmbiguity.None);
        }

        if (text.Contains(' '))
        {
            rules |= TermRules.CapitalisedWords;
        }

        if (text.Count(char.IsLetter) <= MaxCaseSensitiveLetters)
        {
            rules |= TermRules.CaseSensitive;
        }

        var ambiguity = !text.All(char.IsLetter) ? WordAmbiguity.None
            : CommonWordBrandNames.IsCalendarWord(text) ? WordAmbiguity.CalendarWord
            : CommonWordBrandNames.IsProperNoun(text) ? WordAmbiguity.FirstName
            : CommonWordBrandNames.IsCommonWord(text) ? WordAmbiguity.CommonWord
            : WordAmbiguity.None;
        return new BrandTerm(text, TextFolding.Fold(text), brandIndex, kind, rules, ambiguity);
    }
}
