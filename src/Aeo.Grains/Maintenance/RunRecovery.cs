namespace Aeo.Grains.Maintenance;

/// <summary>
/// One recovery pass: runs that ended failed or partially completed only because a
/// provider was slow, away or rationing are retried, asking again just their failed work items; runs that made no
/// progress for too long are resumed from the tables, or failed once their retries are used up; a run whose row says
/// it is active but that has no state to resume from is failed as orphaned. Every run's retries are counted with it.
/// </summary>
public sealed class RunRecovery(
    RunMaintenanceRepository maintenance,
    IGrainFactory grains,
    IOptions<RecoveryOptions> options,
    TimeProvider time,
    ILogger<RunRecovery> logger) : IRunRecovery
{
    public RecoveryOptions Settings => options.Value;

    public async Task<RecoveryReport> RecoverAsync(int maxRetries, TimeSpan stalledAfter, CancellationToken ct)
    {
        var candidates = await maintenance.RecoveryCandidatesAsync(
            maxRetries, time.GetUtcNow() - stalledAfter, Settings.MaxRunsPerCall, ct);
        var entries = new List<RunRecoveryEntry>(candidates.Count);
        foreach (var candidate in candidates)
        {
            ct.ThrowIfCancellationRequested();
            entries.Add(await RecoverAsync(candidate, maxRetries, stalledAfter, ct));
        }
        logger.LogInformation(
            "Recovery looked at {Runs} run(s): {Summary}", entries.Count,
            string.Join(", ", entries.GroupBy(e => e.Action).Select(g => $"{g.Count()} {g.Key}")));
        return new RecoveryReport(maxRetries, stalledAfter, entries);
    }

    private async Task<RunRecoveryEntry> RecoverAsync(RecoveryCandidate run, int maxRetries, TimeSpan stalledAfter, CancellationToken ct)
    {
        try
        {
            var grain = grains.GetGrain<IAuditRunGrain>(run.Id);
            if (run.Status is RunStatus.Failed or RunStatus.PartiallyCompleted)
            {
                return WhyNotRetried(run) is { } reason
                    ? Entry(run, new RunRecoveryOutcome(RunRecoveryAction.Skipped, reason, run.RetryCount))
                    : Entry(run, await grain.RetryAsync(maxRetries));
            }
            if (await grain.GetStatusAsync() is null)
            {
                const string orphaned = "Orphaned: the run's row says it is active, but it has no state to resume from.";
                return await maintenance.FailOrphanAsync(run.Id, orphaned, ct)
                    ? Entry(run, new RunRecoveryOutcome(RunRecoveryAction.Failed, orphaned, run.RetryCount))
                    : Entry(run, new RunRecoveryOutcome(RunRecoveryAction.Skipped, "The run ended meanwhile.", run.RetryCount));
            }
            return Entry(run, await grain.ResumeStalledAsync(maxRetries, stalledAfter));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Recovery of run {Run} failed", run.Id);
            return Entry(run, new RunRecoveryOutcome(RunRecoveryAction.Skipped, $"Recovery failed: {ex.Message}", run.RetryCount));
        }
    }

    /// <summary>Why an ended run is not retried, or null when every failure it has is one a retry may fix.</summary>
    private static string? WhyNotRetried(RecoveryCandidate run)
    {
        if (run.ErrorClasses.Count == 0)
        {
            return $"It ended {run.Status.ToWire()} without failed work items a retry could ask again ({run.ErrorLog ?? "no error recorded"}).";
        }
        var permanent = run.ErrorClasses.Where(c => !RecoverableErrors.IsRecoverable(c)).ToList();
        return permanent.Count == 0
            ? null
            : $"It has failures a retry cannot fix ({string.Join(", ", permanent)}).";
    }

    private static RunRecoveryEntry Entry(RecoveryCandidate run, RunRecoveryOutcome outcome) =>
        new(run.Id, run.Status, outcome.Action, outcome.Reason, outcome.RetryCount);
}
