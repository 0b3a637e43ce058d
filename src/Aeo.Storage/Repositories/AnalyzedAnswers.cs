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
        Mentions.Select(m => new BrandObservation(m.Brand, m.Count, m.Rank, m.Sentiment.Score, m.Prominence, m.UnknownToEngine, m.EchoOrDisclaimerOnly)).ToArray(),
        Citations.Select(c => new CitedDomain(c.Domain, Kind(c), NormalizedUrl.PathOf(c.Url))).ToArray());

    public AnswerCitations Sources() => new(
        Citations.Select(c => new NormalizedCitation(c.Url, c.Title, Kind(c), c.Position, c.Domain, c.RegistrableDomain)).ToArray(),
        [],
        Rejected: 0);

    private static CitationKind Kind(CitationReport citation) =>
        citation.Kind == "retrieved" ? CitationKind.Retrieved : CitationKind.Cited;
}

/// <summary>
/// A run's stored answers with the brands of the run's own snapshot: what the figures endpoint reports and what a run's
/// per-platform stats are computed from, in one place, so the two always agree.
/// </summary>
public sealed record RunAnswers(AuditSpec Spec, IReadOnlyList<AnalyzedAnswerRow> Answers)
{
    /// <param name="plannedCount">The run's planned work items, when known (see <see cref="RunFigures.PlannedCount"/>).</param>
    public RunFigures Figures(int? plannedCount) => RunFiguresCalculator.Calculate(
        Answers.Select(a => a.Observation()).ToArray(),
        Spec.TrackedBrands.Select(b => new TrackedBrand(b.Name, b.Domains, IsClient: ReferenceEquals(b, Spec.Brand))).ToArray(),
        plannedCount);

    /// <summary>The share of the run's cited sources per domain, a tracked brand's domain with a path counted apart.</summary>
    public CitationShareTable Sources() => CitationShare.ByDomain(
        Answers.Select(a => a.Sources()), Spec.TrackedBrands.Select(b => new TrackedDomainOwner(b.Name, b.Domains)).ToArray());
}
