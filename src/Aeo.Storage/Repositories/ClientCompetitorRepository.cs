namespace Aeo.Storage.Repositories;

/// <summary>Adds one competitor to a client, with the client's row locked so two additions at once cannot both pass the checks.</summary>
public sealed class ClientCompetitorRepository(AeoDatabase db, ClientRepository clients)
{
    /// <param name="refuse">Why the client as stored cannot take the competitor (already tracked, too many), or null to add it.</param>
    public async Task<CompetitorAddition> AddAsync(
        Guid clientId, BrandSpec competitor, Func<BrandSpec, BrandSpec[], string?> refuse, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<(string Brand, string Competitors)>(new CommandDefinition(
            "select brand::text, competitors::text from clients where id = @clientId and deleted_at is null for update",
            new { clientId },
            transaction,
            cancellationToken: ct));
        if (row.Brand is null)
        {
            return new CompetitorAddition.NotFound();
        }

        var brand = StorageJson.Read<BrandSpec>(row.Brand);
        var competitors = StorageJson.Read<BrandSpec[]>(row.Competitors);
        if (refuse(brand, competitors) is { } reason)
        {
            return new CompetitorAddition.Refused(reason);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "update clients set competitors = @competitors::jsonb, updated_at = @now where id = @clientId",
            new { clientId, competitors = StorageJson.Write(competitors.Append(competitor).ToArray()), now },
            transaction,
            cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return await clients.GetAsync(clientId, ct) is { } updated ? new CompetitorAddition.Added(updated) : new CompetitorAddition.NotFound();
    }
}

/// <summary>What adding a competitor came to.</summary>
public abstract record CompetitorAddition
{
    public sealed record Added(ClientRecord Client) : CompetitorAddition;

    public sealed record Refused(string Reason) : CompetitorAddition;

    public sealed record NotFound : CompetitorAddition;
}
