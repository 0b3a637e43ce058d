namespace Aeo.Api.Reports;

/// <summary>
/// A run's tables as CSV (RFC 4180, CRLF line ends, a header row), written row by row as the answers stream in, so a
/// large run is never held in memory. <see cref="CsvCells"/> quotes and neutralises the cells.
/// </summary>
public static class CsvReportWriter
{
    public static readonly string[] ResponseColumns =
    [
        "run_id", "question_ordinal", "question", "category", "question_type", "platform", "model", "sample", "brand", "is_client",
        "mentioned", "mention_count", "rank", "list_position", "sentiment_label", "sentiment_score", "citation_status", "cited_count",
        "retrieved_count", "cost_usd", "latency_ms", "simulated",
    ];

    public static readonly string[] SourceColumns =
    [
        "run_id", "question_ordinal", "platform", "model", "sample", "kind", "position", "url", "title", "domain", "registrable_domain",
        "brand",
    ];

    public static readonly string[] QuestionColumns = ["run_id", "question_ordinal", "question", "category", "question_type", "priority", "target_brand"];

    /// <summary>One row per (answer, tracked brand), the brands in the run's order (client first); cost and latency are the answer's, on each of its rows.</summary>
    public static async Task WriteResponsesAsync(TextWriter csv, Guid runId, AuditSpec spec, IAsyncEnumerable<ReportAnswerRow> answers, CancellationToken ct)
    {
        await WriteRowAsync(csv, ResponseColumns);
        var brands = spec.TrackedBrands.ToList();
        var run = runId.ToString();
        await foreach (var answer in answers.WithCancellation(ct))
        {
            foreach (var brand in brands)
            {
                var mention = answer.Mentions.FirstOrDefault(m => m.Brand == brand.Name);
                var citation = answer.BrandCitations.FirstOrDefault(c => c.Brand == brand.Name);
                await WriteRowAsync(csv,
                [
                    run, CsvCells.Number(answer.Ordinal), CsvCells.Text(answer.Question), CsvCells.Text(answer.Category),
                    CsvCells.Text(answer.QuestionType), CsvCells.Text(answer.Platform), CsvCells.Text(answer.Model), CsvCells.Number(answer.Sample),
                    CsvCells.Text(brand.Name), CsvCells.Boolean(ReferenceEquals(brand, spec.Brand)), CsvCells.Boolean(mention is not null),
                    CsvCells.Number(mention?.Count ?? 0), CsvCells.Number(mention?.Rank), CsvCells.Number(mention?.ListPosition),
                    CsvCells.Text(mention?.Sentiment.Label), CsvCells.Number(mention?.Sentiment.Score), CsvCells.Text(citation?.Status ?? "absent"),
                    CsvCells.Number(citation?.CitedCount ?? 0), CsvCells.Number(citation?.RetrievedCount ?? 0), CsvCells.Number(answer.CostUsd),
                    CsvCells.Number(answer.LatencyMs), CsvCells.Boolean(answer.IsSimulated),
                ]);
            }
        }
    }

    /// <summary>One row per cited or retrieved URL of every answer, with the tracked brand whose domains own it, if any (the most specific entry wins: zoho.com/books over zoho.com).</summary>
    public static async Task WriteSourcesAsync(TextWriter csv, Guid runId, AuditSpec spec, IAsyncEnumerable<ReportAnswerRow> answers, CancellationToken ct)
    {
        await WriteRowAsync(csv, SourceColumns);
        var owners = spec.TrackedBrands
            .SelectMany(b => b.Domains.Select(d => BrandDomain.TryParse(d, out var domain) ? (b.Name, Domain: domain) : (b.Name, Domain: null)))
            .Where(o => o.Domain is not null)
            .ToList();
        var run = runId.ToString();
        await foreach (var answer in answers.WithCancellation(ct))
        {
            foreach (var source in answer.Citations)
            {
                var path = NormalizedUrl.PathOf(source.Url);
                var owner = owners
                    .Where(o => o.Domain!.Owns(source.Domain, path))
                    .OrderByDescending(o => o.Domain!.Path.Length)
                    .ThenByDescending(o => o.Domain!.Host.Length)
                    .FirstOrDefault().Name;
                await WriteRowAsync(csv,
                [
                    run, CsvCells.Number(answer.Ordinal), CsvCells.Text(answer.Platform), CsvCells.Text(answer.Model), CsvCells.Number(answer.Sample),
                    CsvCells.Text(source.Kind), CsvCells.Number(source.Position), CsvCells.Text(source.Url), CsvCells.Text(source.Title),
                    CsvCells.Text(source.Domain), CsvCells.Text(source.RegistrableDomain), CsvCells.Text(owner),
                ]);
            }
        }
    }

    public static async Task WriteQuestionsAsync(TextWriter csv, Guid runId, IReadOnlyList<QuestionRecord> questions)
    {
        await WriteRowAsync(csv, QuestionColumns);
        var run = runId.ToString();
        foreach (var question in questions)
        {
            await WriteRowAsync(csv,
            [
                run, CsvCells.Number(question.Ordinal), CsvCells.Text(question.Text), CsvCells.Text(question.Category), CsvCells.Text(question.Type),
                CsvCells.Number(question.Priority), CsvCells.Text(question.TargetBrand),
            ]);
        }
    }

    private static Task WriteRowAsync(TextWriter csv, IReadOnlyList<string> cells) => csv.WriteAsync(string.Join(',', cells) + "\r\n");
}
