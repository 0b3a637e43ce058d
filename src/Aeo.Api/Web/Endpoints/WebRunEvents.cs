namespace Aeo.Api.Web.Endpoints;

/// <summary>
/// <c>GET /app/runs/{id}/events</c>: the run's server-sent events (<see cref="AuditEventStream"/>) for the run page,
/// on the session cookie, since a browser's EventSource cannot send an API key. The session is checked again every
/// <see cref="WebSession.RecheckEvery"/> while the stream is open, and the stream takes one of the session's places at
/// the <see cref="EventStreamGate"/>, like a key's stream does.
/// </summary>
public static class WebRunEvents
{
    public static void MapRunEvents(this RouteGroupBuilder web) => web.MapGet("/runs/{id:guid}/events", EventsAsync);

    private static async Task<IResult> EventsAsync(
        Guid id, ClaimsPrincipal user, HttpContext http, IGrainFactory grains, EventStreamGate gate, TimeProvider time)
    {
        var run = grains.GetGrain<IAuditRunGrain>(id);
        if (await run.GetStatusAsync() is not { } view || !user.MaySee(view.ClientId))
        {
            return TypedResults.NotFound();
        }
        if (gate.TryEnter(WebSession.StreamHolder(user)) is not { } place)
        {
            http.Response.Headers.RetryAfter = "5";
            return TypedResults.StatusCode(StatusCodes.Status429TooManyRequests);
        }
        var services = http.RequestServices;
        var checkedAt = time.GetUtcNow();
        return new AuditEventStream(run, view, place, async ct =>
        {
            if (time.GetUtcNow() - checkedAt < WebSession.RecheckEvery)
            {
                return true;
            }
            checkedAt = time.GetUtcNow();
            return await WebSession.StillValidAsync(user, services, ct);
        });
    }
}
