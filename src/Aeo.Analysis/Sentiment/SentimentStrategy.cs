namespace Aeo.Analysis.Sentiment;

/// <summary>How a <see cref="SentimentEngine"/> turns the opinions of several providers into one result.</summary>
public enum SentimentStrategy
{
    /// <summary>Ask providers in order until one is confident enough; keep the most confident answer.</summary>
    Primary,

    /// <summary>Ask every provider; confidence-weighted mean of those that succeed.</summary>
    Ensemble,

    /// <summary>Ask every provider; the confident ones must agree on the label.</summary>
    Consensus,
}
