namespace Aeo.Storage.Repositories;

/// <summary>One of a client's API keys, by id: the key itself is never stored, only its SHA-256.</summary>
public sealed record ClientKeyRecord(Guid Id, Guid ClientId, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>The key a presented hash belongs to: a live key of a client that is not being deleted.</summary>
public sealed record ClientKeyOwner(Guid ClientId, Guid KeyId);

/// <summary>What issuing a key came to.</summary>
public enum KeyIssueResult
{
    Issued,

    /// <summary>The client already holds as many live keys as allowed: one must be revoked first.</summary>
    LimitReached,

    NoSuchClient,
}

/// <summary>The <c>client_api_keys</c> rows: issuing, revoking and looking up keys by their hash.</summary>
public sealed class ClientKeyRepository(AeoDatabase db)
{
    /// <summary>
    /// Stores a new key for the client unless it already holds <paramref name="maxLive"/> live keys. The client's row is
    /// locked meanwhile, so two keys issued at once cannot both slip under the limit.
    /// </summary>
    public async Task<(KeyIssueResult Result, ClientKeyRecord? Key)> IssueAsync(
        Guid clientId, byte[] keyHash, DateTimeOffset now, int maxLive, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var locked = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            "select id from clients where id = @clientId and deleted_at is null for update",
            new { clientId },
            transaction,
            cancellationToken: ct));
        if (locked is null)
        {
            return (KeyIssueResult.NoSuchClient, null);
        }
        var live = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "select count(*) from client_api_keys where client_id = @clientId and revoked_at is null",
            new { clientId },
            transaction,
            cancellationToken: ct));
        if (live >= maxLive)
        {
            return (KeyIssueResult.LimitReached, null);
        }
        var key = new ClientKeyRecord(Guid.CreateVersion7(), clientId, now, null);
        await connection.ExecuteAsync(new CommandDefinition(
            "insert into client_api_keys (id, client_id, key_hash, created_at) values (@Id, @ClientId, @hash, @CreatedAt)",
            new { key.Id, key.ClientId, hash = keyHash, key.CreatedAt },
            transaction,
            cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return (KeyIssueResult.Issued, key);
    }

    /// <summary>Revokes one of the client's keys; revoking it again changes nothing.</summary>
    /// <returns>Whether the client has a key with that id.</returns>
    public async Task<bool> RevokeAsync(Guid clientId, Guid keyId, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            update client_api_keys set revoked_at = coalesce(revoked_at, @now)
            where id = @keyId and client_id = @clientId
              and exists (select 1 from clients c where c.id = @clientId and c.deleted_at is null)
            """,
            new { clientId, keyId, now },
            cancellationToken: ct)) == 1;
    }

    /// <summary>The live keys of each client given, oldest first.</summary>
    public async Task<ILookup<Guid, ClientKeyRecord>> LiveKeysAsync(IReadOnlyCollection<Guid> clientIds, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<KeyRow>(new CommandDefinition(
            """
            select id, client_id as clientid, created_at as createdat, revoked_at as revokedat from client_api_keys
            where client_id = any(@ids) and revoked_at is null
            order by created_at, id
            """,
            new { ids = clientIds.ToArray() },
            cancellationToken: ct));
        return rows.Select(r => r.ToRecord()).ToLookup(k => k.ClientId);
    }

    /// <summary>Whose live key has this hash; null for an unknown or revoked key, or a client being deleted.</summary>
    public async Task<ClientKeyOwner?> FindByHashAsync(byte[] keyHash, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<ClientKeyOwner>(new CommandDefinition(
            """
            select k.client_id as clientid, k.id as keyid from client_api_keys k join clients c on c.id = k.client_id
            where k.key_hash = @keyHash and k.revoked_at is null and c.deleted_at is null
            """,
            new { keyHash },
            cancellationToken: ct));
    }

    private sealed record KeyRow(Guid Id, Guid ClientId, DateTime CreatedAt, DateTime? RevokedAt)
    {
        public ClientKeyRecord ToRecord() => new(Id, ClientId, Utc.Of(CreatedAt), Utc.Of(RevokedAt));
    }
}
