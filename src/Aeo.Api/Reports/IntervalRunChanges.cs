namespace Aeo.Api.Reports;

/// <summary>
/// Compares a run with the client's latest earlier run that ended with answers (<see cref="ReportRepository.PreviousComparableRunAsync"/>),
/// on the headline segment and the metrics a report shows, with <see cref="RunComparison"/>: a change is significant
/// when its 95 % interval (Newcombe for rates, Welch t for means) excludes zero.
/// </summary>
public sealed class IntervalRunChanges(AuditRunRepository runs, ReportRepository reports, AuditFigures figures) : IRunChanges
{
    public const string Method =
        "95 % interval of the difference excludes zero: Newcombe's hybrid score interval for rates, Welch's t interval for means; the runs are treated as independent samples";

    /// <summary>The metrics a report compares, in the order it shows them.</summary>
    public static readonly IReadOnlyList<string> Metrics =
        [FigureMetrics.MentionRate, FigureMetrics.ShareOfVoice, FigureMetrics.AverageRank, FigureMetrics.Sentiment, FigureMetrics.CitationRate];

    public async Task<ReportChanges?> SincePreviousAsync(AuditRunRecord run, RunFigures current, CancellationToken ct)
    {
        if (await reports.PreviousComparableRunAsync(run, runs, ct) is not { } baseline
            || await figures.CalculateAsync(baseline, ct) is not ({ } before, _))
        {
            return null;
        }
        var changes = RunComparison.Compare(before, current).Changes
            .Where(c => c.Segment == current.Headline.Key && Metrics.Contains(c.Metric))
            .OrderBy(c => BrandOrder(current, c.Brand))
            .ThenBy(c => IndexOf(c.Metric))
            .ToList();
        return new ReportChanges(baseline.Id, baseline.CreatedAt, Method, changes);
    }

    private static int BrandOrder(RunFigures figures, string brand) =>
        figures.Headline.Brands.Keys.TakeWhile(b => b != brand).Count();

    private static int IndexOf(string metric) => Metrics.ToList().IndexOf(metric);
}
