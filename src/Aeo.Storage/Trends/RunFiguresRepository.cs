using Aeo.Analysis.Figures;
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

    /// <summary>
    /// Replaces a run's stored setup, segments, figures and answer observations in one transaction, so a repeated save leaves one copy; saves of
    /// one run wait for each other (two reports may store the same run's figures at once).
    /// </summary>
    public async Task SaveAsync(Guid runId, RunSetup setup, RunFigureRows rows, IReadOnlyList<ObservedAnswer> answers, CancellationToken ct)
    {
        var segments = rows.Segments.ToDictionary(s => s.Segment, StringComparer.Ordinal);
        var figures = rows.Estimates;
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            select pg_advisory_xact_lock(hashtextextended('run_figures:' || @runId::text, 0));
            insert into run_setups (run_id, setup) values (@runId, @setup::jsonb)
            on conflict (run_id) do update set setup = excluded.setup, stored_at = now();
            delete from run_figures where run_id = @runId;
            delete from run_segments where run_id = @runId;
            delete from run_observations where run_id = @runId;
            insert into run_observations (run_id, question_id, platform, sample, observation)
            select @runId, o.question_id, o.platform, o.sample, o.observation::jsonb
            from unnest(@questionIds, @answerPlatforms, @samples, @observations) as o(question_id, platform, sample, observation);
            insert into run_segments (run_id, segment, position, platform, question_type, category, answers, questions,
                                      answers_mentioning_any_brand, brand_mentions, cited_sources)
            select @runId, s.*
            from unnest(@segmentKeys, @positions, @segmentPlatforms::text[], @segmentTypes::text[], @segmentCategories::text[],
                        @segmentAnswers, @segmentQuestions, @mentioningAny, @brandMentions, @citedSources) as s;
            """,
            new
            {
                runId,
                setup = StorageJson.Write(setup),
                questionIds = answers.Select(a => a.QuestionId).ToArray(),
                answerPlatforms = answers.Select(a => a.Observation.Platform).ToArray(),
                samples = answers.Select(a => a.Observation.Sample).ToArray(),
                observations = answers.Select(a => AnswerObservations.Compact(a.Observation)).ToArray(),
                segmentKeys = rows.Segments.Select(s => s.Segment).ToArray(),
                positions = rows.Segments.Select(s => s.Position).ToArray(),
                segmentPlatforms = rows.Segments.Select(s => s.Platform).ToArray(),
                segmentTypes = rows.Segments.Select(s => s.QuestionType).ToArray(),
                segmentCategories = rows.Segments.Select(s => s.Category).ToArray(),
                segmentAnswers = rows.Segments.Select(s => s.Answers).ToArray(),
                segmentQuestions = rows.Segments.Select(s => s.Questions).ToArray(),
                mentioningAny = rows.Segments.Select(s => s.AnswersMentioningAnyBrand).ToArray(),
                brandMentions = rows.Segments.Select(s => s.BrandMentions).ToArray(),
                citedSources = rows.Segments.Select(s => s.CitedSources).ToArray(),
            },
            transaction,
            cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into run_figures (run_id, segment, platform, question_type, category, brand, metric, is_client, value, lower, upper,
                                     answers, brand_position, numerator, denominator, design_effect, effective_n, standard_error, clusters)
            select @runId, f.segment, f.platform, f.question_type, f.category, f.brand, f.metric, f.is_client, f.value, f.lower,
                   f.upper, f.answers, f.brand_position, f.numerator, f.denominator, f.design_effect, f.effective_n, f.standard_error, f.clusters
            from unnest(@segments, @platforms::text[], @questionTypes::text[], @categories::text[], @brands, @metrics, @clients,
                        @values::double precision[], @lowers::double precision[], @uppers::double precision[], @answers, @brandPositions,
                        @numerators::double precision[], @denominators::double precision[], @designEffects::double precision[],
                        @effectiveNs::double precision[], @standardErrors::double precision[], @clusters::int[])
                 as f(segment, platform, question_type, category, brand, metric, is_client, value, lower, upper, answers, brand_position,
                      numerator, denominator, design_effect, effective_n, standard_error, clusters)
            """,
            new
            {
                runId,
                segments = figures.Select(f => f.Segment).ToArray(),
                platforms = figures.Select(f => segments[f.Segment].Platform).ToArray(),
                questionTypes = figures.Select(f => segments[f.Segment].QuestionType).ToArray(),
                categories = figures.Select(f => segments[f.Segment].Category).ToArray(),
                brands = figures.Select(f => f.Brand).ToArray(),
                metrics = figures.Select(f => f.Metric).ToArray(),
                clients = figures.Select(f => f.IsClient).ToArray(),
                values = figures.Select(f => f.Value).ToArray(),
                lowers = figures.Select(f => f.Lower).ToArray(),
                uppers = figures.Select(f => f.Upper).ToArray(),
                answers = figures.Select(f => f.Answers).ToArray(),
                brandPositions = figures.Select(f => f.BrandPosition).ToArray(),
                numerators = figures.Select(f => f.Numerator).ToArray(),
                denominators = figures.Select(f => f.Denominator).ToArray(),
                designEffects = figures.Select(f => f.DesignEffect).ToArray(),
                effectiveNs = figures.Select(f => f.EffectiveSampleSize).ToArray(),
                standardErrors = figures.Select(f => f.StandardError).ToArray(),
                clusters = figures.Select(f => f.Clusters).ToArray(),
            },
            transaction,
            cancellationToken: ct));
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// A run's stored figures in full, or null when none are stored or they were stored before segments were (the
    /// run's figures must then be computed again from its answers).
    /// </summary>
    public async Task<RunFigureRows?> FiguresAsync(Guid runId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var reader = await connection.QueryMultipleAsync(new CommandDefinition(
            """
            select segment, position, platform, question_type as questiontype, category, answers, questions,
                   answers_mentioning_any_brand as answersmentioninganybrand, brand_mentions as brandmentions, cited_sources as citedsources
            from run_segments where run_id = @runId order by position;
            select segment, brand, brand_position as brandposition, is_client as isclient, metric, value, lower, upper, answers, numerator,
                   denominator, design_effect as designeffect, effective_n as effectivesamplesize, standard_error as standarderror, clusters
            from run_figures where run_id = @runId and brand_position is not null;
            """,
            new { runId },
            cancellationToken: ct));
        var segments = (await reader.ReadAsync<FigureSegmentRow>()).ToList();
        var estimates = (await reader.ReadAsync<FigureEstimateRow>()).ToList();
        return segments.Count == 0 ? null : new RunFigureRows(segments, estimates);
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
