namespace Aeo.Storage.Webhooks;

/// <summary>
/// The dispatcher's side of <c>webhook_deliveries</c>: claiming due deliveries under a lease (rows locked by another
/// claimer are skipped, and a leased row is not due until its lease runs out, so two silos never send the same attempt
/// at once; a silo that dies holding a lease only delays that attempt), and recording what each attempt gave.
/// </summary>
public sealed class WebhookDeliveryQueue(AeoDatabase db)
{
    /// <summary>Leases up to <paramref name="limit"/> due deliveries of enabled subscriptions for <paramref name="lease"/>.</summary>
    public async Task<IReadOnlyList<DueDelivery>> ClaimDueAsync(int limit, TimeSpan lease, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<DueRow>(new CommandDefinition(
            """
            with due as (
                select d.id from webhook_deliveries d join webhook_subscriptions s on s.id = d.subscription_id
                where d.outcome = 'pending' and d.next_attempt_at <= now() and (d.lease_until is null or d.lease_until < now())
                      and s.enabled
                order by d.next_attempt_at, d.id
                limit @limit
                for update of d skip locked
            )
            update webhook_deliveries d set lease_until = now() + @lease
            from due, webhook_events e, webhook_subscriptions s
            where d.id = due.id and e.id = d.event_id and s.id = d.subscription_id
            returning d.id, d.lease_until as leaseuntil, d.attempts, d.created_at as createdat, e.id as eventid, e.type,
                      e.summary, e.data::text as data, e.occurred_at as occurredat, s.id as subscriptionid, s.url, s.format,
                      s.secret as protectedsecret
            """,
            new { limit, lease },
            cancellationToken: ct));
        return rows.Select(r => r.ToDelivery()).ToList();
    }

    /// <summary>
    /// Records one attempt of a leased delivery: delivered, to be retried at <see cref="AttemptResult.NextAttemptAt"/>, or
    /// failed for good. A failed attempt counts against its subscription, which is disabled (its pending deliveries
    /// abandoned) once <paramref name="disableAfter"/> attempts in a row failed; a delivered one resets the count.
    /// Nothing is written when the lease was lost (it ran out and another claimer has the row).
    /// </summary>
    public async Task<RecordedAttempt> RecordAsync(DueDelivery delivery, AttemptResult result, int disableAfter, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            """
            update webhook_deliveries set
                outcome = @Outcome, attempts = attempts + 1, lease_until = null, next_attempt_at = @NextAttemptAt,
                last_status_code = @StatusCode, last_duration_ms = @DurationMs, last_error = @Error,
                ended_at = case when @Outcome = 'pending' then null else now() end
            where id = @id and lease_until = @leaseUntil and outcome = 'pending'
            """,
            new
            {
                id = delivery.Id,
                leaseUntil = delivery.LeaseUntil,
                result.Outcome,
                result.NextAttemptAt,
                result.StatusCode,
                result.DurationMs,
                result.Error,
            },
            tx,
            cancellationToken: ct));
        if (updated == 0)
        {
            await tx.RollbackAsync(ct);
            return new RecordedAttempt(false, false);
        }

        var disabled = false;
        if (result.Outcome == WebhookDeliveryOutcomes.Delivered)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "update webhook_subscriptions set consecutive_failures = 0 where id = @id and consecutive_failures <> 0",
                new { id = delivery.SubscriptionId }, tx, cancellationToken: ct));
        }
        else
        {
            var reason = $"Disabled after {disableAfter} failed delivery attempts in a row; the last: {result.Error}";
            disabled = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                """
                update webhook_subscriptions set
                    consecutive_failures = consecutive_failures + 1,
                    enabled = enabled and consecutive_failures + 1 < @disableAfter,
                    disabled_reason = case when enabled and consecutive_failures + 1 >= @disableAfter then @reason else disabled_reason end,
                    disabled_at = case when enabled and consecutive_failures + 1 >= @disableAfter then now() else disabled_at end,
                    updated_at = now()
                where id = @id
                returning not enabled and disabled_at = now()
                """,
                new { id = delivery.SubscriptionId, disableAfter, reason }, tx, cancellationToken: ct));
            if (disabled)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    update webhook_deliveries set outcome = 'abandoned', lease_until = null, next_attempt_at = null, ended_at = now()
                    where subscription_id = @id and outcome = 'pending'
                    """,
                    new { id = delivery.SubscriptionId }, tx, cancellationToken: ct));
            }
        }
        await tx.CommitAsync(ct);
        return new RecordedAttempt(true, disabled);
    }

    private sealed record DueRow(
        long Id, DateTime LeaseUntil, int Attempts, DateTime CreatedAt, Guid EventId, string Type, string Summary, string Data,
        DateTime OccurredAt, Guid SubscriptionId, string Url, string Format, string ProtectedSecret)
    {
        public DueDelivery ToDelivery() => new(
            Id, LeaseUntil, Attempts, Utc.Of(CreatedAt), EventId, Type, Summary, Data, Utc.Of(OccurredAt), SubscriptionId, Url, Format,
            ProtectedSecret);
    }
}

/// <summary>A leased delivery: the event (its data as stored JSON) and where and how to send it.</summary>
/// <param name="LeaseUntil">The lease as stored: recording an attempt requires it unchanged.</param>
/// <param name="Attempts">Attempts made before this one.</param>
public sealed record DueDelivery(
    long Id,
    DateTime LeaseUntil,
    int Attempts,
    DateTimeOffset CreatedAt,
    Guid EventId,
    string Type,
    string Summary,
    string Data,
    DateTimeOffset OccurredAt,
    Guid SubscriptionId,
    string Url,
    string Format,
    string ProtectedSecret);

/// <summary>What one attempt gave and what follows: <see cref="Outcome"/> pending (retry), delivered or failed.</summary>
public sealed record AttemptResult(string Outcome, int? StatusCode, int DurationMs, string? Error, DateTimeOffset? NextAttemptAt);

/// <param name="Recorded">False when the lease was lost and nothing was written.</param>
/// <param name="Disabled">This attempt disabled the subscription.</param>
public sealed record RecordedAttempt(bool Recorded, bool Disabled);
