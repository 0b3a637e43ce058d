using Microsoft.AspNetCore.Antiforgery;

namespace Aeo.Api.Web.Endpoints;

/// <summary>
/// <c>POST /app/platforms/{name}/breaker/reset</c>: the platforms page's button, for the operator only, a form with the
/// antiforgery token. It closes the platform's breaker and lifts its pause, as the API's route of the same name does.
/// </summary>
public static class WebPlatformActions
{
    public static void MapPlatformActions(this RouteGroupBuilder web) => web.MapPost("/platforms/{name}/breaker/reset", ResetAsync);

    private static async Task<IResult> ResetAsync(
        string name, HttpContext http, ClaimsPrincipal user, IAntiforgery antiforgery, IAnswerEngineRegistry registry, IGrainFactory grains)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.BadRequest();
        }
        if (!user.IsOperator() || registry.Platforms.FirstOrDefault(p => p.Name == name) is not { } descriptor)
        {
            return TypedResults.NotFound();
        }
        await grains.GetGrain<IPlatformGrain>(descriptor.Name).ResetBreakerAsync();
        return TypedResults.Redirect($"/platforms?reset={Uri.EscapeDataString(descriptor.Name)}");
    }
}
