namespace Aeo.Storage.Repositories;

/// <summary>The request each client's idempotency key was first used with, by hash.</summary>
public sealed class IdempotencyKeyRepository(AeoDatabase db)
{
    /// <summary>
    /// Records <paramref name="requestHash"/> for the key unless the key was used before; returns the hash the key is
    /// bound to (the given one, or the first request's). One statement, so concurrent first uses agree on one winner.
    /// </summary>
    public async Task<byte[]> ClaimAsync(Guid clientId, string key, byte[] requestHash, Guid runId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<byte[]>(new CommandDefinition(
            """
            with claimed as (
                insert into audit_idempotency_keys (client_id, key, request_hash, run_id) values (@clientId, @key, @requestHash, @runId)
                on conflict (client_id, key) do nothing
                returning request_hash)
            select request_hash from claimed
            union all
            select request_hash from audit_idempotency_keys where client_id = @clientId and key = @key
            limit 1
            """,
            new { clientId, key, requestHash, runId },
            cancellationToken: ct)) ?? requestHash;
    }

    /// <summary>Forgets keys first used before <paramref name="cutoff"/>.</summary>
    public async Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "delete from audit_idempotency_keys where created_at < @cutoff", new { cutoff }, cancellationToken: ct));
    }
}
