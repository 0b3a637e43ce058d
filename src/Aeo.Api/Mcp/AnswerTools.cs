namespace Aeo.Api.Mcp;

/// <summary>Read tools over one run's questions, answers (with the brands' mention spans) and sources.</summary>
[McpServerToolType]
public sealed class AnswerTools(AuditRunRepository runs, QuestionRepository questions, ResponseRepository responses, AuditFigures figures)
{
    [McpServerTool(Name = "list_questions", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("A run's questions in order, paged: ordinal, text, category, type (branded or non_branded) and priority. "
        + "Pass an ordinal to get_answers to read how each platform answered that question.")]
    public async Task<McpPage<QuestionResponse>> ListQuestionsAsync(
        RequestContext<CallToolRequestParams> context,
        [Description("The run's id.")] Guid runId,
        [Description("Page number, from 1.")] int page = 1,
        [Description("Questions per page, 1 to 100.")] int pageSize = 25,
        CancellationToken ct = default)
    {
        var (offset, number, size) = McpCaller.Paging(page, pageSize, 100);
        await VisibleAsync(context, runId, ct);
        var found = await questions.PageAsync(runId, offset, size, ct);
        return new McpPage<QuestionResponse>(found.Items.Select(AuditMapping.ToResponse).ToArray(), found.Total, number, size);
    }

    [McpServerTool(Name = "get_answers", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("The answers of a run, by question, platform and sample, paged and small: each answer's text (cut at maxTextLength, "
        + "truncated says so), every tracked brand it names with count, rank, list position and sentiment label, the spans "
        + "(start, length, text: character offsets into the text) where the brand is named, and the URLs it cited. "
        + "Give questionOrdinal (from list_questions) to compare platforms on one question.")]
    public async Task<McpPage<AnswerResult>> GetAnswersAsync(
        RequestContext<CallToolRequestParams> context,
        [Description("The run's id.")] Guid runId,
        [Description("Only the answers to the question with this ordinal.")] int? questionOrdinal = null,
        [Description("Only this platform's answers.")] string? platform = null,
        [Description("Page number, from 1.")] int page = 1,
        [Description("Answers per page, 1 to 20.")] int pageSize = 5,
        [Description("Characters of each answer's text to return, 100 to 20000.")] int maxTextLength = 2000,
        CancellationToken ct = default)
    {
        var (offset, number, size) = McpCaller.Paging(page, pageSize, 20);
        if (maxTextLength is < 100 or > 20_000)
        {
            throw new ModelContextProtocol.McpException("maxTextLength: From 100 to 20000.");
        }
        await VisibleAsync(context, runId, ct);
        var found = await responses.PageAsync(runId, platform, offset, size, ct, questionOrdinal);
        var answers = found.Items.Select(r => ToAnswer(r, maxTextLength)).ToArray();
        return new McpPage<AnswerResult>(answers, found.Total, number, size);
    }

    /// <summary>The answer with its text cut at <paramref name="maxTextLength"/>; spans past the cut are left out (counts and ranks stay whole).</summary>
    private static AnswerResult ToAnswer(StoredResponse r, int maxTextLength)
    {
        var text = r.Text.Length > maxTextLength ? r.Text[..maxTextLength] : r.Text;
        var mentions = r.Mentions.Select(m => new AnswerMention(m.Brand, m.Count, m.Rank, m.ListPosition, m.Sentiment.Label,
                m.Positions.Where(p => p.Start + p.Length <= text.Length).Select(p => new MentionSpan(p.Start, p.Length, p.Text)).ToArray()))
            .ToArray();
        return new AnswerResult(r.Ordinal, r.Platform, r.IsSimulated, r.Sample, text, text.Length < r.Text.Length, mentions,
            r.Citations.Where(c => c.Kind == "cited").Select(c => c.Url).ToArray());
    }

    [McpServerTool(Name = "get_sources", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("The sources a run's answers cited, by registrable domain, most cited first: cited count and share of all "
        + "cited sources. Shows which sites the engines lean on for this client's questions.")]
    public async Task<SourcesResult> GetSourcesAsync(
        RequestContext<CallToolRequestParams> context,
        [Description("The run's id.")] Guid runId,
        [Description("Page number, from 1.")] int page = 1,
        [Description("Domains per page, 1 to 100.")] int pageSize = 20,
        CancellationToken ct = default)
    {
        var (offset, number, size) = McpCaller.Paging(page, pageSize, 100);
        var run = await VisibleAsync(context, runId, ct);
        var sources = await figures.CalculateAsync(run, ct) is (_, { } table) ? table : new CitationShareTable(0, []);
        var domains = sources.Domains.OrderByDescending(d => d.CitedCount).ThenBy(d => d.Domain, StringComparer.Ordinal).ToArray();
        return new SourcesResult(runId, sources.TotalCited,
            new McpPage<DomainCitationShare>(domains.Skip(offset).Take(size).ToArray(), domains.Length, number, size));
    }

    private async Task<AuditRunRecord> VisibleAsync(RequestContext<CallToolRequestParams> context, Guid runId, CancellationToken ct) =>
        await runs.GetAsync(runId, ct) is { } run && context.MaySee(run.ClientId) ? run : throw McpCaller.NotFound("run");
}
