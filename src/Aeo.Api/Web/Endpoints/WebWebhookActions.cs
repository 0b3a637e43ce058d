using Aeo.Api.Webhooks;
using Aeo.Storage.Webhooks;
using Microsoft.AspNetCore.Antiforgery;

namespace Aeo.Api.Web.Endpoints;

/// <summary>
/// <c>POST /app/webhooks/{id}/test|delete</c>: the webhook page's buttons, forms with the antiforgery token, doing what
/// <c>POST /api/v1/webhooks/{id}/test</c> and <c>DELETE /api/v1/webhooks/{id}</c> do. Another client's webhook is a 404.
/// </summary>
public static class WebWebhookActions
{
    public static void MapWebhookActions(this RouteGroupBuilder web)
    {
        web.MapPost("/webhooks/{id:guid}/test", TestAsync);
        web.MapPost("/webhooks/{id:guid}/delete", DeleteAsync);
    }

    private static async Task<IResult> TestAsync(
        Guid id, HttpContext http, ClaimsPrincipal user, IAntiforgery antiforgery, WebhookSubscriptionRepository subscriptions,
        IGrainFactory grains, TimeProvider time, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.BadRequest();
        }
        if (await subscriptions.GetAsync(id, ct) is not { } subscription || !user.MaySee(subscription.ClientId))
        {
            return TypedResults.NotFound();
        }
        var done = "test_refused";
        if (subscription.Enabled)
        {
            await WebhookTestPing.SendAsync(subscription, subscriptions, grains, time, ct);
            done = "tested";
        }
        var client = user.IsOperator() ? $"client={subscription.ClientId}&" : "";
        return TypedResults.Redirect($"/webhooks/{id}?{client}done={done}");
    }

    private static async Task<IResult> DeleteAsync(
        Guid id, HttpContext http, ClaimsPrincipal user, IAntiforgery antiforgery, WebhookSubscriptionRepository subscriptions, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.BadRequest();
        }
        if (await subscriptions.GetAsync(id, ct) is not { } subscription || !user.MaySee(subscription.ClientId) || !await subscriptions.DeleteAsync(id, ct))
        {
            return TypedResults.NotFound();
        }
        var client = user.IsOperator() ? $"?client={subscription.ClientId}" : "";
        return TypedResults.Redirect($"/webhooks{client}");
    }
}
