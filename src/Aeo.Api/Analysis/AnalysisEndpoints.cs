using Aeo.Analysis.Answers;
using Aeo.Analysis.Answers.Reports;
using Aeo.Analysis.Sentiment;
using Aeo.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aeo.Api.Analysis;

public static class AnalysisEndpoints
{
    public static void MapAnalysisEndpoints(this RouteGroupBuilder api)
    {
        var analysis = api.MapGroup("/analysis").WithTags("Analysis");
        analysis.MapPost("/mentions", AnalyzeMentionsAsync);
    }

    /// <summary>Runs the audit's own analysis (detection, sentiment per mention, sources) on a pasted answer; stores nothing.</summary>
    private static async Task<Results<Ok<AnalyzeMentionsResponse>, ValidationProblem>> AnalyzeMentionsAsync(
        HttpRequest http, ISentimentProvider sentiment, CancellationToken ct)
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

        var analyzed = await new AnswerAnalyzer(MentionAnalysisMapping.Brands(request!), sentiment)
            .AnalyzeAsync(request!.Text!, MentionAnalysisMapping.Sources(request), ct);
        var report = AnswerReport.From(request.Text!, analyzed);
        return TypedResults.Ok(new AnalyzeMentionsResponse(report.Mentions, report.Citations, report.BrandCitations, sentiment.Name));
    }
}
