namespace Aeo.Storage.Repositories;

public sealed record DeadLetterRecord(
    Guid Id, Guid RunId, Guid QuestionId, string Platform, int Sample, DeadLetterPayload Payload, string ErrorClass,
    string ErrorMessage, int Attempts, DateTimeOffset FirstFailedAt, DateTimeOffset LastFailedAt);

/// <summary>
/// The failed work item as the <c>payload</c> column keeps it, so a dead letter still says what was asked if its
/// question row is gone; listing reads <c>payload->>'question'</c>.
/// </summary>
public sealed record DeadLetterPayload(string Question, string Platform, int Sample, int Ordinal);

/// <summary>A dead letter as the API lists it: the failed work item, its question's text and why it failed.</summary>
public sealed record DeadLetterView(
    Guid Id, Guid RunId, Guid ClientId, Guid QuestionId, string QuestionText, string Platform, int Sample, string ErrorClass,
    string Message, int Attempts, DateTimeOffset FirstFailedAt, DateTimeOffset LastFailedAt);

/// <summary>Which run (and so which client) a dead letter belongs to.</summary>
public sealed record DeadLetterOwner(Guid Id, Guid RunId, Guid ClientId);

/// <summary>Filters for listing dead letters; null matches anything. <paramref name="ClientId"/> scopes a client key.</summary>
public sealed record DeadLetterFilter(Guid? ClientId, Guid? RunId, string? Platform, string? ErrorClass);

public sealed class DeadLetterRepository(AeoDatabase db)
{
    /// <summary>Every dead letter waiting to be reprocessed, in all runs of all clients (the operator's backlog).</summary>
    public async Task<long> CountAllAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("select count(*) from dead_letters", cancellationToken: ct));
    }

    /// <summary>Records a work item that failed for good; a repeat for the same item changes nothing.</summary>
    public async Task InsertAsync(DeadLetterRecord letter, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into dead_letters (id, audit_run_id, question_id, platform, sample, payload, error_class, error_message,
                                      attempts, first_failed_at, last_failed_at)
            values (@Id, @RunId, @QuestionId, @Platform, @Sample, @Payload::jsonb, @ErrorClass, @ErrorMessage,
                    @Attempts, @FirstFailedAt, @LastFailedAt)
            on conflict (audit_run_id, question_id, platform, sample) do nothing
            """,
            new
            {
                letter.Id,
                letter.RunId,
                letter.QuestionId,
                letter.Platform,
                letter.Sample,
                Payload = StorageJson.Write(letter.Payload),
                letter.ErrorClass,
                letter.ErrorMessage,
                letter.Attempts,
                letter.FirstFailedAt,
                letter.LastFailedAt,
            },
            cancellationToken: ct));
    }

    /// <summary>Deletes a run's dead letters of the given error classes, so a retried run asks those items again.</summary>
    /// <returns>How many were deleted.</returns>
    public async Task<int> DeleteAsync(Guid runId, IReadOnlyCollection<string> errorClasses, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "delete from dead_letters where audit_run_id = @runId and error_class = any(@classes)",
            new { runId, classes = errorClasses.ToArray() },
            cancellationToken: ct));
    }

    /// <summary>Deletes the named dead letters of one run, so the run asks those items again; ids of other runs are left alone.</summary>
    /// <returns>How many were deleted.</returns>
    public async Task<int> DeleteAsync(Guid runId, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "delete from dead_letters where audit_run_id = @runId and id = any(@ids)",
            new { runId, ids = ids.ToArray() },
            cancellationToken: ct));
    }

    /// <summary>Dead letters matching the filter, newest failure first.</summary>
    public async Task<Page<DeadLetterView>> ListAsync(DeadLetterFilter filter, int offset, int limit, CancellationToken ct)
    {
        const string where = """
            (@ClientId::uuid is null or a.client_id = @ClientId) and (@RunId::uuid is null or d.audit_run_id = @RunId)
            and (@Platform::text is null or d.platform = @Platform)
            and (@ErrorClass::text is null or lower(d.error_class) = lower(@ErrorClass))
            """;
        await using var connection = await db.OpenAsync(ct);
        var args = new { filter.ClientId, filter.RunId, filter.Platform, filter.ErrorClass, offset, limit };
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"select count(*) from dead_letters d join audit_runs a on a.id = d.audit_run_id where {where}", args, cancellationToken: ct));
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"""
            select d.id, d.audit_run_id as runid, a.client_id as clientid, d.question_id as questionid,
                   coalesce(q.question_text, d.payload->>'question', '') as questiontext, d.platform, d.sample,
                   d.error_class as errorclass, d.error_message as message, d.attempts, d.first_failed_at as firstfailedat,
                   d.last_failed_at as lastfailedat
            from dead_letters d join audit_runs a on a.id = d.audit_run_id left join questions q on q.id = d.question_id
            where {where}
            order by d.last_failed_at desc, d.id
            offset @offset limit @limit
            """,
            args,
            cancellationToken: ct));
        return new Page<DeadLetterView>(rows.Select(r => r.ToView()).ToList(), total);
    }

    /// <summary>The runs and clients of those of <paramref name="ids"/> that exist.</summary>
    public async Task<IReadOnlyList<DeadLetterOwner>> OwnersAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<DeadLetterOwner>(new CommandDefinition(
            """
            select d.id, d.audit_run_id as runid, a.client_id as clientid
            from dead_letters d join audit_runs a on a.id = d.audit_run_id
            where d.id = any(@ids)
            """,
            new { ids = ids.ToArray() },
            cancellationToken: ct));
        return rows.ToList();
    }

    /// <summary>The ids of a run's dead letters.</summary>
    public async Task<IReadOnlyList<Guid>> IdsOfRunAsync(Guid runId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<Guid>(new CommandDefinition(
            "select id from dead_letters where audit_run_id = @runId order by id", new { runId }, cancellationToken: ct));
        return rows.ToList();
    }

    private sealed record Row(
        Guid Id, Guid RunId, Guid ClientId, Guid QuestionId, string QuestionText, string Platform, int Sample, string ErrorClass,
        string Message, int Attempts, DateTime FirstFailedAt, DateTime LastFailedAt)
    {
        public DeadLetterView ToView() => new(
            Id, RunId, ClientId, QuestionId, QuestionText, Platform, Sample, ErrorClass, Message, Attempts, Utc.Of(FirstFailedAt),
            Utc.Of(LastFailedAt));
    }
}
