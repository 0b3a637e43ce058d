namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>A brand mention as token indices; <see cref="IsTarget"/> when it names the brand being judged.</summary>
internal readonly record struct MentionRange(int First, int Last, bool IsTarget);
