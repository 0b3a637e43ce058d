namespace Aeo.Storage.Repositories;

/// <param name="CreatedAt">When the client was created; listings are newest first by it.</param>
public sealed record ClientRecord(
    Guid Id, string Name, string Industry, BrandSpec Brand, BrandSpec[] Competitors, DateTimeOffset CreatedAt)
{
    /// <summary>When its brand, competitors, name or industry last changed; null if never.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>
/// The <c>clients</c> rows. A client being deleted (<c>deleted_at</c> set) is found by nothing here but the deletion
/// itself (<see cref="ClientDeletionRepository"/>), so it can start nothing new.
/// </summary>
public sealed class ClientRepository(AeoDatabase db)
{
    private const string Columns = """
        id, name, industry, brand::text as brand, competitors::text as competitors, created_at as createdat, updated_at as updatedat
        """;

    /// <summary>Stores a new client with its first key (held only as <paramref name="apiKeyHash"/>).</summary>
    /// <returns>The first key.</returns>
    public async Task<ClientKeyRecord> CreateAsync(ClientRecord client, byte[] apiKeyHash, CancellationToken ct)
    {
        var key = new ClientKeyRecord(Guid.CreateVersion7(), client.Id, client.CreatedAt, null);
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into clients (id, name, industry, brand, competitors, created_at)
            values (@Id, @Name, @Industry, @Brand::jsonb, @Competitors::jsonb, @CreatedAt)
            """,
            new
            {
                client.Id,
                client.Name,
                client.Industry,
                Brand = StorageJson.Write(client.Brand),
                Competitors = StorageJson.Write(client.Competitors),
                client.CreatedAt,
            },
            transaction,
            cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            "insert into client_api_keys (id, client_id, key_hash, created_at) values (@Id, @ClientId, @hash, @CreatedAt)",
            new { key.Id, key.ClientId, hash = apiKeyHash, key.CreatedAt },
            transaction,
            cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return key;
    }

    public async Task<ClientRecord?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<ClientRow>(new CommandDefinition(
            $"select {Columns} from clients where id = @id and deleted_at is null", new { id }, cancellationToken: ct));
        return row?.ToRecord();
    }

    /// <summary>Newest first.</summary>
    public async Task<Page<ClientRecord>> ListAsync(int offset, int limit, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "select count(*) from clients where deleted_at is null", cancellationToken: ct));
        var rows = await connection.QueryAsync<ClientRow>(new CommandDefinition(
            $"select {Columns} from clients where deleted_at is null order by created_at desc, id offset @offset limit @limit",
            new { offset, limit },
            cancellationToken: ct));
        return new Page<ClientRecord>(rows.Select(r => r.ToRecord()).ToList(), total);
    }

    /// <summary>Replaces what a client tracks; runs already started keep the snapshot they started with.</summary>
    /// <returns>The client as it is now; null when there is no such client.</returns>
    public async Task<ClientRecord?> UpdateAsync(
        Guid id, string name, string industry, BrandSpec brand, BrandSpec[] competitors, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<ClientRow>(new CommandDefinition(
            $"""
            update clients set name = @name, industry = @industry, brand = @brand::jsonb, competitors = @competitors::jsonb, updated_at = @now
            where id = @id and deleted_at is null
            returning {Columns}
            """,
            new { id, name, industry, brand = StorageJson.Write(brand), competitors = StorageJson.Write(competitors), now },
            cancellationToken: ct));
        return row?.ToRecord();
    }

    private sealed record ClientRow(Guid Id, string Name, string Industry, string Brand, string Competitors, DateTime CreatedAt, DateTime? UpdatedAt)
    {
        public ClientRecord ToRecord() => new(
            Id,
            Name,
            Industry,
            StorageJson.Read<BrandSpec>(Brand),
            StorageJson.Read<BrandSpec[]>(Competitors),
            Utc.Of(CreatedAt))
        {
            UpdatedAt = Utc.Of(UpdatedAt),
        };
    }
}
