using Aeo.Analysis.Citations;

namespace Aeo.Analysis.Figures;

/// <summary>One answer reduced to what the segment formulas read, with per-brand arrays indexed like the tracked brands.</summary>
internal sealed class PreparedAnswer
{
    public PreparedAnswer(AnswerObservation answer, string questionType, BrandObservation?[] mentions, int[] citedByBrand, int[] retrievedByBrand)
    {
        Source = answer;
        QuestionType = questionType;
        Mentions = mentions;
        CitedByBrand = citedByBrand;
        RetrievedByBrand = retrievedByBrand;
        MentionedBrands = mentions.Count(m => m is not null);
        MentionCount = mentions.Sum(m => m?.Count ?? 0);
        CitedSources = answer.Citations.Count(c => c.Kind == CitationKind.Cited);
    }

    public AnswerObservation Source { get; }

    public string Cluster => Source.QuestionId;

    public string QuestionType { get; }

    public BrandObservation?[] Mentions { get; }

    public int[] CitedByBrand { get; }

    public int[] RetrievedByBrand { get; }

    public int MentionedBrands { get; }

    public int MentionCount { get; }

    public int CitedSources { get; }
}
