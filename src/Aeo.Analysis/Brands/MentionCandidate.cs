namespace Aeo.Analysis.Brands;

/// <summary>A verified match of one term, before it is known whether it counts as a mention.</summary>
internal record struct MentionCandidate(int Start, int Length, int TermIndex)
{
    public readonly int End => Start + Length;

    /// <summary>Set once the candidate counts as a mention, with the confidence it counts with.</summary>
    public double? Confidence { get; set; }

    /// <summary>Found with spaces the term does not have ("AZ Coatings" for "azcoatings"; see <see cref="SpacedNames"/>).</summary>
    public bool Respaced { get; init; }

    /// <summary>The kind the mention reports: a name found respaced is a generated variant of it.</summary>
    public readonly BrandTermKind KindOf(BrandTerm term) => Respaced && term.Kind == BrandTermKind.Name ? BrandTermKind.NameVariant : term.Kind;
}
