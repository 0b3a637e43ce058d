using Aeo.Api.Changes;
using Aeo.Storage.Trends;

namespace Aeo.Api.Reports;

/// <summary>
/// What a report says changed since the previous comparable run: exactly what <c>GET /api/v1/audits/{id}/changes</c>
/// answers for the headline segment (non-branded) at the configured false discovery rate, from the same
/// <see cref="RunChanges"/>. None for a run that has not ended (its changes are known once it ends) or that has no
/// earlier comparable run.
/// </summary>
public sealed class ReportRunChanges(RunChanges changes, AuditRunRepository runs, IOptions<ChangeOptions> options)
{
    public const string Method =
        "McNemar's exact test on the items both runs answered when they asked the same questions, otherwise the runs as independent samples "
        + "(Newcombe's interval and a z test with effective sample sizes for rates, Welch's t for means), and Benjamini–Hochberg over every "
        + "comparison of the run";

    public async Task<ReportChanges?> SincePreviousAsync(AuditRunRecord run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!run.Status.IsTerminal())
        {
            return null;
        }
        var found = await changes.ForAsync(run, QuestionTypes.NonBranded, QuestionTypes.NonBranded, options.Value.FalseDiscoveryRate, ct);
        if (found.BaselineRunId is not { } baselineId || await runs.GetAsync(baselineId, ct) is not { } baseline)
        {
            return null;
        }
        return new ReportChanges(
            baselineId, baseline.CreatedAt, Method, found.FalseDiscoveryRate, found.Paired, found.MatchedItems, found.Platforms, found.AcrossPlatforms,
            found.Tested, found.Significant, found.Changes);
    }
}
