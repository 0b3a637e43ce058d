using Aeo.Api.Trends;
using Aeo.Storage.Trends;

namespace Aeo.Api.Mcp;

/// <summary>A client's figures over time: the trends series of the HTTP API, paged by series and cut to the latest points.</summary>
[McpServerToolType]
public sealed class TrendTools(ClientRepository clients, RunFiguresRecorder recorder, RunFiguresRepository figures)
{
    [McpServerTool(Name = "get_trends", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("How one figure moved over a client's ended runs (\"how did our visibility on Perplexity move this month?\"): "
        + "a series per tracked brand on each platform and across all platforms (platform null), each point a run with its "
        + "value, 95 % interval and answers. breaks lists the runs whose setup changed (a new model, other questions, brands "
        + "or samples): values either side of a break are not comparable. Rates are fractions of 1. Series are paged; "
        + "narrow with brand and platform. For one run against the run before it, use get_significant_changes.")]
    public async Task<TrendsResult> GetTrendsAsync(
        RequestContext<CallToolRequestParams> context,
        [Description("The figure: mention_rate (visibility, the default), share_of_voice, average_rank (1 = named first), sentiment "
            + "(-1..1), citation_rate, citation_share, prominence, first_rank_rate_when_mentioned and the other metric names of get_run's figures.")]
        string? metric = null,
        [Description("Only this tracked brand's series (the client's brand or a competitor).")] string? brand = null,
        [Description("Only this platform's series (see platform_status); leaves out the all-platforms series.")] string? platform = null,
        [Description("Which questions: non_branded (default, the headline), branded or all.")] string? segment = null,
        [Description("Only runs that ended at or after this ISO 8601 time, such as 2026-11-01T00:00:00Z.")] string? from = null,
        [Description("Only runs that ended before this ISO 8601 time.")] string? to = null,
        [Description("Only the runs this schedule started (see list_schedules).")] Guid? scheduleId = null,
        [Description("The client; required with the operator key. A client key may leave it out (it means its own client) and sees no other.")] Guid? clientId = null,
        [Description("The latest points to return per series, 1 to 200 (totalPoints says how many there are).")] int maxPoints = 30,
        [Description("Page number, from 1.")] int page = 1,
        [Description("Series per page, 1 to 50.")] int pageSize = 12,
        CancellationToken ct = default)
    {
        var user = context.User();
        var (offset, number, size) = McpCaller.Paging(page, pageSize, 50);
        if (maxPoints is < 1 or > 200)
        {
            throw new McpException("maxPoints: From 1 to 200.");
        }
        var client = clientId ?? user.ClientId() ?? throw new McpException("clientId: The operator key must name the client.");
        if (!user.MaySee(client) || await clients.GetAsync(client, ct) is null)
        {
            throw McpCaller.NotFound("client");
        }
        var errors = new ValidationErrors();
        if (TrendQuery.Read(metric, brand, platform, segment, from, to, scheduleId?.ToString(), errors) is not { } query)
        {
            throw McpCaller.Invalid(errors);
        }
        await recorder.RecordMissingAsync(client, ct);
        var observations = await figures.TrendAsync(
            new TrendFilter(client, query.Metric, query.QuestionType, query.Platform, query.Brand, query.From, query.To, query.ScheduleId), ct);
        var series = TrendBuilder.Build(observations);
        return new TrendsResult(client, query.Metric, query.Segment,
            new McpPage<TrendSeriesSummary>(series.Skip(offset).Take(size).Select(s => TrendSeriesSummary.Of(s, maxPoints)).ToArray(), series.Count, number, size));
    }
}
