namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// One brand read across a whole answer: the <see cref="StanceFeatures"/> the rules decide from, and the readings of
/// the mentions that added to them (a mention whose region an earlier one covered, an aside, or a sentence saying the
/// engine knows nothing is not among them), each with the zone of its line.
/// </summary>
internal sealed record StanceReading(StanceFeatures Features, IReadOnlyList<ZonedReading> Readings);

/// <summary>A mention's reading, the <see cref="AnswerZone"/> of its line, and whether it opens its list item or is a heading.</summary>
internal readonly record struct ZonedReading(MentionReading Reading, AnswerZone Zone, bool OpensItem);
