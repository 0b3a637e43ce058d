namespace Aeo.Analysis.Sentiment;

/// <summary>
/// Confidence-weighted statistics over several results, used by the engine's ensemble and consensus:
/// Score = Σ cᵢ·sᵢ / Σ cᵢ; MeanConfidence = Σ cᵢ² / Σ cᵢ; Dispersion D = Σ cᵢ·|sᵢ − Score| / Σ cᵢ;
/// AgreementConfidence = MeanConfidence · (1 − D/2); MixedShare = Σ cᵢ over results flagged mixed / Σ cᵢ.
/// When every confidence is 0 each result weighs the same.
/// </summary>
internal readonly record struct WeightedSummary(double Score, double MeanConfidence, double Dispersion, double MixedShare)
{
    public double AgreementConfidence => Math.Clamp(MeanConfidence * (1 - Dispersion / 2), 0, 1);

    public bool Mixed => MixedShare >= 0.5;

    public static WeightedSummary Of(IReadOnlyList<SentimentResult> results)
    {
        var totalConfidence = results.Sum(r => r.Confidence);
        Func<SentimentResult, double> weight = totalConfidence > 0 ? r => r.Confidence : _ => 1;
        var totalWeight = totalConfidence > 0 ? totalConfidence : results.Count;

        var score = Math.Clamp(results.Sum(r => weight(r) * r.Score) / totalWeight, -1, 1);
        var meanConfidence = results.Sum(r => weight(r) * r.Confidence) / totalWeight;
        var dispersion = results.Sum(r => weight(r) * Math.Abs(r.Score - score)) / totalWeight;
        var mixedShare = results.Where(r => r.Mixed).Sum(weight) / totalWeight;
        return new WeightedSummary(score, meanConfidence, dispersion, mixedShare);
    }
}
