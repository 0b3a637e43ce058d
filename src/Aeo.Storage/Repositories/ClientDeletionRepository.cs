namespace Aeo.Storage.Repositories;

/// <summary>How far a deletion got: refused, under way (with what is still running), or the client is gone.</summary>
public enum DeletionStart
{
    NoSuchClient,

    /// <summary>The client has active runs or schedules and the deletion was not forced.</summary>
    Busy,

    Begun,
}

/// <summary>What a client still has going: runs that have not ended and schedules that are not paused.</summary>
public sealed record ClientActivity(int ActiveRuns, int ActiveSchedules)
{
    public bool Any => ActiveRuns > 0 || ActiveSchedules > 0;
}

/// <summary>
/// The steps of deleting a client, each safe to repeat: mark it (its keys stop working, nothing new can be started for
/// it), list what must be stopped first, then remove its rows. The mark and the removal lock the client's row, which
/// every new run or schedule row must share (its foreign key), so nothing can be added in between unseen.
/// </summary>
public sealed class ClientDeletionRepository(AeoDatabase db)
{
    private static readonly string[] ActiveStatuses = RunColumns.Names(RunStatus.Pending, RunStatus.Running);

    /// <summary>
    /// Marks the client as being deleted; with <paramref name="refuseIfActive"/>, only if it has no active run and no
    /// active schedule. A client already marked (a deletion that stopped halfway) is begun again.
    /// </summary>
    public async Task<(DeletionStart Start, ClientActivity Activity)> BeginAsync(Guid clientId, bool refuseIfActive, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var found = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            "select id from clients where id = @clientId for update", new { clientId }, transaction, cancellationToken: ct));
        if (found is null)
        {
            return (DeletionStart.NoSuchClient, new ClientActivity(0, 0));
        }
        var activity = await connection.QuerySingleAsync<ClientActivity>(new CommandDefinition(
            """
            select (select count(*)::int from audit_runs where client_id = @clientId and status = any(@active)) as activeruns,
                   (select count(*)::int from schedules where client_id = @clientId and status = 'active') as activeschedules
            """,
            new { clientId, active = ActiveStatuses },
            transaction,
            cancellationToken: ct));
        if (refuseIfActive && activity.Any)
        {
            return (DeletionStart.Busy, activity);
        }
        await connection.ExecuteAsync(new CommandDefinition(
            "update clients set deleted_at = coalesce(deleted_at, @now) where id = @clientId",
            new { clientId, now },
            transaction,
            cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return (DeletionStart.Begun, activity);
    }

    /// <summary>The client's runs that have not ended.</summary>
    public Task<IReadOnlyList<Guid>> ActiveRunsAsync(Guid clientId, CancellationToken ct) => IdsAsync(
        "select id from audit_runs where client_id = @clientId and status = any(@active) order by created_at, id", clientId, ct);

    /// <summary>Every run of the client, ended or not.</summary>
    public Task<IReadOnlyList<Guid>> RunsAsync(Guid clientId, CancellationToken ct) => IdsAsync(
        "select id from audit_runs where client_id = @clientId order by created_at, id", clientId, ct);

    /// <summary>Every schedule of the client, paused or not.</summary>
    public Task<IReadOnlyList<Guid>> SchedulesAsync(Guid clientId, CancellationToken ct) => IdsAsync(
        "select id from schedules where client_id = @clientId order by created_at, id", clientId, ct);

    /// <summary>
    /// Removes a client marked as being deleted: its runs (their questions, answers and dead letters by cascade) and its
    /// row (its keys by cascade). Refuses, changing nothing, while it still has a schedule or a run that is active and not
    /// among <paramref name="stoppedRuns"/> (one started while the deletion was under way): stop those and call again.
    /// </summary>
    /// <returns>True once the client is gone.</returns>
    public async Task<bool> RemoveAsync(Guid clientId, IReadOnlySet<Guid> stoppedRuns, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var marked = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            "select id from clients where id = @clientId and deleted_at is not null for update", new { clientId }, transaction, cancellationToken: ct));
        if (marked is null)
        {
            return true;
        }
        var active = await connection.QueryAsync<Guid>(new CommandDefinition(
            "select id from audit_runs where client_id = @clientId and status = any(@active)",
            new { clientId, active = ActiveStatuses },
            transaction,
            cancellationToken: ct));
        var scheduled = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select exists (select 1 from schedules where client_id = @clientId)", new { clientId }, transaction, cancellationToken: ct));
        if (scheduled || active.Any(id => !stoppedRuns.Contains(id)))
        {
            return false;
        }
        await connection.ExecuteAsync(new CommandDefinition(
            "delete from audit_runs where client_id = @clientId", new { clientId }, transaction, commandTimeout: 300, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            "delete from clients where id = @clientId", new { clientId }, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return true;
    }

    private async Task<IReadOnlyList<Guid>> IdsAsync(string sql, Guid clientId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var ids = await connection.QueryAsync<Guid>(new CommandDefinition(sql, new { clientId, active = ActiveStatuses }, cancellationToken: ct));
        return ids.ToList();
    }
}
