namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>A word or phrase (already tokenised) and what it does.</summary>
internal sealed record LexiconEntry(string[] Words, LexiconTermKind Kind, double Value);
