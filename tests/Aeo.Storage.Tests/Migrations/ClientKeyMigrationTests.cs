using System.Security.Cryptography;
using Aeo.Storage.Migrations;

namespace Aeo.Storage.Tests.Migrations;

public sealed class ClientKeyMigrationTests
{
    private const int KeysMigration = 10;

    [Fact]
    public async Task A_key_stored_before_keys_had_a_table_of_their_own_keeps_working()
    {
        var cs = await PostgresTestServer.CreateEmptyDatabaseAsync();
        var migrations = Migration.LoadEmbedded();
        await MigrationRunner.ApplyAsync(cs, migrations.Where(m => m.Version < KeysMigration).ToList(), NullLogger.Instance, CancellationToken.None);
        var clientId = Guid.NewGuid();
        var hash = RandomNumberGenerator.GetBytes(32);
        var createdAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        await using (var conn = new NpgsqlConnection(cs))
        {
            await conn.ExecuteAsync(
                "insert into clients (id, name, industry, brand, api_key_hash, created_at) values (@clientId, 'Old', 'CRM', '{\"name\":\"Old\",\"aliases\":[],\"domains\":[]}'::jsonb, @hash, @createdAt)",
                new { clientId, hash, createdAt });
        }

        await MigrationRunner.ApplyAsync(cs, migrations, NullLogger.Instance, CancellationToken.None);

        await using var database = new AeoDatabase(cs);
        var keys = new ClientKeyRepository(database);
        var owner = await keys.FindByHashAsync(hash, CancellationToken.None);
        Assert.NotNull(owner);
        Assert.Equal(clientId, owner.ClientId);
        var live = Assert.Single((await keys.LiveKeysAsync([clientId], CancellationToken.None))[clientId]);
        Assert.Equal(owner.KeyId, live.Id);
        Assert.Equal(createdAt, live.CreatedAt);
        Assert.Null(await keys.FindByHashAsync(RandomNumberGenerator.GetBytes(32), CancellationToken.None));

        await using var check = new NpgsqlConnection(cs);
        Assert.Equal(0, await check.ExecuteScalarAsync<int>(
            "select count(*)::int from information_schema.columns where table_name = 'clients' and column_name = 'api_key_hash'"));
    }

    [Fact]
    public async Task A_client_holds_at_most_the_live_keys_allowed_and_a_revoked_key_is_not_found()
    {
        await using var database = new AeoDatabase(await PostgresTestServer.CreateMigratedDatabaseAsync());
        var clients = new ClientRepository(database);
        var keys = new ClientKeyRepository(database);
        var client = new ClientRecord(Guid.NewGuid(), "Acme", "CRM", new("Acme", [], []), [], DateTimeOffset.UtcNow);
        var first = RandomNumberGenerator.GetBytes(32);
        var firstKey = await clients.CreateAsync(client, first, CancellationToken.None);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            keys.IssueAsync(client.Id, RandomNumberGenerator.GetBytes(32), DateTimeOffset.UtcNow, maxLive: 2, CancellationToken.None)));

        Assert.Equal(1, attempts.Count(a => a.Result == KeyIssueResult.Issued));
        Assert.Equal(3, attempts.Count(a => a.Result == KeyIssueResult.LimitReached));
        Assert.True(await keys.RevokeAsync(client.Id, firstKey.Id, DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.Null(await keys.FindByHashAsync(first, CancellationToken.None));
        Assert.False(await keys.RevokeAsync(Guid.NewGuid(), firstKey.Id, DateTimeOffset.UtcNow, CancellationToken.None));
        var (again, _) = await keys.IssueAsync(client.Id, RandomNumberGenerator.GetBytes(32), DateTimeOffset.UtcNow, 2, CancellationToken.None);
        Assert.Equal(KeyIssueResult.Issued, again);
        Assert.Equal(KeyIssueResult.NoSuchClient, (await keys.IssueAsync(Guid.NewGuid(), RandomNumberGenerator.GetBytes(32), DateTimeOffset.UtcNow, 2, CancellationToken.None)).Result);
    }
}
