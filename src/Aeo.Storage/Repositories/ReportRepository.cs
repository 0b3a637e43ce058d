using System.Runtime.CompilerServices;
using Aeo.Analysis.Citations;

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

/// <summary>The reads a run report needs beyond the figures: every answer in order (streamed), a sample of them, the cited sources counted, the models used.</summary>
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
    /// sample, so the same run always gives the same sample. The answers are ranked by id alone and only the chosen
    /// ones read whole.
    /// </summary>
    public async Task<IReadOnlyList<ReportAnswerRow>> SampleAnswersAsync(Guid runId, int perPlatform, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<AnswerRow>(new CommandDefinition(
            $"""
            with ranked as (
                select r.id, row_number() over (partition by r.platform order by q.question_type = 'branded', q.ordinal, r.sample) as n
                from responses r join questions q on q.id = r.question_id
                where r.audit_run_id = @runId)
            select {AnswerColumns}
            from ranked k join responses r on r.id = k.id join questions q on q.id = r.question_id
            where k.n <= @perPlatform
            order by r.platform, k.n
            """,
            new { runId, perPlatform },
            cancellationToken: ct));
        return rows.Select(r => r.ToReport()).ToList();
    }

    /// <summary>
    /// Every distinct URL the run's answers cite, with how many answers cite it: the sources table aggregated by the
    /// database, so the report never reads every answer (see <see cref="Analysis.Citations.CitationShare"/>).
    /// </summary>
    public async Task<IReadOnlyList<(NormalizedCitation Citation, int Count)>> CitedSourcesAsync(Guid runId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<(string Url, string Domain, string RegistrableDomain, int Count)>(new CommandDefinition(
            """
            select c ->> 'url', c ->> 'domain', c ->> 'registrableDomain', count(*)::int
            from responses r cross join lateral jsonb_array_elements(r.citations) c
            where r.audit_run_id = @runId and coalesce(c ->> 'kind', '') <> 'retrieved'
            group by 1, 2, 3
            """,
            new { runId },
            cancellationToken: ct));
        return rows.Select(r => (new NormalizedCitation(r.Url, null, CitationKind.Cited, 0, r.Domain, r.RegistrableDomain), r.Count)).ToList();
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
