using Aeo.Analysis.Answers;
using Aeo.Analysis.Answers.Reports;
using Aeo.Analysis.Citations;

namespace Aeo.Grains.Analysis;

/// <summary>Turns an engine's answer into the row the responses table stores: the text, the analysis, usage, cost and timing.</summary>
public static class AnswerRecords
{
    public static async Task<ResponseRecord> AnalyzeAsync(
        AnswerAnalyzer analyzer, Guid runId, Guid questionId, string platform, int sample, EngineAnswer answer, DateTimeOffset startedAt, TimeSpan elapsed,
        CancellationToken ct, string? question = null)
    {
        var sources = answer.Citations
            .Select(c => new Citation(c.Url, c.Title, c.Cited ? CitationKind.Cited : CitationKind.Retrieved, c.Position))
            .ToArray();
        var analyzed = await analyzer.AnalyzeAsync(answer.Text, sources, ct, question);
        var report = AnswerReport.From(answer.Text, analyzed);
        return new ResponseRecord(
            Guid.CreateVersion7(),
            runId,
            questionId,
            platform,
            sample,
            answer.Text,
            answer.RawJson,
            report.Mentions,
            report.Citations,
            new AnswerMetadata((int)answer.Latency.TotalMilliseconds, answer.IsSimulated, report.BrandCitations),
            answer.Model,
            answer.IsSimulated,
            answer.InputTokens,
            answer.OutputTokens,
            (int)elapsed.TotalMilliseconds,
            answer.CostUsd,
            CostSourceName(answer.CostSource),
            startedAt);
    }

    /// <summary>The stored name of where a cost came from; null when unknown.</summary>
    public static string? CostSourceName(CostSource source) => source switch
    {
        CostSource.Provider => "provider",
        CostSource.PriceTable => "price_table",
        _ => null,
    };
}
