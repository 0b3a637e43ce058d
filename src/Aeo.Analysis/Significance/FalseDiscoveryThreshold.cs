namespace Aeo.Analysis.Significance;

/// <summary>
/// Tells a tested family of changes at a false discovery rate q: a tested change is significant when its
/// Benjamini–Hochberg adjusted p value is at most q, and its sentence says so. The adjusted p values depend only on
/// the family's p values, not on q, so a family tested at one rate is told at another exactly as testing it there
/// would tell it; untested changes read the same at every rate.
/// </summary>
public static class FalseDiscoveryThreshold
{
    public static IReadOnlyList<SignificantChange> At(IEnumerable<SignificantChange> changes, double q)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(q);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(q, 1.0);
        return changes.Select(c => At(c, q)).ToList();
    }

    public static SignificantChange At(SignificantChange change, double q)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.AdjustedPValue is not { } adjusted)
        {
            return change;
        }
        var significant = adjusted <= q;
        return change with
        {
            Significant = significant,
            Sentence = ChangeSentence.For(change.Brand, change.Platform, change.Metric, change.From, change.To, tested: true, significant),
        };
    }
}
