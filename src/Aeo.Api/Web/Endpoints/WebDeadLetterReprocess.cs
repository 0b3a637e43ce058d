using Microsoft.AspNetCore.Antiforgery;

namespace Aeo.Api.Web.Endpoints;

/// <summary>
/// <c>POST /app/runs/{id}/reprocess</c>: the run page's button that asks a run's dead letters again, a form with the
/// antiforgery token. The same rule as the API's reprocess holds (<see cref="ReprocessRule"/>); the outcome is shown on
/// the run page it returns to.
/// </summary>
public static class WebDeadLetterReprocess
{
    public static void MapDeadLetterReprocess(this RouteGroupBuilder web) => web.MapPost("/runs/{id:guid}/reprocess", ReprocessAsync);

    private static async Task<IResult> ReprocessAsync(
        Guid id, HttpContext http, ClaimsPrincipal user, IAntiforgery antiforgery, AuditRunRepository runs, DeadLetterRepository letters,
        IGrainFactory grains, RunStatusCache statuses, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.BadRequest();
        }
        if (await runs.GetAsync(id, ct) is not { } record || !user.MaySee(record.ClientId))
        {
            return TypedResults.NotFound();
        }
        var ids = await letters.IdsOfRunAsync(id, ct);
        var run = grains.GetGrain<IAuditRunGrain>(id);
        var action = ids.Count == 0 ? "none"
            : ReprocessRule.Check(await run.GetStatusAsync()) is { } refusal ? refusal.Action.ToString()
            : (await run.ReprocessAsync(ids.ToArray())).Action.ToString();
        await statuses.RefreshAsync(id);
        return TypedResults.Redirect($"/runs/{id}?reprocessed={action}");
    }
}
