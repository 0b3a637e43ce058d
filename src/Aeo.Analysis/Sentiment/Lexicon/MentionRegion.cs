namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// The tokens to read about a mention: <see cref="Start"/>..<see cref="End"/>, of which those after
/// <see cref="CoreEnd"/> continue the topic in later sentences; <see cref="InRecommendedList"/> when the mention
/// opens an item of a list introduced as a ranking or recommendation.
/// </summary>
internal readonly record struct MentionRegion(int Start, int End, int CoreEnd, bool InRecommendedList);
