namespace Aeo.Analysis.Brands;

/// <summary>
/// One mention of a brand: <see cref="Start"/> and <see cref="Length"/> are exact char offsets into the
/// analyzed text (a tolerated legal suffix such as ", Inc." is included; a possessive "'s" is not),
/// <see cref="Kind"/> says which term matched and <see cref="Confidence"/> is on the
/// <see cref="MentionConfidence"/> scale.
/// </summary>
public readonly record struct MentionSpan(int Start, int Length, BrandTermKind Kind, double Confidence)
{
    /// <summary>The offset just past the mention.</summary>
    public int End => Start + Length;
}
