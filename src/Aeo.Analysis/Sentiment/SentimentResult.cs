namespace Aeo.Analysis.Sentiment;

/// <summary>
/// The sentiment expressed about one brand: <see cref="Score"/> in [-1, 1] (negative to positive),
/// a <see cref="Label"/>, a <see cref="Confidence"/> in [0, 1] and the <see cref="Source"/> (provider) that judged it.
/// </summary>
public sealed record SentimentResult
{
    /// <summary>Scores with an absolute value below this are <see cref="SentimentLabel.Neutral"/>.</summary>
    public const double NeutralBand = 0.2;

    /// <summary>In <see cref="Combine"/>, a mention counts as a strong opinion from this absolute score…</summary>
    public const double StrongScore = 0.3;

    /// <summary>…when judged with at least this confidence.</summary>
    public const double StrongConfidence = 0.5;

    /// <summary>…and the weaker side, Σ cᵢ·|sᵢ| over its strong mentions, is at least this share of the stronger side's.</summary>
    public const double MixedBalance = 0.4;

    public SentimentResult(double score, SentimentLabel label, double confidence, string source)
    {
        if (!double.IsFinite(score) || score is < -1 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A sentiment score lies in [-1, 1].");
        }

        if (!double.IsFinite(confidence) || confidence is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "A confidence lies in [0, 1].");
        }

        if (!Enum.IsDefined(label))
        {
            throw new ArgumentOutOfRangeException(nameof(label), label, "Unknown sentiment label.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Score = score;
        Label = label;
        Confidence = confidence;
        Source = source;
    }

    public double Score { get; }

    public SentimentLabel Label { get; }

    public double Confidence { get; }

    public string Source { get; }

    /// <summary>Positive from +<see cref="NeutralBand"/>, negative from −<see cref="NeutralBand"/>, neutral between.</summary>
    public static SentimentLabel LabelFor(double score) => score switch
    {
        >= NeutralBand => SentimentLabel.Positive,
        <= -NeutralBand => SentimentLabel.Negative,
        _ => SentimentLabel.Neutral,
    };

    /// <summary>
    /// Combines the results of several mentions of one brand in one answer into the answer-level result for that brand.
    /// Mentions judged Neutral say nothing about the brand, so when any mention is not Neutral only those are combined.
    /// With scores sᵢ and confidences cᵢ of the combined results:
    /// <list type="bullet">
    /// <item>score S = Σ cᵢ·sᵢ / Σ cᵢ (the plain mean when every cᵢ is 0);</item>
    /// <item>label <see cref="SentimentLabel.Mixed"/> when strong positives (sᵢ ≥ <see cref="StrongScore"/>) and strong
    /// negatives (sᵢ ≤ −<see cref="StrongScore"/>), each with cᵢ ≥ <see cref="StrongConfidence"/>, both occur and neither
    /// side outweighs the other: the smaller of Σ cᵢ·|sᵢ| over each side's strong mentions is at least
    /// <see cref="MixedBalance"/> of the larger (a passing caveat does not make a mix); or when mentions labelled Mixed
    /// carry at least half of the total confidence; otherwise <see cref="LabelFor"/>(S);</item>
    /// <item>confidence C = (Σ cᵢ² / Σ cᵢ) · (1 − D/2), the confidence-weighted mean confidence scaled by agreement,
    /// where D = Σ cᵢ·|sᵢ − S| / Σ cᵢ is the weighted mean distance from S (in [0, 2]);</item>
    /// <item>source: the distinct sources joined with '+' (of all the results).</item>
    /// </list>
    /// A single result is returned unchanged.
    /// </summary>
    public static SentimentResult Combine(IEnumerable<SentimentResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var all = results.ToArray();
        if (all.Length == 0)
        {
            throw new ArgumentException("There is nothing to combine: a brand without mentions has no sentiment.", nameof(results));
        }

        if (all.Length == 1)
        {
            return all[0];
        }

        var opinions = all.Where(r => r.Label != SentimentLabel.Neutral).ToArray();
        var combined = opinions.Length > 0 ? opinions : all;
        var weighted = WeightedSummary.Of(combined);
        var strongPositive = combined.Where(r => r.Score >= StrongScore && r.Confidence >= StrongConfidence).Sum(r => r.Confidence * r.Score);
        var strongNegative = -combined.Where(r => r.Score <= -StrongScore && r.Confidence >= StrongConfidence).Sum(r => r.Confidence * r.Score);
        var balanced = Math.Min(strongPositive, strongNegative) >= MixedBalance * Math.Max(strongPositive, strongNegative);
        var label = (strongPositive > 0 && strongNegative > 0 && balanced) || weighted.MixedShare >= 0.5
            ? SentimentLabel.Mixed
            : LabelFor(weighted.Score);
        var source = string.Join('+', all.Select(r => r.Source).Distinct(StringComparer.Ordinal));
        return new SentimentResult(weighted.Score, label, weighted.AgreementConfidence, source);
    }
}
