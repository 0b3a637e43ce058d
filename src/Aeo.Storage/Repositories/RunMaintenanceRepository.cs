namespace Aeo.Storage.Repositories;

/// <summary>
/// A run recovery may act on: an ended run with failed work items (and the error classes of its dead letters), or a
/// run still pending or running whose progress last moved at <see cref="LastProgressAt"/>.
/// </summary>
public sealed record RecoveryCandidate(
    Guid Id, RunStatus Status, int RetryCount, string? ErrorLog, DateTimeOffset LastProgressAt, IReadOnlyList<string> ErrorClasses);

/// <summary>The queries recovery and retention need over <c>audit_runs</c>.</summary>
public sealed class RunMaintenanceRepository(AeoDatabase db)
{
    private static readonly string[] Retryable = RunColumns.Names(RunStatus.Failed, RunStatus.PartiallyCompleted);
    private static readonly string[] Active = RunColumns.Names(RunStatus.Pending, RunStatus.Running);

    /// <summary>
    /// Runs that ended <c>failed</c> or <c>partially_completed</c> with fewer than <paramref name="maxRetries"/> retries,
    /// and runs pending or running without progress since <paramref name="stalledBefore"/>; oldest first.
    /// </summary>
    public async Task<IReadOnlyList<RecoveryCandidate>> RecoveryCandidatesAsync(
        int maxRetries, DateTimeOffset stalledBefore, int limit, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<CandidateRow>(new CommandDefinition(
            """
            select r.id, r.status, r.retry_count as retrycount, r.error_log as errorlog, r.last_progress_at as lastprogressat,
                   coalesce((select string_agg(distinct d.error_class, ',' order by d.error_class) from dead_letters d where d.audit_run_id = r.id), '') as errorclasses
            from audit_runs r
            where (r.status = any(@retryable) and r.retry_count < @maxRetries)
               or (r.status = any(@active) and r.last_progress_at < @stalledBefore)
            order by r.created_at, r.id
            limit @limit
            """,
            new { retryable = Retryable, active = Active, maxRetries, stalledBefore, limit },
            cancellationToken: ct));
        return rows.Select(r => r.ToCandidate()).ToList();
    }

    /// <summary>Ends a run whose row says it is active but which has no grain state to resume from.</summary>
    /// <returns>Whether the row was still active and is now failed.</returns>
    public async Task<bool> FailOrphanAsync(Guid runId, string reason, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            update audit_runs set status = @failed, stage = @failedStage, error_log = @reason, completed_at = now(),
                                  updated_at = now(), last_progress_at = now()
            where id = @runId and status = any(@active)
            """,
            new { runId, reason, failed = RunStatus.Failed.ToWire(), failedStage = RunStage.Failed.ToWire(), active = Active },
            cancellationToken: ct)) == 1;
    }

    /// <summary>Up to <paramref name="limit"/> ended runs that ended (or, lacking an end, were created) before <paramref name="cutoff"/>.</summary>
    public async Task<IReadOnlyList<Guid>> EndedBeforeAsync(DateTimeOffset cutoff, int limit, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var ids = await connection.QueryAsync<Guid>(new CommandDefinition(
            """
            select id from audit_runs
            where status = any(@ended) and coalesce(completed_at, created_at) < @cutoff
            order by coalesce(completed_at, created_at), id
            limit @limit
            """,
            new { ended = RunColumns.Ended, cutoff, limit },
            cancellationToken: ct));
        return ids.ToList();
    }

    /// <summary>
    /// Deletes the given runs (their questions, responses and dead letters go with them by cascade), but only those
    /// still ended before <paramref name="cutoff"/>: a run that came back to life in between is left alone.
    /// </summary>
    /// <returns>How many runs were deleted.</returns>
    public async Task<int> DeleteEndedAsync(IReadOnlyList<Guid> runIds, DateTimeOffset cutoff, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            delete from audit_runs
            where id = any(@ids) and status = any(@ended) and coalesce(completed_at, created_at) < @cutoff
            """,
            new { ids = runIds.ToArray(), ended = RunColumns.Ended, cutoff },
            cancellationToken: ct));
    }

    private sealed record CandidateRow(Guid Id, string Status, int RetryCount, string? ErrorLog, DateTime LastProgressAt, string ErrorClasses)
    {
        public RecoveryCandidate ToCandidate() => new(Id, RunColumns.Status(Status), RetryCount, ErrorLog, Utc.Of(LastProgressAt), ErrorClasses.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }
}
