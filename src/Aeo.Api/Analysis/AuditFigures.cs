using Aeo.Analysis.Citations;
using Aeo.Analysis.Figures;
using Aeo.Storage.Repositories;

namespace Aeo.Api.Analysis;

/// <summary>
/// Computes a run's figures from what its responses table holds, with the brands of the run's own snapshot, and the
/// share of the run's cited sources per domain (<see cref="CitationShare"/>).
/// </summary>
public sealed class AuditFigures(AuditRunRepository runs, ResponseRepository responses)
{
    public async Task<(RunFigures Figures, CitationShareTable Sources)?> CalculateAsync(AuditRunRecord run, CancellationToken ct)
    {
        if (await runs.GetSpecAsync(run.Id, ct) is not { } spec)
        {
            return null;
        }
        var rows = await responses.AnalyzedAnswersAsync(run.Id, ct);
        var brands = spec.TrackedBrands
            .Select(b => new TrackedBrand(b.Name, b.Domains, IsClient: ReferenceEquals(b, spec.Brand)))
            .ToArray();
        var planned = run.TotalWorkItems > 0 ? run.TotalWorkItems : (int?)null;
        var figures = RunFiguresCalculator.Calculate(rows.Select(r => r.Observation()).ToArray(), brands, planned);
        return (figures, CitationShare.ByDomain(rows.Select(r => r.Sources())));
    }
}
