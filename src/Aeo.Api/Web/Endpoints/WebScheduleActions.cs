using Microsoft.AspNetCore.Antiforgery;

namespace Aeo.Api.Web.Endpoints;

/// <summary>
/// <c>POST /app/schedules/{id}/pause|resume|trigger</c>: the schedule page's buttons, forms with the antiforgery token,
/// doing what the API's routes of the same names do (<see cref="IScheduleGrain"/>). Another client's schedule is a 404;
/// the outcome is shown on the schedule page they return to.
/// </summary>
public static class WebScheduleActions
{
    public static void MapScheduleActions(this RouteGroupBuilder web)
    {
        web.MapPost("/schedules/{id:guid}/pause", (Guid id, HttpContext http, ClaimsPrincipal user, IAntiforgery antiforgery, ScheduleRepository schedules, IGrainFactory grains, CancellationToken ct) =>
            ActAsync(id, http, user, antiforgery, schedules, ct, async () => await grains.GetGrain<IScheduleGrain>(id).PauseAsync() is null ? null : "paused"));
        web.MapPost("/schedules/{id:guid}/resume", (Guid id, HttpContext http, ClaimsPrincipal user, IAntiforgery antiforgery, ScheduleRepository schedules, IGrainFactory grains, CancellationToken ct) =>
            ActAsync(id, http, user, antiforgery, schedules, ct, async () => await grains.GetGrain<IScheduleGrain>(id).ResumeAsync() is null ? null : "resumed"));
        web.MapPost("/schedules/{id:guid}/trigger", (Guid id, HttpContext http, ClaimsPrincipal user, IAntiforgery antiforgery, ScheduleRepository schedules, IGrainFactory grains, CancellationToken ct) =>
            ActAsync(id, http, user, antiforgery, schedules, ct, async () => await grains.GetGrain<IScheduleGrain>(id).TriggerAsync() switch
            {
                null => null,
                { AuditRunId: not null } => "triggered",
                _ => "trigger_failed",
            }));
    }

    /// <param name="act">The change; returns what happened, or null when the schedule is gone.</param>
    private static async Task<IResult> ActAsync(
        Guid id, HttpContext http, ClaimsPrincipal user, IAntiforgery antiforgery, ScheduleRepository schedules, CancellationToken ct, Func<Task<string?>> act)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.BadRequest();
        }
        if (await schedules.GetAsync(id, ct) is not { } schedule || !user.MaySee(schedule.ClientId) || await act() is not { } done)
        {
            return TypedResults.NotFound();
        }
        var client = user.IsOperator() ? $"client={schedule.ClientId}&" : "";
        return TypedResults.Redirect($"/schedules/{id}?{client}done={done}");
    }
}
