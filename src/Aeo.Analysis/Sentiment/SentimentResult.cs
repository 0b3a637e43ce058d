namespace Aeo.Analysis.Sentiment;

/// <summary>
/// The stance expressed towards one brand (<see cref="SentimentDefinition"/>): <see cref="Score"/> in [-1, 1]
/// (negative to positive), one of three <see cref="Label"/>s, whether praise and criticism are both substantive
/// (<see cref="Mixed"/>), a <see cref="Confidence"/> in [0, 1] and the <see cref="Source"/> (provider) that judged it.
/// </summary>
public sealed record SentimentResult
{
    /// <summary>Scores with an absolute value below this are <see cref="SentimentLabel.Neutral"/>.</summary>
    public const double NeutralBand = 0.2;

    public SentimentResult(double score, SentimentLabel label, double confidence, string source, bool mixed = false)
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
        Mixed = mixed;
    }

    public double Score { get; }

    public SentimentLabel Label { get; }

    /// <summary>Both substantive praise and substantive criticism of the brand are present, whatever the label.</summary>
    public bool Mixed { get; }

    public double Confidence { get; }

    public string Source { get; }

    /// <summary>Positive from +<see cref="NeutralBand"/>, negative from −<see cref="NeutralBand"/>, neutral between.</summary>
    public static SentimentLabel LabelFor(double score) => score switch
    {
        >= NeutralBand => SentimentLabel.Positive,
        <= -NeutralBand => SentimentLabel.Negative,
        _ => SentimentLabel.Neutral,
    };
}
