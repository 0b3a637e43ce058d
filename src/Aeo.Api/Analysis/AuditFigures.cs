using System.Text.Json;
using Aeo.Analysis.Answers.Reports;
using Aeo.Analysis.Citations;
using Aeo.Analysis.Figures;
using Aeo.Analysis.Questions;
using Aeo.Storage.Repositories;

namespace Aeo.Api.Analysis;

/// <summary>
/// Computes a run's figures from what its responses table holds, with the brands of the run's own snapshot, and the
/// share of the run's cited sources per domain (<see cref="CitationShare"/>).
/// </summary>
public sealed class AuditFigures(AuditRunRepository runs, ResponseRepository responses)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<(RunFigures Figures, CitationShareTable Sources)?> CalculateAsync(AuditRunRecord run, CancellationToken ct)
    {
        if (await runs.GetSpecAsync(run.Id, ct) is not { } spec)
        {
            return null;
        }
        var rows = (await responses.AnalyzedAnswersAsync(run.Id, ct)).Select(StoredAnswer.Read).ToArray();
        var brands = spec.TrackedBrands
            .Select(b => new TrackedBrand(b.Name, b.Domains, IsClient: ReferenceEquals(b, spec.Brand)))
            .ToArray();
        var planned = run.TotalWorkItems > 0 ? run.TotalWorkItems : (int?)null;
        var figures = RunFiguresCalculator.Calculate(rows.Select(r => r.Observation()).ToArray(), brands, planned);
        return (figures, CitationShare.ByDomain(rows.Select(r => r.Sources())));
    }

    private sealed record StoredAnswer(AnalyzedAnswerRow Row, MentionReport[] Mentions, CitationReport[] Citations)
    {
        public static StoredAnswer Read(AnalyzedAnswerRow row) => new(
            row,
            JsonSerializer.Deserialize<MentionReport[]>(row.MentionsJson, Json) ?? [],
            JsonSerializer.Deserialize<CitationReport[]>(row.CitationsJson, Json) ?? []);

        public AnswerObservation Observation() => new(
            Row.QuestionId.ToString(),
            Row.Category,
            Row.QuestionType == QuestionTypes.Branded,
            Row.Platform,
            Row.Sample,
            Mentions.Select(m => new BrandObservation(m.Brand, m.Count, m.Rank, m.Sentiment.Score)).ToArray(),
            Citations.Select(c => new CitedDomain(c.Domain, Kind(c))).ToArray());

        public AnswerCitations Sources() => new(
            Citations.Select(c => new NormalizedCitation(c.Url, c.Title, Kind(c), c.Position, c.Domain, c.RegistrableDomain)).ToArray(),
            [],
            Rejected: 0);

        private static CitationKind Kind(CitationReport citation) =>
            citation.Kind == "retrieved" ? CitationKind.Retrieved : CitationKind.Cited;
    }
}
