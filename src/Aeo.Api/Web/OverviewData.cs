using Aeo.Api.Changes;
using Aeo.Api.Trends;
using Aeo.Storage.Trends;

namespace Aeo.Api.Web;

/// <summary>What a client's overview shows, all from stored rows: runs, the stored figures' series, the latest changes.</summary>
/// <param name="Latest">The newest ended run, whose figures head the page; null before any run ended.</param>
/// <param name="MentionRate">Across-platform series of the mention rate, non-branded questions, one per brand.</param>
/// <param name="Changes">The latest ended run's changes against the previous comparable run; null before any run ended.</param>
public sealed record OverviewFigures(
    AuditRunRecord? Latest,
    IReadOnlyList<TrendSeries> MentionRate,
    IReadOnlyList<TrendSeries> ShareOfVoice,
    ChangesResponse? Changes,
    IReadOnlyList<AuditRunRecord> Active,
    IReadOnlyList<AuditRunRecord> Recent,
    int TotalRuns);

/// <summary>Reads a client's <see cref="OverviewFigures"/> with the services the trends and changes endpoints use.</summary>
public sealed class OverviewData(AuditRunRepository runs, TrendSeriesReader trends, RunChanges changes, IOptions<ChangeOptions> changeOptions)
{
    public const int RecentRuns = 8;

    public async Task<OverviewFigures> ReadAsync(Guid clientId, CancellationToken ct)
    {
        var recent = await runs.ListAsync(clientId, null, 0, RecentRuns, ct);
        var running = await runs.ListAsync(clientId, RunStatus.Running, 0, RecentRuns, ct);
        var pending = await runs.ListAsync(clientId, RunStatus.Pending, 0, RecentRuns, ct);
        var latest = recent.Items.FirstOrDefault(r => r.Status is RunStatus.Completed or RunStatus.PartiallyCompleted)
            ?? (await runs.ListAsync(clientId, RunStatus.Completed, 0, 1, ct)).Items.FirstOrDefault();

        var mention = await AcrossPlatformsAsync(clientId, FigureMetrics.MentionRate, ct);
        var share = await AcrossPlatformsAsync(clientId, FigureMetrics.ShareOfVoice, ct);
        var changed = latest is null
            ? null
            : await changes.ForAsync(latest, QuestionTypes.NonBranded, QuestionTypes.NonBranded, changeOptions.Value.FalseDiscoveryRate, ct);
        return new OverviewFigures(latest, mention, share, changed, [.. running.Items, .. pending.Items], recent.Items, recent.Total);
    }

    private async Task<IReadOnlyList<TrendSeries>> AcrossPlatformsAsync(Guid clientId, string metric, CancellationToken ct)
    {
        var query = new TrendQuery(metric, QuestionTypes.NonBranded, QuestionTypes.NonBranded, null, null, null, null, null);
        return (await trends.ReadAsync(clientId, query, ct)).Where(s => s.Platform is null).ToList();
    }
}
