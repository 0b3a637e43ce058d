namespace Aeo.Storage.Webhooks;

/// <summary>
/// Writes webhook events into the outbox inside the caller's transaction, so an event exists exactly when the fact it
/// reports was committed. The same statement fans the event out in SQL: one delivery row, due at once, per enabled
/// subscription of the event's client that asked for its type. An event whose id is stored already changes nothing.
/// Commit, then poke the dispatcher (<c>IWebhookDispatcherGrain.PokeAsync</c>) so it is sent without waiting for a tick.
/// </summary>
public static class WebhookOutbox
{
    /// <returns>The deliveries the event fanned out to (0 when no subscription wants it, or it was stored already).</returns>
    public static Task<int> EnqueueAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, WebhookEvent e, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            with event as (
                insert into webhook_events (id, client_id, type, summary, data, occurred_at)
                values (@Id, @ClientId, @Type, @Summary, @Data::jsonb, @OccurredAt)
                on conflict (id) do nothing
                returning id, client_id, type
            )
            insert into webhook_deliveries (event_id, subscription_id, next_attempt_at)
            select event.id, s.id, now()
            from event join webhook_subscriptions s on s.client_id = event.client_id
            where s.enabled and event.type = any (s.events)
            on conflict (event_id, subscription_id) do nothing
            """,
            Parameters(e),
            transaction,
            cancellationToken: ct));

    /// <summary>Writes <paramref name="e"/> (a test ping) for one subscription only, whatever it subscribed to.</summary>
    public static Task<int> EnqueueForAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, WebhookEvent e, Guid subscriptionId, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            with event as (
                insert into webhook_events (id, client_id, type, summary, data, occurred_at)
                values (@Id, @ClientId, @Type, @Summary, @Data::jsonb, @OccurredAt)
                on conflict (id) do nothing
                returning id, client_id
            )
            insert into webhook_deliveries (event_id, subscription_id, next_attempt_at)
            select event.id, s.id, now()
            from event join webhook_subscriptions s on s.client_id = event.client_id
            where s.id = @subscriptionId
            on conflict (event_id, subscription_id) do nothing
            """,
            new { e.Id, e.ClientId, e.Type, e.Summary, Data = StorageJson.Write(e.Data), e.OccurredAt, subscriptionId },
            transaction,
            cancellationToken: ct));

    private static object Parameters(WebhookEvent e) =>
        new { e.Id, e.ClientId, e.Type, e.Summary, Data = StorageJson.Write(e.Data), e.OccurredAt };
}
