using Aeo.Analysis.Answers.Reports;
using Aeo.Analysis.Citations;
using Aeo.Analysis.Figures;
using Aeo.Analysis.Questions;

namespace Aeo.Storage.Repositories;

/// <summary>One answer as the figures read it: where it belongs (question category and type, platform, sample) and what was found.</summary>
public sealed record AnalyzedAnswerRow(
    Guid QuestionId,
    string Category,
    string QuestionType,
    string Platform,
    int Sample,
    IReadOnlyList<MentionReport> Mentions,
    IReadOnlyList<CitationReport> Citations)
{
    public AnswerObservation Observation() => new(
        QuestionId.ToString(),
        Category,
        QuestionType == QuestionTypes.Branded,
        Platform,
        Sample,
        Mentions.Select(m => new BrandObservation(m.Brand, m.Count, m.Rank, m.Sentiment.Score)).ToArray(),
        Citations.Select(c => new CitedDomain(c.Domain, Kind(c))).ToArray());

    public AnswerCitations Sources() => new(
        Citations.Select(c => new NormalizedCitation(c.Url, c.Title, Kind(c), c.Position, c.Domain, c.RegistrableDomain)).ToArray(),
        [],
        Rejected: 0);

    private static CitationKind Kind(CitationReport citation) =>
        citation.Kind == "retrieved" ? CitationKind.Retrieved : CitationKind.Cited;
}
