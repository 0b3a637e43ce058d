using Aeo.Abstractions.Schedules;
using Aeo.Storage.Webhooks;

namespace Aeo.Storage.Repositories;

/// <summary>The <c>schedules</c> rows (written by their <c>ScheduleGrain</c> only) and their <c>schedule_executions</c>.</summary>
public sealed class ScheduleRepository(AeoDatabase db)
{
    private const string ScheduleColumns = """
        id, client_id as clientid, name, kind, cron_expression as cronexpression, time_zone as timezone,
        run_interval as runinterval, run_at as runat, audit_template::text as audittemplate, status,
        paused_reason as pausedreason, missed_policy as missedpolicy, max_failures as maxfailures,
        failure_count as failurecount, run_count as runcount, next_run_at as nextrunat, last_run_at as lastrunat,
        created_at as createdat, updated_at as updatedat
        """;

    private const string ExecutionColumns = """
        id, schedule_id as scheduleid, occurrence_at as occurrenceat, trigger, audit_run_id as auditrunid, status, error,
        created_at as createdat
        """;

    /// <returns>False when a schedule with that id exists already (nothing is written).</returns>
    public async Task<bool> InsertAsync(Schedule schedule, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into schedules (id, client_id, name, kind, cron_expression, time_zone, run_interval, run_at, audit_template,
                                   status, paused_reason, missed_policy, max_failures, failure_count, run_count, next_run_at,
                                   last_run_at, created_at, updated_at)
            values (@Id, @ClientId, @Name, @Kind, @CronExpression, @TimeZone, @RunInterval, @RunAt, @AuditTemplate::jsonb,
                    @Status, @PausedReason, @MissedPolicy, @MaxFailures, @FailureCount, @RunCount, @NextRunAt,
                    @LastRunAt, @CreatedAt, @UpdatedAt)
            on conflict (id) do nothing
            """,
            Parameters(schedule),
            cancellationToken: ct)) == 1;
    }

    /// <summary>
    /// Writes everything but the owner, the creation time and the run count, which <see cref="SettleAsync"/> keeps in
    /// step with the executions (a silo dying between the two writes must not lose a run from the count).
    /// </summary>
    /// <remarks>
    /// The save that pauses an active schedule also writes a <c>schedule.paused</c> event into the webhook outbox, in the
    /// same transaction.
    /// </remarks>
    /// <returns>Whether this save paused the schedule (and so wrote the event).</returns>
    public async Task<bool> UpdateAsync(Schedule schedule, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var before = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "select status from schedules where id = @Id for update", new { schedule.Id }, tx, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            update schedules set
                name = @Name, kind = @Kind, cron_expression = @CronExpression, time_zone = @TimeZone,
                run_interval = @RunInterval, run_at = @RunAt, audit_template = @AuditTemplate::jsonb, status = @Status,
                paused_reason = @PausedReason, missed_policy = @MissedPolicy, max_failures = @MaxFailures,
                failure_count = @FailureCount, next_run_at = @NextRunAt, last_run_at = @LastRunAt,
                updated_at = @UpdatedAt
            where id = @Id
            """,
            Parameters(schedule),
            tx,
            cancellationToken: ct));
        var paused = before == ScheduleStatus.Active.ToWire() && schedule.Status == ScheduleStatus.Paused;
        if (paused)
        {
            await WebhookOutbox.EnqueueAsync(connection, tx, ScheduleEvents.Paused(schedule), ct);
        }
        await tx.CommitAsync(ct);
        return paused;
    }

    public async Task<Schedule?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<ScheduleRow>(new CommandDefinition(
            $"select {ScheduleColumns} from schedules where id = @id", new { id }, cancellationToken: ct));
        return row?.ToSchedule();
    }

    /// <summary>Newest first; <paramref name="clientId"/> null lists every client's.</summary>
    public async Task<Page<Schedule>> ListAsync(Guid? clientId, int offset, int limit, CancellationToken ct)
    {
        const string filter = "(@clientId::uuid is null or client_id = @clientId)";
        await using var connection = await db.OpenAsync(ct);
        var args = new { clientId, offset, limit };
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"select count(*) from schedules where {filter}", args, cancellationToken: ct));
        var rows = await connection.QueryAsync<ScheduleRow>(new CommandDefinition(
            $"select {ScheduleColumns} from schedules where {filter} order by created_at desc, id offset @offset limit @limit",
            args,
            cancellationToken: ct));
        return new Page<Schedule>(rows.Select(r => r.ToSchedule()).ToList(), total);
    }

    /// <summary>Deletes the schedule and its executions (the runs they started stay).</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "delete from schedules where id = @id", new { id }, cancellationToken: ct)) == 1;
    }

    /// <summary>
    /// Claims an occurrence: inserts its execution as <c>pending</c>, or returns the one already there (a repeated
    /// tick, or another activation that got there first).
    /// </summary>
    public async Task<ScheduleExecution> ClaimAsync(Guid scheduleId, DateTimeOffset occurrenceAt, string trigger, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into schedule_executions (id, schedule_id, occurrence_at, trigger, status, created_at)
            values (@id, @scheduleId, @occurrenceAt, @trigger, 'pending', @now)
            on conflict (schedule_id, occurrence_at) do nothing
            """,
            new { id = Guid.CreateVersion7(), scheduleId, occurrenceAt, trigger, now },
            cancellationToken: ct));
        var row = await connection.QuerySingleAsync<ExecutionRow>(new CommandDefinition(
            $"select {ExecutionColumns} from schedule_executions where schedule_id = @scheduleId and occurrence_at = @occurrenceAt",
            new { scheduleId, occurrenceAt },
            cancellationToken: ct));
        return row.ToExecution();
    }

    /// <summary>
    /// Settles a pending execution as started or failed; a start counts toward the schedule's run count in the same
    /// statement.
    /// </summary>
    /// <returns>False when it was settled already (by another activation), so the caller does not count it twice.</returns>
    public async Task<bool> SettleAsync(Guid executionId, Guid? auditRunId, string? error, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            """
            with settled as (
                update schedule_executions set status = case when @error::text is null then 'started' else 'failed' end,
                    audit_run_id = @auditRunId, error = @error
                where id = @executionId and status = 'pending'
                returning schedule_id, status
            ), counted as (
                update schedules set run_count = run_count + 1
                where id in (select schedule_id from settled where status = 'started')
            )
            select count(*) from settled
            """,
            new { executionId, auditRunId, error },
            cancellationToken: ct)) == 1;
    }

    public async Task<ScheduleExecution?> GetExecutionAsync(Guid executionId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<ExecutionRow>(new CommandDefinition(
            $"select {ExecutionColumns} from schedule_executions where id = @executionId", new { executionId }, cancellationToken: ct));
        return row?.ToExecution();
    }

    /// <summary>Newest occurrence first.</summary>
    public async Task<Page<ScheduleExecution>> ListExecutionsAsync(Guid scheduleId, int offset, int limit, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var args = new { scheduleId, offset, limit };
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "select count(*) from schedule_executions where schedule_id = @scheduleId", args, cancellationToken: ct));
        var rows = await connection.QueryAsync<ExecutionRow>(new CommandDefinition(
            $"select {ExecutionColumns} from schedule_executions where schedule_id = @scheduleId order by occurrence_at desc offset @offset limit @limit",
            args,
            cancellationToken: ct));
        return new Page<ScheduleExecution>(rows.Select(r => r.ToExecution()).ToList(), total);
    }

    private static object Parameters(Schedule s)
    {
        var d = s.Definition;
        return new
        {
            s.Id,
            s.ClientId,
            d.Name,
            Kind = d.Kind.ToWire(),
            d.CronExpression,
            d.TimeZone,
            RunInterval = d.Interval,
            d.RunAt,
            AuditTemplate = StorageJson.Write(d.Template),
            Status = s.Status.ToWire(),
            s.PausedReason,
            MissedPolicy = d.MissedPolicy.ToWire(),
            d.MaxFailures,
            s.FailureCount,
            s.RunCount,
            s.NextRunAt,
            s.LastRunAt,
            s.CreatedAt,
            s.UpdatedAt,
        };
    }

    private sealed record ScheduleRow(
        Guid Id, Guid ClientId, string Name, string Kind, string? CronExpression, string? TimeZone, TimeSpan? RunInterval,
        DateTime? RunAt, string AuditTemplate, string Status, string? PausedReason, string MissedPolicy, int MaxFailures,
        int FailureCount, int RunCount, DateTime? NextRunAt, DateTime? LastRunAt, DateTime CreatedAt, DateTime UpdatedAt)
    {
        public Schedule ToSchedule() => new(
            Id,
            ClientId,
            new ScheduleDefinition(
                Name,
                ScheduleNames.Parse<ScheduleKind>(Kind),
                CronExpression,
                TimeZone,
                RunInterval,
                Utc.Of(RunAt),
                StorageJson.Read<AuditTemplate>(AuditTemplate),
                ScheduleNames.Parse<MissedRunPolicy>(MissedPolicy),
                MaxFailures),
            ScheduleNames.Parse<ScheduleStatus>(Status),
            PausedReason,
            FailureCount,
            RunCount,
            Utc.Of(NextRunAt),
            Utc.Of(LastRunAt),
            Utc.Of(CreatedAt),
            Utc.Of(UpdatedAt));
    }

    private sealed record ExecutionRow(
        Guid Id, Guid ScheduleId, DateTime OccurrenceAt, string Trigger, Guid? AuditRunId, string Status, string? Error, DateTime CreatedAt)
    {
        public ScheduleExecution ToExecution() =>
            new(Id, ScheduleId, Utc.Of(OccurrenceAt), Trigger, AuditRunId, Status, Error, Utc.Of(CreatedAt));
    }
}
