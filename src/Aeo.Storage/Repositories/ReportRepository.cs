using System.Runtime.CompilerServices;

namespace Aeo.Storage.Repositories;

/// <summary>One answer as a report's tables list it: where it belongs, what was found, and what it cost.</summary>
public sealed record ReportAnswerRow(
    int Ordinal,
    string Question,
    string Category,
    string QuestionType,
    string Platform,
    string Model,
    int Sample,
    string Text,
    IReadOnlyList<MentionReport> Mentions,
    IReadOnlyList<CitationReport> Citations,
    IReadOnlyList<BrandCitationReport> BrandCitations,
    decimal? CostUsd,
    int LatencyMs,
    bool IsSimulated);

/// <summary>The models a platform answered with in a run, and how many answers each gave.</summary>
public sealed record PlatformModel(string Platform, string Model, int Answers);

/// <summary>The reads a run report needs beyond the figures: every answer in order (streamed), a sample of them, the models used, the earlier run to compare with.</summary>
public sealed class ReportRepository(AeoDatabase db)
{
    private const string AnswerColumns = """
        q.ordinal, q.question_text as question, q.category, q.question_type as questiontype, r.platform,
        coalesce(r.model, '') as model, r.sample, r.response_text as text, r.brand_mentions::text as mentionsjson,
        r.citations::text as citationsjson, coalesce(r.response_metadata::text, 'null') as metadatajson, r.cost_usd as costusd,
        r.processing_time_ms as latencyms, r.is_simulated as issimulated
        """;

    /// <summary>
    /// Every answer of a run in question, platform and sample order, read one row at a time so that a large run's
    /// export never holds all of them in memory.
    /// </summary>
    public async IAsyncEnumerable<ReportAnswerRow> StreamAnswersAsync(Guid runId, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = connection.QueryUnbufferedAsync<AnswerRow>(
            $"""
            select {AnswerColumns}
            from responses r join questions q on q.id = r.question_id
            where r.audit_run_id = @runId
            order by q.ordinal, r.platform, r.sample
            """,
            new { runId });
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return row.ToReport();
        }
    }

    /// <summary>
    /// Up to <paramref name="perPlatform"/> answers per platform: non-branded questions first, then by question and
    /// sample, so the same run always gives the same sample.
    /// </summary>
    public async Task<IReadOnlyList<ReportAnswerRow>> SampleAnswersAsync(Guid runId, int perPlatform, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<AnswerRow>(new CommandDefinition(
            $"""
            select ordinal, question, category, questiontype, platform, model, sample, text, mentionsjson, citationsjson,
                   metadatajson, costusd, latencyms, issimulated
            from (select {AnswerColumns},
                         row_number() over (partition by r.platform
                                            order by q.question_type = 'branded', q.ordinal, r.sample) as n
                  from responses r join questions q on q.id = r.question_id
                  where r.audit_run_id = @runId) ranked
            where n <= @perPlatform
            order by platform, n
            """,
            new { runId, perPlatform },
            cancellationToken: ct));
        return rows.Select(r => r.ToReport()).ToList();
    }

    public async Task<IReadOnlyList<PlatformModel>> ModelsAsync(Guid runId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<PlatformModel>(new CommandDefinition(
            """
            select platform, coalesce(model, '') as model, count(*)::int as answers
            from responses where audit_run_id = @runId
            group by platform, coalesce(model, '')
            order by platform, model
            """,
            new { runId },
            cancellationToken: ct));
        return rows.ToList();
    }

    /// <summary>
    /// The client's latest run created before <paramref name="run"/> that ended with answers (completed or partially
    /// completed): the run a report compares with.
    /// </summary>
    public async Task<AuditRunRecord?> PreviousComparableRunAsync(AuditRunRecord run, AuditRunRepository runs, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var id = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            """
            select a.id from audit_runs a
            where a.client_id = @clientId and a.id <> @id and a.created_at < @createdAt and a.status = any(@ended)
              and exists (select 1 from responses r where r.audit_run_id = a.id)
            order by a.created_at desc, a.id
            limit 1
            """,
            new
            {
                clientId = run.ClientId,
                id = run.Id,
                createdAt = run.CreatedAt.UtcDateTime,
                ended = RunColumns.Names(Abstractions.Audits.RunStatus.Completed, Abstractions.Audits.RunStatus.PartiallyCompleted),
            },
            cancellationToken: ct));
        return id is { } found ? await runs.GetAsync(found, ct) : null;
    }

    private sealed record AnswerRow(
        int Ordinal, string Question, string Category, string QuestionType, string Platform, string Model, int Sample, string Text,
        string MentionsJson, string CitationsJson, string MetadataJson, decimal? CostUsd, int LatencyMs, bool IsSimulated)
    {
        public ReportAnswerRow ToReport() => new(
            Ordinal, Question, Category, QuestionType, Platform, Model, Sample, Text,
            StorageJson.Read<MentionReport[]>(MentionsJson), StorageJson.Read<CitationReport[]>(CitationsJson),
            MetadataJson == "null" ? [] : StorageJson.Read<AnswerMetadata>(MetadataJson).BrandCitations ?? [],
            CostUsd, LatencyMs, IsSimulated);
    }
}
