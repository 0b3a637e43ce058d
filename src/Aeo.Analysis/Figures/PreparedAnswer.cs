using Aeo.Analysis.Citations;

namespace Aeo.Analysis.Figures;

/// <summary>One answer reduced to what the segment formulas read, with per-brand arrays indexed like the tracked brands.</summary>
internal sealed class PreparedAnswer(AnswerObservation answer, string questionType, BrandObservation?[] mentions, int[] citedByBrand, int[] retrievedByBrand)
{
    public AnswerObservation Source { get; } = answer;

    public string Cluster => Source.QuestionId;

    public string QuestionType { get; } = questionType;

    public BrandObservation?[] Mentions { get; } = mentions;

    public int[] CitedByBrand { get; } = citedByBrand;

    public int[] RetrievedByBrand { get; } = retrievedByBrand;

    public int MentionedBrands { get; } = mentions.Count(m => m is not null);

    public int MentionCount { get; } = mentions.Sum(m => m?.Count ?? 0);

    public int CitedSources { get; } = answer.Citations.Count(c => c.Kind == CitationKind.Cited);
}
