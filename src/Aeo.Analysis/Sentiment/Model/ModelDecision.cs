using Aeo.Analysis.Sentiment.Lexicon;

namespace Aeo.Analysis.Sentiment.Model;

/// <summary>
/// The stance from the model's probabilities p and the rules' features:
/// <list type="bullet">
/// <item>a brand the engine says it knows nothing about, or names only in an echo or a disclaimer, is neutral, not
/// mixed, with confidence 0.9 (the rules are reliable there);</item>
/// <item>otherwise the most probable label, except that positive or negative needs p ≥
/// <see cref="StanceModel.PolarityFrom"/>, else neutral: when the model is unsure, abstaining costs less than a
/// flipped sign;</item>
/// <item>mixed when P(mixed) ≥ <see cref="StanceModel.MixedFrom"/>;</item>
/// <item>score p(positive) − p(negative), kept on its label's side of the neutral band; confidence the chosen
/// label's probability.</item>
/// </list>
/// </summary>
internal static class ModelDecision
{
    public static SentimentResult Decide(StanceFeatures features, StanceProbabilities p, StanceModel model, string source)
    {
        if (features.KnowsNothing || features.OnlyAside)
        {
            return new SentimentResult(0, SentimentLabel.Neutral, 0.9, source, mixed: false);
        }

        var label = Label(p, model.PolarityFrom);
        var score = Math.Clamp(p.Positive - p.Negative, -1, 1);
        score = label switch
        {
            SentimentLabel.Positive => Math.Max(score, SentimentResult.NeutralBand),
            SentimentLabel.Negative => Math.Min(score, -SentimentResult.NeutralBand),
            _ => Math.Clamp(score, -SentimentResult.NeutralBand + 0.01, SentimentResult.NeutralBand - 0.01),
        };
        var confidence = label switch
        {
            SentimentLabel.Positive => p.Positive,
            SentimentLabel.Negative => p.Negative,
            _ => p.Neutral,
        };
        return new SentimentResult(score, label, Math.Clamp(confidence, 0, 1), source, p.Mixed >= model.MixedFrom);
    }

    public static SentimentLabel Label(StanceProbabilities p, double polarityFrom)
    {
        if (p.Positive >= p.Neutral && p.Positive >= p.Negative)
        {
            return p.Positive >= polarityFrom ? SentimentLabel.Positive : SentimentLabel.Neutral;
        }

        if (p.Negative > p.Neutral)
        {
            return p.Negative >= polarityFrom ? SentimentLabel.Negative : SentimentLabel.Neutral;
        }

        return SentimentLabel.Neutral;
    }
}
