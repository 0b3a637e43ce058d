using Aeo.Analysis.Answers;

namespace Aeo.Api.Analysis;

public static class AnalysisEndpoints
{
    public static void MapAnalysisEndpoints(this RouteGroupBuilder api, long maxBodyBytes)
    {
        var analysis = api.MapGroup("/analysis").WithTags("Analysis");
        analysis.MapPost("/mentions", AnalyzeMentionsAsync).WithBodyLimit(maxBodyBytes).DocumentsBody<AnalyzeMentionsRequest>();
    }

    /// <summary>
    /// Runs the audit's own analysis (detection, sentiment per mention, sources) on a pasted answer; stores nothing. The
    /// lexicon reads the sentiment; the LLM judge only when the request says <c>"judge": true</c>, within the key's daily
    /// budget of judge calls.
    /// </summary>
    private static async Task<Results<Ok<AnalyzeMentionsResponse>, ValidationProblem, TooManyRequestsProblem>> AnalyzeMentionsAsync(
        HttpRequest http,
        ClaimsPrincipal user,
        IMentionSentiment sentiment,
        JudgeUsageRepository usage,
        IOptions<MentionAnalysisOptions> options,
        TimeProvider time,
        CancellationToken ct)
    {
        var (request, error) = await JsonBody.ReadAsync<AnalyzeMentionsRequest>(http);
        if (error is not null)
        {
            return error;
        }
        var errors = MentionAnalysisValidator.Validate(request!);
        if (request!.Judge == true && sentiment.JudgePlatform is null)
        {
            errors.Add("judge", "No sentiment judge is configured (Aeo:Analysis:SentimentJudgePlatform).");
        }
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var provider = sentiment.Lexicon;
        if (request.Judge == true)
        {
            var keyRef = user.KeyRef()!;
            var now = time.GetUtcNow();
            var day = DateOnly.FromDateTime(now.UtcDateTime);
            var limit = options.Value.JudgeCallsPerKeyPerDay;
            var used = await usage.CallsAsync(keyRef, day, ct);
            if (used >= limit)
            {
                return JudgeBudgetSpent(limit, used, now);
            }
            provider = sentiment.WithJudge(user.ClientId(), token => usage.TryCountCallAsync(keyRef, day, limit, token));
        }

        var analyzed = await new AnswerAnalyzer(MentionAnalysisMapping.Brands(request), provider)
            .AnalyzeAsync(request.Text!, MentionAnalysisMapping.Sources(request), ct);
        var report = AnswerReport.From(request.Text!, analyzed);
        return TypedResults.Ok(new AnalyzeMentionsResponse(report.Mentions, report.Citations, report.BrandCitations, provider.Name));
    }

    private static TooManyRequestsProblem JudgeBudgetSpent(int limit, int used, DateTimeOffset now)
    {
        var midnight = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        return new TooManyRequestsProblem(
            "Judge budget spent",
            $"This key has used its {limit} calls to the sentiment judge for today (UTC); analyse without \"judge\" or wait until midnight UTC.",
            TimeSpan.FromSeconds(Math.Ceiling((midnight - now).TotalSeconds)),
            new Dictionary<string, object?> { ["limit"] = limit, ["used"] = used });
    }
}
