namespace Aeo.Storage.Repositories;

public sealed class ResponseRepository(AeoDatabase db)
{
    /// <summary>
    /// Writes responses in one statement. Rows whose (run, question, platform, sample) already exist are skipped, and so
    /// are rows whose question is gone (its run was deleted while the answer was on its way), so that one such row does
    /// not fail the whole batch; the ids of the rows actually inserted are returned. <see cref="ResponseBatchWriter"/>
    /// is the way in.
    /// </summary>
    internal async Task<IReadOnlySet<Guid>> InsertManyAsync(IReadOnlyList<EncodedResponse> responses, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var inserted = await connection.QueryAsync<Guid>(new CommandDefinition(
            """
            insert into responses (id, audit_run_id, question_id, platform, sample, response_text, raw_response,
                                   brand_mentions, citations, response_metadata, model, is_simulated, input_tokens,
                                   output_tokens, processing_time_ms, cost_usd, cost_source, started_at)
            select r.id, r.run, r.question, r.platform, r.sample, r.text, r.raw::jsonb, r.mentions::jsonb,
                   r.citations::jsonb, r.metadata::jsonb, r.model, r.simulated, r.input_tokens, r.output_tokens, r.ms,
                   r.cost, r.cost_source, r.started
            from unnest(@ids, @runs, @questions, @platforms, @samples, @texts, @raws, @mentions, @citations, @metadata,
                        @models, @simulated, @inputTokens, @outputTokens, @ms, @costs::numeric[], @costSources::text[],
                        @startedAt::timestamptz[])
                 as r(id, run, question, platform, sample, text, raw, mentions, citations, metadata, model, simulated,
                      input_tokens, output_tokens, ms, cost, cost_source, started)
            where exists (select 1 from questions q where q.id = r.question and q.audit_run_id = r.run)
            on conflict (audit_run_id, question_id, platform, sample) do nothing
            returning id
            """,
            new
            {
                ids = responses.Select(r => r.Record.Id).ToArray(),
                runs = responses.Select(r => r.Record.RunId).ToArray(),
                questions = responses.Select(r => r.Record.QuestionId).ToArray(),
                platforms = responses.Select(r => r.Record.Platform).ToArray(),
                samples = responses.Select(r => r.Record.Sample).ToArray(),
                texts = responses.Select(r => r.Record.Text).ToArray(),
                raws = responses.Select(r => r.Record.RawResponse).ToArray(),
                mentions = responses.Select(r => r.Mentions).ToArray(),
                citations = responses.Select(r => r.Citations).ToArray(),
                metadata = responses.Select(r => r.Metadata).ToArray(),
                models = responses.Select(r => r.Record.Model).ToArray(),
                simulated = responses.Select(r => r.Record.IsSimulated).ToArray(),
                inputTokens = responses.Select(r => r.Record.InputTokens).ToArray(),
                outputTokens = responses.Select(r => r.Record.OutputTokens).ToArray(),
                ms = responses.Select(r => r.Record.ProcessingTimeMs).ToArray(),
                costs = responses.Select(r => r.Record.CostUsd).ToArray(),
                costSources = responses.Select(r => r.Record.CostSource).ToArray(),
                startedAt = responses.Select(r => r.Record.StartedAt.ToUniversalTime()).ToArray(),
            },
            cancellationToken: ct));
        return inserted.ToHashSet();
    }

    /// <summary>Every settled work item of a run: the truth a resumed run starts from.</summary>
    public async Task<IReadOnlyList<SettledItem>> SettledItemsAsync(Guid runId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<SettledItem>(new CommandDefinition(
            """
            select q.ordinal, r.platform, r.sample, true as succeeded, r.cost_usd as costusd
            from responses r join questions q on q.id = r.question_id
            where r.audit_run_id = @runId
            union all
            select q.ordinal, d.platform, d.sample, false as succeeded, null::numeric as costusd
            from dead_letters d join questions q on q.id = d.question_id
            where d.audit_run_id = @runId
              and not exists (select 1 from responses r where r.audit_run_id = d.audit_run_id and r.question_id = d.question_id
                                                         and r.platform = d.platform and r.sample = d.sample)
            """,
            new { runId },
            cancellationToken: ct));
        return rows.ToList();
    }

