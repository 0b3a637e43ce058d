using Aeo.Analysis.Sentiment;

namespace Aeo.Analysis.Answers.Reports;

/// <summary>A sentiment as stored and shown: score in [-1, 1], label (positive, neutral, negative, mixed), confidence in [0, 1], who judged it.</summary>
public sealed record SentimentReport(double Score, string Label, double Confidence, string Source)
{
    public static SentimentReport From(SentimentResult result) =>
        new(Math.Round(result.Score, 4), result.Label.ToString().ToLowerInvariant(), Math.Round(result.Confidence, 4), result.Source);
}
