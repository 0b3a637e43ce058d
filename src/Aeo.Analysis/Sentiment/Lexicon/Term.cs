namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>A lexicon entry found in a text, covering tokens <see cref="First"/>..<see cref="Last"/> (inclusive).</summary>
internal readonly record struct Term(int First, int Last, LexiconTermKind Kind, double Value);
