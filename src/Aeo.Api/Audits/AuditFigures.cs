using Aeo.Storage.Trends;

namespace Aeo.Api.Audits;

/// <summary>
/// A run's figures as the report shows them (<see cref="RunFiguresSource"/>: stored when the run ended, computed from
/// its answers' observations while it runs), with the brands of the run's own snapshot, and the share of the run's cited
/// sources per domain, counted by the database.
/// </summary>
public sealed class AuditFigures(AuditRunRepository runs, RunFiguresSource figures, ReportRepository reports)
{
    public async Task<(RunFigures Figures, CitationShareTable Sources)?> CalculateAsync(AuditRunRecord run, CancellationToken ct)
    {
        if (await runs.GetSpecAsync(run.Id, ct) is not { } spec)
        {
            return null;
        }
        var current = await figures.ForAsync(run, spec, answers: null, ct);
        var sources = CitationShare.ByDomain(
            await reports.CitedSourcesAsync(run.Id, ct), spec.TrackedBrands.Select(b => new TrackedDomainOwner(b.Name, b.Domains)).ToArray());
        var planned = run.TotalWorkItems > 0 ? run.TotalWorkItems : (int?)null;
        return (current with { PlannedCount = planned }, sources);
    }
}
