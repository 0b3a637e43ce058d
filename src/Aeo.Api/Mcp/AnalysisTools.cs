using Aeo.Analysis.Answers;
using Aeo.Analysis.Sentiment;
using Aeo.Api.Analysis;

namespace Aeo.Api.Mcp;

/// <summary>The audit's analysis of a pasted answer, as <c>POST /api/v1/analysis/mentions</c> runs it; stores nothing.</summary>
[McpServerToolType]
public sealed class AnalysisTools(ISentimentProvider sentiment)
{
    [McpServerTool(Name = "analyze_answer", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Analyse any AI answer text for tracked brands, without storing anything: for each brand named, its count, rank "
        + "among the brands (1 = named first), list position, sentiment (score -1..1 and label), and the spans where it is "
        + "named; plus the sources (the URLs given, else the links in the text) and which brands they cite.")]
    public async Task<AnalyzeMentionsResponse> AnalyzeAnswerAsync(
        [Description("The answer's text (at most 100,000 characters).")] string text,
        [Description("The brand names to look for (1 to 200, distinct), the client's first.")] string[] brands,
        [Description("Each brand's domains, as \"Brand=domain.com\" (optional; lets sources count for the brand).")] string[]? brandDomains = null,
        [Description("URLs the engine cited with the answer (optional).")] string[]? sourceUrls = null,
        CancellationToken ct = default)
    {
        var domains = (brandDomains ?? [])
            .Select(d => d.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .ToLookup(parts => parts[0].Trim(), parts => (string?)parts[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var request = new AnalyzeMentionsRequest(
            text,
            brands.Select(b => (BrandInput?)new BrandInput(b, [], [.. domains[b.Trim()]])).ToList(),
            (sourceUrls ?? []).Select(u => (SourceInput?)new SourceInput(u, null, true)).ToList());
        var errors = MentionAnalysisValidator.Validate(request);
        if (errors.Any)
        {
            throw McpCaller.Invalid(errors);
        }
        var analyzed = await new AnswerAnalyzer(MentionAnalysisMapping.Brands(request), sentiment)
            .AnalyzeAsync(text, MentionAnalysisMapping.Sources(request), ct);
        var report = AnswerReport.From(text, analyzed);
        return new AnalyzeMentionsResponse(report.Mentions, report.Citations, report.BrandCitations, sentiment.Name);
    }
}
