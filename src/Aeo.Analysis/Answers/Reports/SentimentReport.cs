using System.Text.Json.Serialization;
using Aeo.Analysis.Sentiment;

namespace Aeo.Analysis.Answers.Reports;

/// <summary>
/// A sentiment as stored and shown: score in [-1, 1], label (positive, neutral or negative), whether praise and
/// criticism are both present (mixed), confidence in [0, 1], who judged it. Answers stored before the three-label
/// definition carry the label "mixed" and no flag: they read as neutral with the mixed flag set.
/// </summary>
public sealed record SentimentReport
{
    public const string LegacyMixedLabel = "mixed";

    [JsonConstructor]
    public SentimentReport(double score, string label, double confidence, string source, bool mixed = false)
    {
        ArgumentNullException.ThrowIfNull(label);
        var legacy = string.Equals(label, LegacyMixedLabel, StringComparison.Ordinal);
        Score = score;
        Label = legacy ? "neutral" : label;
        Mixed = mixed || legacy;
        Confidence = confidence;
        Source = source;
    }

    public double Score { get; }

    public string Label { get; }

    public bool Mixed { get; }

    public double Confidence { get; }

    public string Source { get; }

    public static SentimentReport From(SentimentResult result) =>
        new(Math.Round(result.Score, 4), result.Label.ToString().ToLowerInvariant(), Math.Round(result.Confidence, 4), result.Source, result.Mixed);
}
