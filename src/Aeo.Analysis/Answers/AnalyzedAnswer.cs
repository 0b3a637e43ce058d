namespace Aeo.Analysis.Answers;

/// <summary>Everything the analysis finds in one answer: the tracked brands it mentions (by rank) and its sources.</summary>
public sealed record AnalyzedAnswer(IReadOnlyList<AnalyzedMention> Mentions, AnswerCitations Citations);
