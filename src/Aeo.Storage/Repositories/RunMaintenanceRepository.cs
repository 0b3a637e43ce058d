using Dapper;

namespace Aeo.Storage.Repositories;

/// <summary>
/// A run recovery may act on: an ended run with failed work items (and the error classes of its dead letters), or a
/// run still pending or running whose progress last moved at <see cref="LastProgressAt"/>.
/// </summary>
public sealed record RecoveryCandidate(
    Guid Id, string Status, int RetryCount, string? ErrorLog, DateTimeOffset LastProgressAt, IReadOnlyList<string> ErrorClasses);

/// <summary>The queries recovery and retention need over <c>audit_runs</c>.</summary>
public sealed class RunMaintenanceRepository(AeoDatabase db)
{
    private const string Ended = "('completed', 'partially_completed', 'failed', 'cancelled')";

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
            where (r.status in ('failed', 'partially_completed') and r.retry_count < @maxRetries)
               or (r.status in ('pending', 'running') and r.last_progress_at < @stalledBefore)
            order by r.created_at, r.id
            limit @limit
            """,
            new { maxRetries, stalledBefore, limit },
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
            update audit_runs set status = 'failed', stage = 'failed', error_log = @reason, completed_at = now(),
                                  updated_at = now(), last_progress_at = now()
            where id = @runId and status in ('pending', 'running')
            """,
            new { runId, reason },
            cancellationToken: ct)) == 1;
    }

    /// <summary>Up to <paramref name="limit"/> ended runs that ended (or, lacking an end, were created) before <paramref name="cutoff"/>.</summary>
    public async Task<IReadOnlyList<Guid>> EndedBeforeAsync(DateTimeOffset cutoff, int limit, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var ids = await connection.QueryAsync<Guid>(new CommandDefinition(
            $"""
            select id from audit_runs
            where status in {Ended} and coalesce(completed_at, created_at) < @cutoff
            order by coalesce(completed_at, created_at), id
            limit @limit
            """,
            new { cutoff, limit },
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
            $"""
            delete from audit_runs
            where id = any(@ids) and status in {Ended} and coalesce(completed_at, created_at) < @cutoff
            """,
            new { ids = runIds.ToArray(), cutoff },
            cancellationToken: ct));
    }

    private sealed record CandidateRow(Guid Id, string Status, int RetryCount, string? ErrorLog, DateTime LastProgressAt, string ErrorClasses)
    {
        public RecoveryCandidate ToCandidate() => new(Id, Status, RetryCount, ErrorLog, Utc.Of(LastProgressAt), ErrorClasses.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }
}
