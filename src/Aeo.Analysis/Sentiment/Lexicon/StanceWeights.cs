namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// How <see cref="StanceDecision"/> weighs the features. The defaults were chosen on the development set, by accuracy
/// under leave-one-industry-out cross-validation (the weights are picked on twelve industries and scored on the
/// thirteenth), never on the held-out set.
/// </summary>
internal sealed record StanceWeights
{
    public static readonly StanceWeights Default = new();

    /// <summary>The verdict's evidence counts this many times the body's.</summary>
    public double Verdict { get; init; } = 1.5;

    /// <summary>Being picked in the verdict.</summary>
    public double Pick { get; init; } = 0.6;

    /// <summary>Opening an item of an avoid section (negative).</summary>
    public double Avoid { get; init; } = 1.0;

    /// <summary>Opening an item of a recommend section.</summary>
    public double Recommend { get; init; } = 0.6;

    /// <summary>Table rows' evidence counts this much of the body's.</summary>
    public double Table { get; init; } = 0.25;

    /// <summary>Positive from this raw stance.</summary>
    public double PositiveFrom { get; init; } = 0.35;

    /// <summary>Negative from minus this raw stance.</summary>
    public double NegativeFrom { get; init; } = 0.2;

    /// <summary>Mixed when both the body's positive and negative evidence reach this…</summary>
    public double MixedMinimum { get; init; } = 0.3;

    /// <summary>…and the smaller is at least this share of the larger.</summary>
    public double MixedBalance { get; init; } = 0.3;
}
