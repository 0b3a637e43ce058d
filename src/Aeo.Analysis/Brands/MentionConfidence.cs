namespace Aeo.Analysis.Brands;

/// <summary>
/// How sure we are that a matched span means the brand. The scale, highest first:
/// exact name <see cref="Name"/> 1.0; <see cref="Alias"/> 0.9; generated <see cref="NameVariant"/> 0.85
/// ("Hub Spot"); <see cref="Domain"/> 0.8; and <see cref="Ambiguous"/> 0.6 for any term that is also a
/// common word ("Notion", "Monday"), which counts only with evidence of brand use. A brand's confidence
/// in an answer is the highest among its spans.
/// </summary>
public static class MentionConfidence
{
    /// <summary>The brand's name as defined (or without its legal suffix).</summary>
    public const double Name = 1.0;

    /// <summary>A defined alias.</summary>
    public const double Alias = 0.9;

    /// <summary>A spelling generated from the name (respaced, hyphenated, without its top-level domain).</summary>
    public const double NameVariant = 0.85;

    /// <summary>A domain, bare or inside a URL's host.</summary>
    public const double Domain = 0.8;

    /// <summary>A term that is also a common word, accepted on evidence of brand use.</summary>
    public const double Ambiguous = 0.6;

    /// <summary>The confidence of a span of <paramref name="kind"/>, capped for ambiguous terms.</summary>
    public static double Of(BrandTermKind kind, bool ambiguous) => ambiguous ? Ambiguous : kind switch
    {
        BrandTermKind.Name => Name,
        BrandTermKind.Alias => Alias,
        BrandTermKind.NameVariant => NameVariant,
        BrandTermKind.Domain => Domain,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Which kind wins when two brands claim the same span or term: the more certain one.</summary>
    internal static int Strength(BrandTermKind kind) => (int)(Of(kind, ambiguous: false) * 100);
}
