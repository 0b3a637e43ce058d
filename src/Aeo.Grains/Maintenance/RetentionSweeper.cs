namespace Aeo.Grains.Maintenance;

/// <summary>
/// Deletes ended runs older than a number of days, in batches: each run's grain state first (a run that came back to
/// life refuses, and is left alone), then its row, whose questions, answers and dead letters go with it by cascade.
/// A run that is not ended is never touched. Safe to run twice at once: every step repeats harmlessly.
/// </summary>
public sealed class RetentionSweeper(
    RunMaintenanceRepository maintenance,
    SecurityRecordsSweeper securityRecords,
    IGrainFactory grains,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<RetentionSweeper> logger) : IRetentionSweeper
{
    public RetentionOptions Settings => options.Value;

    public async Task<RetentionReport> SweepAsync(int olderThanDays, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(olderThanDays, 1);
        var cutoff = time.GetUtcNow().AddDays(-olderThanDays);
        var batchSize = Settings.BatchSize;
        int deleted = 0, batches = 0, leftAlone = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var ids = await maintenance.EndedBeforeAsync(cutoff, batchSize, ct);
            if (ids.Count == 0)
            {
                break;
            }
            var forgotten = await Task.WhenAll(ids.Select(async id => (Id: id, Gone: await grains.GetGrain<IAuditRunGrain>(id).ForgetAsync())));
            var deletable = forgotten.Where(f => f.Gone).Select(f => f.Id).ToList();
            leftAlone += ids.Count - deletable.Count;
            var removed = deletable.Count == 0 ? 0 : await maintenance.DeleteEndedAsync(deletable, cutoff, ct);
            batches++;
            deleted += removed;
            if (removed == 0 || ids.Count < batchSize)
            {
                break;
            }
        }
        await securityRecords.SweepAsync(cutoff, ct);
        if (deleted > 0 || leftAlone > 0)
        {
            logger.LogInformation(
                "Retention deleted {Deleted} run(s) ended before {Cutoff} in {Batches} batch(es); {LeftAlone} active again and left alone",
                deleted, cutoff, batches, leftAlone);
        }
        return new RetentionReport(olderThanDays, cutoff, deleted, batches, leftAlone);
    }
}
