namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// The weighted contributions found about one mention, and the result they amount to. With P the sum of positive
/// contributions, N the sum of the magnitudes of negative ones, raw = P − N, E = P + N and conflict κ = min(P, N) / max(P, N):
/// <list type="bullet">
/// <item>score = raw / √(raw² + 0.5): one plain evaluation (±0.5) gives ±0.58, a strong one (±0.8) ±0.75, and more evidence approaches ±1;</item>
/// <item>label <see cref="SentimentResult.LabelFor"/>(score), Neutral when there is no evidence; flagged mixed when
/// min(P, N) ≥ 0.3 and κ ≥ 0.3 (both sides substantial, as the stance's mixed flag has it);</item>
/// <item>confidence = 0.3 + 0.65 · (1 − e^(−E/0.5)) · (1 − κ/2) · h, with h = 0.85 when a hedge softened any of it, else 1:
/// 0.3 with no evidence, rising with the evidence, falling with conflict; at most 0.95.</item>
/// </list>
/// </summary>
internal sealed class Evidence
{
    public const double MixedMinimum = 0.3;
    public const double MixedBalance = 0.3;

    public double Positive { get; private set; }

    public double Negative { get; private set; }

    public bool Hedged { get; private set; }

    public void Add(double contribution, bool hedged)
    {
        if (contribution > 0)
        {
            Positive += contribution;
        }
        else
        {
            Negative -= contribution;
        }

        Hedged |= hedged && contribution != 0;
    }

    public SentimentResult ToResult(string source)
    {
        var raw = Positive - Negative;
        var total = Positive + Negative;
        var score = Math.Clamp(raw / Math.Sqrt(raw * raw + 0.5), -1, 1);
        var conflict = Positive > 0 && Negative > 0 ? Math.Min(Positive, Negative) / Math.Max(Positive, Negative) : 0;
        var mixed = Math.Min(Positive, Negative) >= MixedMinimum && conflict >= MixedBalance;
        var strength = 1 - Math.Exp(-total / 0.5);
        var confidence = 0.3 + 0.65 * strength * (1 - conflict / 2) * (Hedged ? 0.85 : 1);
        return new SentimentResult(score, SentimentResult.LabelFor(score), confidence, source, mixed);
    }
}
