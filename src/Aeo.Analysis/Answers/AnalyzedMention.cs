using Aeo.Analysis.Brands;
using Aeo.Analysis.Sentiment;

namespace Aeo.Analysis.Answers;

/// <summary>
/// One tracked brand as found in one answer: what the detector saw (<see cref="Detection"/>), the sentiment
/// expressed at each of its mentions (<see cref="MentionSentiments"/>, in the order of
/// <see cref="BrandMention.Spans"/>) and their combination for the answer (<see cref="Sentiment"/>, see
/// <see cref="SentimentResult.Combine"/>).
/// </summary>
public sealed record AnalyzedMention(
    BrandMention Detection,
    IReadOnlyList<SentimentResult> MentionSentiments,
    SentimentResult Sentiment);
