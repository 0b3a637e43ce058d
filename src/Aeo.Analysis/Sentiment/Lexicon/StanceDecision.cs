namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// Turns <see cref="StanceFeatures"/> into a stance. With weights w (<see cref="StanceWeights"/>):
/// <list type="bullet">
/// <item>raw = w.Verdict·(verdict P − N) + w.Pick·min(picks, 1) − w.Avoid·min(avoid items, 1) + w.Recommend·min(recommend
/// items, 1) + (body P − N) + w.Table·(table P − N);</item>
/// <item>label Positive from raw ≥ w.PositiveFrom, Negative from raw ≤ −w.NegativeFrom, Neutral between; always
/// Neutral for a brand the engine says it knows nothing about, or names only in an echo or a disclaimer;</item>
/// <item>mixed when body P and body N both reach w.MixedMinimum and the smaller is at least w.MixedBalance of the larger
/// (a verdict is one-sided by nature, so only the body can show both sides);</item>
/// <item>score = raw / √(raw² + 0.5), kept on its label's side of the neutral band;</item>
/// <item>confidence = 0.3 + 0.65·(1 − e^(−m/0.4))·(1 − κ/2), where m is the distance of raw from the nearest label
/// boundary and κ = min(P, N) / max(P, N) over all the evidence: low near a boundary and when the evidence
/// conflicts; 0.9 for a brand the engine knows nothing about or names only aside.</item>
/// </list>
/// </summary>
internal static class StanceDecision
{
    public static double Raw(StanceFeatures f, StanceWeights w) =>
        w.Verdict * (f.VerdictPositive - f.VerdictNegative)
        + w.Pick * Math.Min(f.VerdictPicks, 1)
        - w.Avoid * Math.Min(f.AvoidItems, 1)
        + w.Recommend * Math.Min(f.RecommendItems, 1)
        + (f.BodyPositive - f.BodyNegative)
        + w.Table * (f.TablePositive - f.TableNegative);

    public static SentimentLabel Label(StanceFeatures f, StanceWeights w)
    {
        if (f.KnowsNothing || f.OnlyAside)
        {
            return SentimentLabel.Neutral;
        }

        var raw = Raw(f, w);
        return raw >= w.PositiveFrom ? SentimentLabel.Positive : raw <= -w.NegativeFrom ? SentimentLabel.Negative : SentimentLabel.Neutral;
    }

    public static bool Mixed(StanceFeatures f, StanceWeights w) =>
        !f.KnowsNothing && !f.OnlyAside
        && Math.Min(f.BodyPositive, f.BodyNegative) >= w.MixedMinimum
        && Math.Min(f.BodyPositive, f.BodyNegative) >= w.MixedBalance * Math.Max(f.BodyPositive, f.BodyNegative);

    public static SentimentResult Decide(StanceFeatures f, StanceWeights w, string source)
    {
        var label = Label(f, w);
        var mixed = Mixed(f, w);
        if (f.KnowsNothing || f.OnlyAside)
        {
            return new SentimentResult(0, label, 0.9, source, mixed);
        }

        var raw = Raw(f, w);
        var score = raw / Math.Sqrt(raw * raw + 0.5);
        score = label switch
        {
            SentimentLabel.Positive => Math.Max(score, SentimentResult.NeutralBand),
            SentimentLabel.Negative => Math.Min(score, -SentimentResult.NeutralBand),
            _ => Math.Clamp(score, -SentimentResult.NeutralBand + 0.01, SentimentResult.NeutralBand - 0.01),
        };
        var margin = label switch
        {
            SentimentLabel.Positive => raw - w.PositiveFrom,
            SentimentLabel.Negative => -w.NegativeFrom - raw,
            _ => Math.Min(w.PositiveFrom - raw, raw + w.NegativeFrom),
        };
        var positive = f.VerdictPositive + f.BodyPositive + f.TablePositive;
        var negative = f.VerdictNegative + f.BodyNegative + f.TableNegative;
        var conflict = positive > 0 && negative > 0 ? Math.Min(positive, negative) / Math.Max(positive, negative) : 0;
        var confidence = 0.3 + 0.65 * (1 - Math.Exp(-Math.Max(0, margin) / 0.4)) * (1 - conflict / 2);
        return new SentimentResult(Math.Clamp(score, -1, 1), label, confidence, source, mixed);
    }
}
