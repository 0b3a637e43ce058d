using System.Text.Json;
using Aeo.Abstractions.Audits;
using Aeo.Analysis.Answers.Reports;
using Aeo.Analysis.Citations;
using Aeo.Analysis.Figures;
using Aeo.Analysis.Questions;
using Aeo.Storage.Repositories;

namespace Aeo.Api.Analysis;

/// <summary>Computes a run's figures from what its responses table holds, with the brands of the run's own snapshot.</summary>
public sealed class AuditFigures(AuditRunRepository runs, ResponseRepository responses)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<RunFigures?> CalculateAsync(AuditRunRecord run, CancellationToken ct)
    {
        if (await runs.GetSpecAsync(run.Id, ct) is not { } spec)
        {
            return null;
        }
        var rows = await responses.AnalysedAnswersAsync(run.Id, ct);
        var brands = spec.TrackedBrands
            .Select(b => new TrackedBrand(b.Name, b.Domains, IsClient: ReferenceEquals(b, spec.Brand)))
            .ToArray();
        var planned = run.TotalWorkItems > 0 ? run.TotalWorkItems : (int?)null;
        return RunFiguresCalculator.Calculate(rows.Select(Observation).ToArray(), brands, planned);
    }

    private static AnswerObservation Observation(AnalysedAnswerRow row)
    {
        var mentions = JsonSerializer.Deserialize<MentionReport[]>(row.MentionsJson, Json) ?? [];
        var citations = JsonSerializer.Deserialize<CitationReport[]>(row.CitationsJson, Json) ?? [];
        return new AnswerObservation(
            row.QuestionId.ToString(),
            row.Category,
            row.QuestionType == QuestionTypes.Branded,
            row.Platform,
            row.Sample,
            mentions.Select(m => new BrandObservation(m.Brand, m.Count, m.Rank, m.Sentiment.Score)).ToArray(),
            citations.Select(c => new CitedDomain(c.Domain, c.Kind == "retrieved" ? CitationKind.Retrieved : CitationKind.Cited)).ToArray());
    }
}
