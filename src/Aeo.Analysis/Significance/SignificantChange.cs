namespace Aeo.Analysis.Significance;

/// <summary>
/// One tested change of one brand's metric on one platform (null: across platforms) between two runs:
/// <c>Difference = To − From</c> with its 95 % interval, the test's p value, the p value adjusted for the family of
/// the run's comparisons (Benjamini–Hochberg), and <see cref="Significant"/> when the adjusted p value is at most the
/// false discovery rate. <see cref="Test"/> names the test; values are null where a run has no data (not tested).
/// </summary>
public sealed record SignificantChange(
    string Brand,
    bool IsClient,
    string? Platform,
    string Metric,
    double? From,
    double? To,
    double? Difference,
    double? Lower,
    double? Upper,
    double? PValue,
    double? AdjustedPValue,
    bool Significant,
    string Test,
    string Sentence);

/// <summary>The tests <see cref="SignificantChange.Test"/> names.</summary>
public static class ChangeTests
{
    /// <summary>Paired yes/no items: McNemar's exact test, Newcombe's paired interval.</summary>
    public const string McNemarExact = "mcnemar_exact";

    /// <summary>Independent rates: pooled z test with effective sample sizes, Newcombe's hybrid score interval.</summary>
    public const string Newcombe = "newcombe";

    /// <summary>Independent means: Welch's t test over the runs' questions.</summary>
    public const string WelchT = "welch_t";

    /// <summary>Not tested: a run has no data for the metric, or too little for an interval.</summary>
    public const string None = "none";
}
