using Aeo.Analysis.Trends;

namespace Aeo.Storage.Trends;

/// <summary>The run_setups and run_figures tables: each ended run's figures, stored once, read as series.</summary>
public sealed class RunFiguresRepository(AeoDatabase db)
{
    /// <summary>The models each platform of a run answered with, several joined with commas.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ModelsAsync(Guid runId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<(string Platform, string Models)>(new CommandDefinition(
            """
            select platform, coalesce(string_agg(distinct model, ',' order by model), '')
            from responses where audit_run_id = @runId group by platform
            """,
            new { runId },
            cancellationToken: ct));
        return rows.ToDictionary(r => r.Platform, r => r.Models, StringComparer.Ordinal);
    }

    /// <summary>Replaces a run's stored setup and figures in one transaction, so a repeated save leaves one copy.</summary>
    public async Task SaveAsync(Guid runId, RunSetup setup, IReadOnlyList<StoredFigure> figures, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into run_setups (run_id, setup) values (@runId, @setup::jsonb)
            on conflict (run_id) do update set setup = excluded.setup, stored_at = now();
            delete from run_figures where run_id = @runId;
            """,
            new { runId, setup = StorageJson.Write(setup) },
            transaction,
            cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into run_figures (run_id, segment, platform, question_type, category, brand, metric, is_client, value, lower, upper,
                                     answers)
            select @runId, f.segment, f.platform, f.question_type, f.category, f.brand, f.metric, f.is_client, f.value, f.lower,
                   f.upper, f.answers
            from unnest(@segments, @platforms::text[], @questionTypes::text[], @categories::text[], @brands, @metrics, @clients,
                        @values::double precision[], @lowers::double precision[], @uppers::double precision[], @answers)
                 as f(segment, platform, question_type, category, brand, metric, is_client, value, lower, upper, answers)
            """,
            new
            {
                runId,
                segments = figures.Select(f => f.Segment).ToArray(),
                platforms = figures.Select(f => f.Platform).ToArray(),
                questionTypes = figures.Select(f => f.QuestionType).ToArray(),
                categories = figures.Select(f => f.Category).ToArray(),
                brands = figures.Select(f => f.Brand).ToArray(),
                metrics = figures.Select(f => f.Metric).ToArray(),
                clients = figures.Select(f => f.IsClient).ToArray(),
                values = figures.Select(f => f.Value).ToArray(),
                lowers = figures.Select(f => f.Lower).ToArray(),
                uppers = figures.Select(f => f.Upper).ToArray(),
                answers = figures.Select(f => f.Answers).ToArray(),
            },
            transaction,
            cancellationToken: ct));
        await transaction.CommitAsync(ct);
    }

    /// <summary>A client's ended runs whose figures are not stored yet (cancelled runs, runs that ended before figures were stored).</summary>
    public async Task<IReadOnlyList<Guid>> EndedWithoutFiguresAsync(Guid clientId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var ids = await connection.QueryAsync<Guid>(new CommandDefinition(
            """
            select r.id from audit_runs r
            where r.client_id = @clientId and r.status = any(@ended)
              and not exists (select 1 from run_setups s where s.run_id = r.id)
            """,
            new { clientId, ended = RunColumns.Ended },
            cancellationToken: ct));
        return ids.ToList();
    }

    /// <summary>One metric's stored figures of a client's ended runs, oldest run first.</summary>
    public async Task<IReadOnlyList<TrendObservation>> TrendAsync(TrendFilter filter, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<TrendRow>(new CommandDefinition(
            """
            select r.id as runid, coalesce(r.completed_at, r.created_at) as endedat, s.setup::text as setupjson,
                   f.segment, f.platform, f.question_type as questiontype, f.category, f.brand, f.metric, f.is_client as isclient, f.value, f.lower, f.upper, f.answers
            from audit_runs r
            join run_setups s on s.run_id = r.id
            join run_figures f on f.run_id = r.id and f.metric = @metric and f.category is null
                                  and f.question_type is not distinct from @questionType::text
            where r.client_id = @clientId and r.status = any(@ended)
              and (@platform::text is null or f.platform = @platform)
              and (@brand::text is null or f.brand = @brand)
              and (@from::timestamptz is null or coalesce(r.completed_at, r.created_at) >= @from)
              and (@to::timestamptz is null or coalesce(r.completed_at, r.created_at) < @to)
              and (@scheduleId::uuid is null or exists (
                  select 1 from schedule_executions e where e.audit_run_id = r.id and e.schedule_id = @scheduleId))
            order by endedat, r.id
            """,
            new
            {
                filter.ClientId,
                filter.Metric,
                filter.QuestionType,
                filter.Platform,
                ended = RunColumns.Ended,
                filter.Brand,
                from = filter.From?.UtcDateTime,
                to = filter.To?.UtcDateTime,
                filter.ScheduleId,
            },
            cancellationToken: ct));
        var setups = new Dictionary<Guid, RunSetup>();
        return rows.Select(r =>
        {
            if (!setups.TryGetValue(r.RunId, out var setup))
            {
                setup = StorageJson.Read<RunSetup>(r.SetupJson);
                setups[r.RunId] = setup;
            }
            return new TrendObservation(
                r.RunId, Utc.Of(r.EndedAt), setup,
                new StoredFigure(r.Segment, r.Platform, r.QuestionType, r.Category, r.Brand, r.Metric, r.IsClient, r.Value, r.Lower, r.Upper, r.Answers));
        }).ToList();
    }

    /// <summary>A client's ended runs with stored figures that ended before <paramref name="before"/>, newest first, with their setups.</summary>
    public async Task<IReadOnlyList<StoredRunSetup>> EarlierSetupsAsync(Guid clientId, DateTimeOffset before, Guid except, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<(Guid RunId, DateTime EndedAt, string SetupJson)>(new CommandDefinition(
            """
            select r.id, coalesce(r.completed_at, r.created_at), s.setup::text
            from audit_runs r join run_setups s on s.run_id = r.id
            where r.client_id = @clientId and r.status = any(@ended) and r.id <> @except
              and coalesce(r.completed_at, r.created_at) <= @before
            order by 2 desc, 1 desc
            """,
            new { clientId, ended = RunColumns.Ended, except, before = before.UtcDateTime },
            cancellationToken: ct));
        return rows.Select(r => new StoredRunSetup(r.RunId, Utc.Of(r.EndedAt), StorageJson.Read<RunSetup>(r.SetupJson))).ToList();
    }

    /// <summary>A run's stored setup, or null while its figures are not stored.</summary>
    public async Task<RunSetup?> SetupAsync(Guid runId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var json = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "select setup::text from run_setups where run_id = @runId", new { runId }, cancellationToken: ct));
        return json is null ? null : StorageJson.Read<RunSetup>(json);
    }

    private sealed record TrendRow(
        Guid RunId, DateTime EndedAt, string SetupJson, string Segment, string? Platform, string? QuestionType, string? Category, string Brand, string Metric, bool IsClient,
        double? Value, double? Lower, double? Upper, int Answers);
}

/// <summary>
/// Which stored figures a series reads: one client's, one metric, of one question type (null: both pooled), per platform
/// and across platforms (or only <see cref="Platform"/>'s), optionally narrowed.
/// </summary>
public sealed record TrendFilter(
    Guid ClientId, string Metric, string? QuestionType, string? Platform, string? Brand, DateTimeOffset? From, DateTimeOffset? To, Guid? ScheduleId);

/// <summary>An ended run's end time and setup.</summary>
public sealed record StoredRunSetup(Guid RunId, DateTimeOffset EndedAt, RunSetup Setup);
