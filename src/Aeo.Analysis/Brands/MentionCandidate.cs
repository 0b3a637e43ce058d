namespace Aeo.Analysis.Brands;

/// <summary>A verified match of one term, before it is known whether it counts as a mention.</summary>
internal record struct MentionCandidate(int Start, int Length, int TermIndex)
{
    public readonly int End => Start + Length;

    /// <summary>Set once the candidate counts as a mention, with the confidence it counts with.</summary>
    public double? Confidence { get; set; }
}
