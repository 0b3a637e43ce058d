using Aeo.Storage.Trends;
using Aeo.Storage.Webhooks;

namespace Aeo.Storage.Repositories;

public sealed class AuditRunRepository(AeoDatabase db)
{
    private const string SelectColumns = """
        id, client_id as clientid, status, stage, created_at as createdat, started_at as startedat,
        completed_at as completedat, total_questions as totalquestions, total_work_items as totalworkitems,
        processed_work_items as processedworkitems, failed_work_items as failedworkitems, error_log as errorlog
        """;

    /// <summary>Records a new run; a repeat of the same run id changes nothing.</summary>
    public async Task InsertAsync(Guid runId, AuditSpec spec, DateTimeOffset createdAt, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into audit_runs (id, client_id, config, status, stage, created_at, updated_at)
            values (@runId, @clientId, @config::jsonb, @status, @stage, @createdAt, @createdAt)
            on conflict (id) do nothing
            """,
            new
            {
                runId,
                clientId = spec.ClientId,
                config = StorageJson.Write(spec),
                status = RunStatus.Pending.ToWire(),
                stage = RunStage.Initializing.ToWire(),
                createdAt,
            },
            cancellationToken: ct));
    }

    /// <summary>Saves a run's progress; <c>last_progress_at</c> moves only when its status, stage or settled counts changed.</summary>
    public Task UpdateAsync(AuditRunProgress progress, CancellationToken ct) => UpdateAsync(progress, null, ct);

    /// <summary>
    /// Saves a run's progress, and when this save is the one that ends the run (the row was not terminal before),
    /// writes what <paramref name="recordsAtEnd"/> makes in the same transaction: the events into the webhook outbox
    /// and the change families into <c>run_changes</c>, so both exist exactly when the run's end does. A repeated
    /// save of an ended run writes none.
    /// </summary>
    /// <returns>The webhook deliveries the events fanned out to.</returns>
    public async Task<int> UpdateAsync(
        AuditRunProgress progress, Func<CancellationToken, Task<RunEndRecords>>? recordsAtEnd, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var before = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "select status from audit_runs where id = @Id for update", new { progress.Id }, tx, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            update audit_runs set
                last_progress_at = case
                    when status <> @Status or stage <> @Stage or processed_work_items <> @ProcessedWorkItems
                         or failed_work_items <> @FailedWorkItems or retry_count <> @RetryCount then now()
                    else last_progress_at end,
                retry_count = @RetryCount,
                status = @Status, stage = @Stage, started_at = @StartedAt, completed_at = @CompletedAt,
                total_questions = @TotalQuestions, total_work_items = @TotalWorkItems,
                processed_work_items = @ProcessedWorkItems, failed_work_items = @FailedWorkItems,
                error_log = @ErrorLog, progress_data = @Platforms::jsonb,
                platform_stats = coalesce(@Stats::jsonb, platform_stats), updated_at = now()
            where id = @Id
            """,
            new
            {
                progress.Id,
                Status = progress.Status.ToWire(),
                Stage = progress.Stage.ToWire(),
                progress.StartedAt,
                progress.CompletedAt,
                progress.TotalQuestions,
                progress.TotalWorkItems,
                progress.ProcessedWorkItems,
                progress.FailedWorkItems,
                progress.ErrorLog,
                Platforms = StorageJson.Write(progress.Platforms),
                Stats = progress.Stats is { } stats ? StorageJson.Write(stats) : null,
                progress.RetryCount,
            },
            tx,
            cancellationToken: ct));
        var deliveries = 0;
        if (recordsAtEnd is not null && before is not null && !RunColumns.Status(before).IsTerminal() && progress.Status.IsTerminal())
        {
            var atEnd = await recordsAtEnd(ct);
            foreach (var e in atEnd.Events)
            {
                deliveries += await WebhookOutbox.EnqueueAsync(connection, tx, e, ct);
            }
            foreach (var family in atEnd.Changes)
            {
                await RunChangeStore.SaveAsync(connection, tx, progress.Id, family, ct);
            }
        }
        await tx.CommitAsync(ct);
        return deliveries;
    }

    public async Task<AuditRunRecord?> GetAsync(Guid runId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<RunRow>(new CommandDefinition(
            $"select {SelectColumns} from audit_runs where id = @runId", new { runId }, cancellationToken: ct));
        return row?.ToRecord();
    }

    /// <summary>The configuration snapshot the run was started with.</summary>
    public async Task<AuditSpec?> GetSpecAsync(Guid runId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var json = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "select config::text from audit_runs where id = @runId", new { runId }, cancellationToken: ct));
        return json is null ? null : StorageJson.Read<AuditSpec>(json);
    }

    public async Task<Page<AuditRunRecord>> ListAsync(
        Guid? clientId, RunStatus? status, int offset, int limit, CancellationToken ct)
    {
        const string filter = "(@clientId::uuid is null or client_id = @clientId) and (@status::text is null or status = @status)";
        await using var connection = await db.OpenAsync(ct);
        var args = new { clientId, status = status?.ToWire(), offset, limit };
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"select count(*) from audit_runs where {filter}", args, cancellationToken: ct));
        var rows = await connection.QueryAsync<RunRow>(new CommandDefinition(
            $"select {SelectColumns} from audit_runs where {filter} order by created_at desc, id offset @offset limit @limit",
            args,
            cancellationToken: ct));
        return new Page<AuditRunRecord>(rows.Select(r => r.ToRecord()).ToList(), total);
    }

    private sealed record RunRow(
        Guid Id, Guid ClientId, string Status, string Stage, DateTime CreatedAt, DateTime? StartedAt,
        DateTime? CompletedAt, int TotalQuestions, int TotalWorkItems, int ProcessedWorkItems,
        int FailedWorkItems, string? ErrorLog)
    {
        public AuditRunRecord ToRecord() => new(
            Id, ClientId, RunColumns.Status(Status), RunColumns.Stage(Stage), Utc.Of(CreatedAt), Utc.Of(StartedAt), Utc.Of(CompletedAt),
            TotalQuestions, TotalWorkItems, ProcessedWorkItems, FailedWorkItems, ErrorLog);
    }
}
