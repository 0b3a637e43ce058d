namespace Aeo.Api.Trends;

public static class TrendEndpoints
{
    public static void MapTrendEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/clients/{id:guid}/trends", TrendsAsync).WithTags("Trends");

    /// <summary>Series from the figures each run stored when it ended (<see cref="TrendSeriesReader"/>).</summary>
    private static async Task<Results<Ok<TrendsResponse>, ValidationProblem, NotFoundProblem>> TrendsAsync(
        Guid id, ClaimsPrincipal user, ClientRepository clients, TrendSeriesReader series,
        string? metric, string? brand, string? platform, string? segment, string? from, string? to, string? scheduleId, CancellationToken ct)
    {
        if (!user.MaySee(id) || await clients.GetAsync(id, ct) is null)
        {
            return Problems.NotFound("client");
        }
        var errors = new ValidationErrors();
        if (TrendQuery.Read(metric, brand, platform, segment, from, to, scheduleId, errors) is not { } query)
        {
            return errors.ToResult();
        }
        return TypedResults.Ok(new TrendsResponse(
            id, query.Metric, query.Segment, query.From, query.To, query.ScheduleId, await series.ReadAsync(id, query, ct)));
    }
}
