namespace Aeo.Storage.Webhooks;

/// <summary>The <c>webhook_subscriptions</c> rows and the delivery log of each.</summary>
public sealed class WebhookSubscriptionRepository(AeoDatabase db)
{
    // Event type names hold no comma, so the array travels as one comma-separated text.
    private const string Columns = """
        id, client_id as clientid, url, array_to_string(events, ',') as events, format, secret as protectedsecret, enabled, disabled_reason as disabledreason,
        disabled_at as disabledat, consecutive_failures as consecutivefailures, created_at as createdat, updated_at as updatedat
        """;

    public async Task<WebhookSubscription> InsertAsync(Guid id, Guid clientId, WebhookSettings settings, string protectedSecret, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var row = await connection.QuerySingleAsync<Row>(new CommandDefinition(
            $"""
            insert into webhook_subscriptions (id, client_id, url, events, format, secret)
            values (@id, @clientId, @Url, @Events, @Format, @protectedSecret)
            returning {Columns}
            """,
            new { id, clientId, settings.Url, Events = settings.Events.ToArray(), settings.Format, protectedSecret },
            cancellationToken: ct));
        return row.ToSubscription();
    }

    public async Task<WebhookSubscription?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"select {Columns} from webhook_subscriptions where id = @id", new { id }, cancellationToken: ct));
        return row?.ToSubscription();
    }

    /// <summary>Newest first; <paramref name="clientId"/> null lists every client's.</summary>
    public async Task<Page<WebhookSubscription>> ListAsync(Guid? clientId, int offset, int limit, CancellationToken ct)
    {
        const string filter = "(@clientId::uuid is null or client_id = @clientId)";
        await using var connection = await db.OpenAsync(ct);
        var args = new { clientId, offset, limit };
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"select count(*) from webhook_subscriptions where {filter}", args, cancellationToken: ct));
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"select {Columns} from webhook_subscriptions where {filter} order by created_at desc, id offset @offset limit @limit",
            args,
            cancellationToken: ct));
        return new Page<WebhookSubscription>(rows.Select(r => r.ToSubscription()).ToList(), total);
    }

    /// <summary>Replaces url, events and format; an update also re-enables a disabled subscription and clears its failures.</summary>
    public async Task<WebhookSubscription?> UpdateAsync(Guid id, WebhookSettings settings, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"""
            update webhook_subscriptions set url = @Url, events = @Events, format = @Format, enabled = true,
                disabled_reason = null, disabled_at = null, consecutive_failures = 0, updated_at = now()
            where id = @id
            returning {Columns}
            """,
            new { id, settings.Url, Events = settings.Events.ToArray(), settings.Format },
            cancellationToken: ct));
        return row?.ToSubscription();
    }

    /// <summary>Deletes the subscription and its delivery log.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "delete from webhook_subscriptions where id = @id", new { id }, cancellationToken: ct)) == 1;
    }

    /// <summary>The subscription's deliveries, newest first.</summary>
    public async Task<Page<WebhookDeliveryRecord>> DeliveriesAsync(Guid subscriptionId, int offset, int limit, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var args = new { subscriptionId, offset, limit };
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "select count(*) from webhook_deliveries where subscription_id = @subscriptionId", args, cancellationToken: ct));
        var rows = await connection.QueryAsync<DeliveryRow>(new CommandDefinition(
            """
            select d.id, d.event_id as eventid, e.type, d.outcome, d.attempts, d.last_status_code as laststatuscode,
                   d.last_duration_ms as lastdurationms, d.last_error as lasterror, d.next_attempt_at as nextattemptat,
                   d.created_at as createdat, d.ended_at as endedat
            from webhook_deliveries d join webhook_events e on e.id = d.event_id
            where d.subscription_id = @subscriptionId
            order by d.created_at desc, d.id desc offset @offset limit @limit
            """,
            args,
            cancellationToken: ct));
        return new Page<WebhookDeliveryRecord>(rows.Select(r => r.ToRecord()).ToList(), total);
    }

    /// <summary>Writes a test ping for one subscription, in a transaction of its own.</summary>
    public async Task EnqueueTestAsync(WebhookEvent ping, Guid subscriptionId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await WebhookOutbox.EnqueueForAsync(connection, null, ping, subscriptionId, ct);
    }

    private sealed record Row(
        Guid Id, Guid ClientId, string Url, string Events, string Format, string ProtectedSecret, bool Enabled,
        string? DisabledReason, DateTime? DisabledAt, int ConsecutiveFailures, DateTime CreatedAt, DateTime UpdatedAt)
    {
        public WebhookSubscription ToSubscription() => new(
            Id, ClientId, Url, Events.Split(',', StringSplitOptions.RemoveEmptyEntries), Format, ProtectedSecret, Enabled, DisabledReason, Utc.Of(DisabledAt), ConsecutiveFailures,
            Utc.Of(CreatedAt), Utc.Of(UpdatedAt));
    }

    private sealed record DeliveryRow(
        long Id, Guid EventId, string Type, string Outcome, int Attempts, int? LastStatusCode, int? LastDurationMs,
        string? LastError, DateTime? NextAttemptAt, DateTime CreatedAt, DateTime? EndedAt)
    {
        public WebhookDeliveryRecord ToRecord() => new(
            Id, EventId, Type, Outcome, Attempts, LastStatusCode, LastDurationMs, LastError, Utc.Of(NextAttemptAt),
            Utc.Of(CreatedAt), Utc.Of(EndedAt));
    }
}
