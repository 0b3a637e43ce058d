using Aeo.Analysis.Answers;
using Aeo.Analysis.Answers.Reports;
using Aeo.Analysis.Brands;
using Aeo.Analysis.Citations;
using Aeo.Analysis.Sentiment;
using Aeo.Api.Clients;
using Aeo.Api.Http;

namespace Aeo.Api.Analysis;

public static class AnalysisEndpoints
{
    public static void MapAnalysisEndpoints(this RouteGroupBuilder api)
    {
        var analysis = api.MapGroup("/analysis").WithTags("Analysis");
        analysis.MapPost("/mentions", AnalyzeMentionsAsync);
    }

    /// <summary>Runs the audit's own analysis (detection, sentiment per mention, sources) on a pasted answer; stores nothing.</summary>
    private static async Task<IResult> AnalyzeMentionsAsync(HttpRequest http, ISentimentProvider sentiment, CancellationToken ct)
    {
        var (request, error) = await JsonBody.ReadAsync<AnalyzeMentionsRequest>(http);
        if (error is not null)
        {
            return error;
        }
        var errors = MentionAnalysisValidator.Validate(request!);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var brands = request!.Brands!
            .Select(b => ClientValidator.ToSpec(b!))
            .Select(b => new BrandDefinition(b.Name, b.Aliases, b.Domains))
            .ToArray();
        var sources = (request.Sources ?? [])
            .Select((s, i) => new Citation(s!.Url!, s.Title, s.Cited == false ? CitationKind.Retrieved : CitationKind.Cited, i + 1))
            .ToArray();
        var analyzed = await new AnswerAnalyzer(brands, sentiment).AnalyzeAsync(request.Text!, sources, ct);
        var report = AnswerReport.From(request.Text!, analyzed);
        return TypedResults.Ok(new AnalyzeMentionsResponse(report.Mentions, report.Citations, report.BrandCitations, sentiment.Name));
    }
}
