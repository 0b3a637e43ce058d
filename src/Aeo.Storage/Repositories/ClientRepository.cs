using Aeo.Abstractions.Audits;
using Dapper;

namespace Aeo.Storage.Repositories;

public sealed record ClientRecord(
    Guid Id, string Name, string Industry, BrandSpec Brand, BrandSpec[] Competitors, DateTimeOffset CreatedAt);

public sealed class ClientRepository(AeoDatabase db)
{
    public async Task CreateAsync(ClientRecord client, byte[] apiKeyHash, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into clients (id, name, industry, brand, competitors, api_key_hash, created_at)
            values (@Id, @Name, @Industry, @Brand::jsonb, @Competitors::jsonb, @ApiKeyHash, @CreatedAt)
            """,
            new
            {
                client.Id,
                client.Name,
                client.Industry,
                Brand = StorageJson.Write(client.Brand),
                Competitors = StorageJson.Write(client.Competitors),
                ApiKeyHash = apiKeyHash,
                client.CreatedAt,
            },
            cancellationToken: ct));
    }

    public async Task<ClientRecord?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<ClientRow>(new CommandDefinition(
            "select id, name, industry, brand::text as brand, competitors::text as competitors, created_at as createdat from clients where id = @id",
            new { id },
            cancellationToken: ct));
        return row?.ToRecord();
    }

    public async Task<Guid?> FindIdByKeyHashAsync(byte[] apiKeyHash, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            "select id from clients where api_key_hash = @apiKeyHash",
            new { apiKeyHash },
            cancellationToken: ct));
    }

    private sealed record ClientRow(Guid Id, string Name, string Industry, string Brand, string Competitors, DateTime CreatedAt)
    {
        public ClientRecord ToRecord() => new(
            Id,
            Name,
            Industry,
            StorageJson.Read<BrandSpec>(Brand),
            StorageJson.Read<BrandSpec[]>(Competitors),
            Utc.Of(CreatedAt));
    }
}
