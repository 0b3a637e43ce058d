namespace Aeo.Analysis.Sentiment;

/// <summary>
/// The answer's overall stance towards a brand for the question asked (<see cref="SentimentDefinition"/>). There are
/// exactly three; praise and criticism both being present is <see cref="SentimentResult.Mixed"/>, not a label.
/// </summary>
public enum SentimentLabel
{
    Negative,
    Neutral,
    Positive,
}
