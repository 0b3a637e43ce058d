using Aeo.Storage.Webhooks;

namespace Aeo.Api.Webhooks;

/// <summary>
/// A client's webhook subscriptions: create (the signing secret is in this response only), list, get, replace, delete,
/// the delivery log, and a test ping sent through the same outbox as every event. A client key sees its own
/// subscriptions only (another client's is a 404); the operator names the client.
/// </summary>
public static class WebhookEndpoints
{
    public static void MapWebhookEndpoints(this RouteGroupBuilder api)
    {
        var webhooks = api.MapGroup("/webhooks").WithTags("Webhooks");
        webhooks.MapPost("/", CreateAsync).DocumentsBody<WebhookRequest>();
        webhooks.MapGet("/", ListAsync);
        webhooks.MapGet("/{id:guid}", GetAsync);
        webhooks.MapPut("/{id:guid}", UpdateAsync).DocumentsBody<WebhookRequest>();
        webhooks.MapDelete("/{id:guid}", DeleteAsync);
        webhooks.MapGet("/{id:guid}/deliveries", DeliveriesAsync);
        webhooks.MapPost("/{id:guid}/test", TestAsync);
    }

    private static async Task<Results<Created<CreatedWebhookResponse>, ValidationProblem>> CreateAsync(
        HttpRequest http, ClaimsPrincipal user, ClientRepository clients, WebhookSubscriptionRepository subscriptions,
        WebhookUrlPolicy policy, WebhookSecrets secrets, CancellationToken ct)
    {
        var (request, error) = await JsonBody.ReadAsync<WebhookRequest>(http);
        if (error is not null)
        {
            return error;
        }
        var errors = new ValidationErrors();
        var settings = await WebhookRequestValidator.ValidateAsync(request!, policy, errors, ct);
        var clientId = await RequestedClient.ResolveAsync(user, request!.ClientId, clients, errors, "webhook", "subscribes to webhooks", ct);
        if (errors.Any)
        {
            return errors.ToResult();
        }
        var secret = WebhookSigner.NewSecret();
        var created = await subscriptions.InsertAsync(Guid.CreateVersion7(), clientId!.Value, settings!, secrets.Protect(secret), ct);
        return TypedResults.Created($"/api/v1/webhooks/{created.Id}", WebhookMapping.ToCreated(created, secret));
    }

    private static async Task<Results<Ok<PageResponse<WebhookResponse>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, WebhookSubscriptionRepository subscriptions, Guid? clientId, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (!user.IsOperator() && clientId is { } named && named != user.ClientId())
        {
            errors.Add("clientId", "A client key lists its own webhooks only; leave the filter out.");
        }
        if (!Paging.TryRead(page, pageSize, errors, out var paging) || errors.Any)
        {
            return errors.ToResult();
        }
        var found = await subscriptions.ListAsync(user.IsOperator() ? clientId : user.ClientId(), paging.Offset, paging.PageSize, ct);
        return TypedResults.Ok(paging.Of(found.Items.Select(WebhookMapping.ToResponse), found.Total));
    }

    private static async Task<Results<Ok<WebhookResponse>, NotFoundProblem>> GetAsync(
        Guid id, ClaimsPrincipal user, WebhookSubscriptionRepository subscriptions, CancellationToken ct) =>
        await VisibleAsync(id, user, subscriptions, ct) is { } subscription
            ? TypedResults.Ok(WebhookMapping.ToResponse(subscription))
            : Problems.NotFound("webhook");

    /// <summary>Replaces url, events and format (the secret stays); a disabled subscription is enabled again.</summary>
    private static async Task<Results<Ok<WebhookResponse>, NotFoundProblem, ValidationProblem>> UpdateAsync(
        Guid id, HttpRequest http, ClaimsPrincipal user, WebhookSubscriptionRepository subscriptions, WebhookUrlPolicy policy,
        CancellationToken ct)
    {
        if (await VisibleAsync(id, user, subscriptions, ct) is not { } current)
        {
            return Problems.NotFound("webhook");
        }
        var (request, error) = await JsonBody.ReadAsync<WebhookRequest>(http);
        if (error is not null)
        {
            return error;
        }
        var errors = new ValidationErrors();
        var settings = await WebhookRequestValidator.ValidateAsync(request!, policy, errors, ct);
        if (request!.ClientId is { } named && named != current.ClientId)
        {
            errors.Add("clientId", "A webhook stays with its client; leave the field out.");
        }
        if (errors.Any)
        {
            return errors.ToResult();
        }
        var updated = await subscriptions.UpdateAsync(id, settings!, ct);
        return updated is null ? Problems.NotFound("webhook") : TypedResults.Ok(WebhookMapping.ToResponse(updated));
    }

    private static async Task<Results<NoContent, NotFoundProblem>> DeleteAsync(
        Guid id, ClaimsPrincipal user, WebhookSubscriptionRepository subscriptions, CancellationToken ct) =>
        await VisibleAsync(id, user, subscriptions, ct) is not null && await subscriptions.DeleteAsync(id, ct)
            ? TypedResults.NoContent()
            : Problems.NotFound("webhook");

    private static async Task<Results<Ok<PageResponse<WebhookDeliveryResponse>>, ValidationProblem, NotFoundProblem>> DeliveriesAsync(
        Guid id, ClaimsPrincipal user, WebhookSubscriptionRepository subscriptions, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (!Paging.TryRead(page, pageSize, errors, out var paging))
        {
            return errors.ToResult();
        }
        if (await VisibleAsync(id, user, subscriptions, ct) is null)
        {
            return Problems.NotFound("webhook");
        }
        var found = await subscriptions.DeliveriesAsync(id, paging.Offset, paging.PageSize, ct);
        return TypedResults.Ok(paging.Of(found.Items.Select(WebhookMapping.ToResponse), found.Total));
    }

    /// <summary>Queues a <c>webhook.test</c> ping for this subscription alone: 202, then it is delivered like any event.</summary>
    private static async Task<Results<Accepted<WebhookTestResponse>, NotFoundProblem, ConflictProblem>> TestAsync(
        Guid id, ClaimsPrincipal user, WebhookSubscriptionRepository subscriptions, IGrainFactory grains, TimeProvider time, CancellationToken ct)
    {
        if (await VisibleAsync(id, user, subscriptions, ct) is not { } subscription)
        {
            return Problems.NotFound("webhook");
        }
        if (!subscription.Enabled)
        {
            return Problems.Conflict($"The webhook is disabled ({subscription.DisabledReason}); replace it with PUT to enable it again.");
        }
        var ping = await WebhookTestPing.SendAsync(subscription, subscriptions, grains, time, ct);
        return TypedResults.Accepted($"/api/v1/webhooks/{id}/deliveries", new WebhookTestResponse(ping.Id, ping.Type));
    }

    private static async Task<WebhookSubscription?> VisibleAsync(
        Guid id, ClaimsPrincipal user, WebhookSubscriptionRepository subscriptions, CancellationToken ct) =>
        await subscriptions.GetAsync(id, ct) is { } subscription && user.MaySee(subscription.ClientId) ? subscription : null;
}