    /// <param name="questionOrdinal">When given, only the answers to the question with this ordinal.</param>
    /// <param name="filter">When given, only the answers that mention a brand or not, or with a sentiment towards it.</param>
    public async Task<Page<StoredResponse>> PageAsync(
        Guid runId, string? platform, int offset, int limit, CancellationToken ct, int? questionOrdinal = null, ResponseFilter? filter = null)
    {
        const string where = "r.audit_run_id = @runId and (@platform::text is null or r.platform = @platform)"
            + " and (@questionOrdinal::int is null or q.ordinal = @questionOrdinal)" + ResponseFilter.Condition;
        await using var connection = await db.OpenAsync(ct);
        filter ??= ResponseFilter.None;
        var args = new { runId, platform, offset, limit, questionOrdinal, brand = filter.Brand, mentioned = filter.Mentioned, sentiment = filter.Sentiment };
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"select count(*) from responses r join questions q on q.id = r.question_id where {where}", args, cancellationToken: ct));
        var rows = await connection.QueryAsync<ResponseRow>(new CommandDefinition(
            $"""
            select r.id, r.question_id as questionid, q.ordinal, r.platform, r.sample, r.response_text as text,
                   r.brand_mentions::text as mentionsjson, r.citations::text as citationsjson, coalesce(r.model, '') as model, r.is_simulated as issimulated,
                   coalesce(r.input_tokens, 0) as inputtokens, coalesce(r.output_tokens, 0) as outputtokens,
                   r.processing_time_ms as processingtimems, r.created_at as createdat, r.cost_usd as costusd,
                   r.cost_source as costsource, r.started_at as startedat
            from responses r join questions q on q.id = r.question_id
            where {where}
            order by q.ordinal, r.platform, r.sample
            offset @offset limit @limit
            """,
            args,
            cancellationToken: ct));
        return new Page<StoredResponse>(rows.Select(r => r.ToStored()).ToList(), total);
    }

    /// <summary>Per-platform counts, timings, tokens and costs of a finished run (what its answers say is read by <see cref="RunAnswers"/>).</summary>
    public async Task<IReadOnlyList<PlatformAggregate>> AggregateAsync(Guid runId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<PlatformAggregate>(new CommandDefinition(
            """
            with ok as (
                select platform, bool_or(is_simulated) as issimulated, count(*)::int as succeeded,
                       coalesce(avg(processing_time_ms), 0)::int as avgprocessingtimems,
                       coalesce(sum(coalesce(input_tokens, 0) + coalesce(output_tokens, 0)), 0)::bigint as totaltokens,
                       coalesce(sum(cost_usd), 0) as costusd, count(*) filter (where cost_usd is null)::int as unknowncostanswers
                from responses where audit_run_id = @runId group by platform),
            failed as (
                select d.platform, count(*)::int as failed from dead_letters d
                where d.audit_run_id = @runId
                  and not exists (select 1 from responses r where r.audit_run_id = d.audit_run_id and r.question_id = d.question_id
                                                             and r.platform = d.platform and r.sample = d.sample)
                group by d.platform)
            select coalesce(ok.platform, failed.platform) as platform, coalesce(ok.issimulated, false) as issimulated,
                   coalesce(ok.succeeded, 0) as succeeded, coalesce(failed.failed, 0) as failed,
                   coalesce(ok.avgprocessingtimems, 0) as avgprocessingtimems, coalesce(ok.totaltokens, 0) as totaltokens,
                   coalesce(ok.costusd, 0) as costusd,
                   coalesce(ok.unknowncostanswers, 0) as unknowncostanswers
            from ok full outer join failed on failed.platform = ok.platform
            order by 1
            """,
            new { runId },
            cancellationToken: ct));
        return rows.ToList();
    }

    /// <summary>Every answer of a run with what the figures need: its question's category and type, mentions and citations.</summary>
    public async Task<IReadOnlyList<AnalyzedAnswerRow>> AnalyzedAnswersAsync(Guid runId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<AnswerRow>(new CommandDefinition(
            """
            select r.question_id as questionid, q.category, q.question_type as questiontype, r.platform, r.sample,
                   r.brand_mentions::text as mentionsjson, r.citations::text as citationsjson
            from responses r join questions q on q.id = r.question_id
            where r.audit_run_id = @runId
            order by q.ordinal, r.platform, r.sample
            """,
            new { runId },
            cancellationToken: ct));
        return rows.Select(r => r.ToAnalyzed()).ToList();
    }

    private sealed record AnswerRow(
        Guid QuestionId, string Category, string QuestionType, string Platform, int Sample, string MentionsJson, string CitationsJson)
    {
        public AnalyzedAnswerRow ToAnalyzed() => new(
            QuestionId, Category, QuestionType, Platform, Sample, StorageJson.Read<MentionReport[]>(MentionsJson),
            StorageJson.Read<CitationReport[]>(CitationsJson));
    }

    private sealed record ResponseRow(
        Guid Id, Guid QuestionId, int Ordinal, string Platform, int Sample, string Text, string MentionsJson,
        string CitationsJson, string Model, bool IsSimulated, int InputTokens, int OutputTokens, int ProcessingTimeMs, DateTime CreatedAt,
        decimal? CostUsd, string? CostSource, DateTime? StartedAt)
    {
        public StoredResponse ToStored() => new(
            Id, QuestionId, Ordinal, Platform, Sample, Text, StorageJson.Read<MentionReport[]>(MentionsJson),
            StorageJson.Read<CitationReport[]>(CitationsJson), Model, IsSimulated, InputTokens,
            OutputTokens, ProcessingTimeMs, Utc.Of(CreatedAt), CostUsd, CostSource, Utc.Of(StartedAt));
    }
}
