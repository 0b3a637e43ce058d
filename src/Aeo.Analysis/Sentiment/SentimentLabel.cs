namespace Aeo.Analysis.Sentiment;

/// <summary>The overall tone expressed about one brand.</summary>
public enum SentimentLabel
{
    Negative,
    Neutral,
    Positive,

    /// <summary>Substantial praise and substantial criticism of the same brand, neither clearly winning.</summary>
    Mixed,
}
