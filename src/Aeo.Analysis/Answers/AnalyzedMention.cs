using Aeo.Analysis.Brands;
using Aeo.Analysis.Sentiment;

namespace Aeo.Analysis.Answers;

/// <summary>
/// One tracked brand as found in one answer: what the detector saw (<see cref="Detection"/>), the answer's stance
/// towards it (<see cref="Sentiment"/>: one of three labels plus the mixed flag, by the configured provider), and what
/// the lexicon reads at each of its mentions (<see cref="MentionSentiments"/>, in the order of
/// <see cref="BrandMention.Spans"/>), which shows where praise and criticism sit.
/// </summary>
public sealed record AnalyzedMention(
    BrandMention Detection,
    IReadOnlyList<SentimentResult> MentionSentiments,
    SentimentResult Sentiment);
