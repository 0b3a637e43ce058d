using System.Reflection;
using Aeo.Storage.Migrations;

namespace Aeo.Storage.Tests.Migrations;

public sealed class MigrationTests
{
    [Fact]
    public async Task Applying_twice_changes_nothing_and_records_each_version_once()
    {
        var cs = await PostgresTestServer.CreateMigratedDatabaseAsync();
        var before = await CatalogueSnapshot.TakeAsync(cs);

        await MigrationRunner.ApplyAsync(cs, NullLogger.Instance, CancellationToken.None);
        var after = await CatalogueSnapshot.TakeAsync(cs);

        Assert.Equal(before, after);
        Assert.Contains(before, l => l.StartsWith("public.audit_runs.status text NOT NULL DEFAULT 'pending'", StringComparison.Ordinal));
        Assert.Contains(before, l => l.StartsWith("index responses_platform_created_ix", StringComparison.Ordinal));
        Assert.Contains(before, l => l.StartsWith("public.responses.citations jsonb NOT NULL DEFAULT", StringComparison.Ordinal));
        Assert.Contains(before, l => l.StartsWith("query CleanupDefunctSiloEntriesKey", StringComparison.Ordinal));
        Assert.Contains(before, l => l.StartsWith("public.responses.cost_usd numeric", StringComparison.Ordinal));
        await using var conn = new NpgsqlConnection(cs);
        var versions = (await conn.QueryAsync<int>("SELECT version FROM schema_migrations ORDER BY version")).ToList();
        Assert.Equal(Migration.LoadEmbedded().Select(m => m.Version), versions);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], versions);
    }

    [Fact]
    public async Task Concurrent_runners_apply_each_migration_exactly_once()
    {
        var cs = await PostgresTestServer.CreateEmptyDatabaseAsync();
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => MigrationRunner.ApplyAsync(cs, NullLogger.Instance, CancellationToken.None))));

        await using var conn = new NpgsqlConnection(cs);
        var rows = (await conn.QueryAsync<(int Version, int Count)>("SELECT version, count(*)::int FROM schema_migrations GROUP BY version ORDER BY version")).ToList();
        Assert.Equal(Migration.LoadEmbedded().Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(1, r.Count));
    }

    [Fact]
    public async Task A_changed_applied_migration_is_an_error()
    {
        var cs = await PostgresTestServer.CreateMigratedDatabaseAsync();
        var edited = Migration.LoadEmbedded().Select(m => m.Version == 4 ? m with { Sql = m.Sql + "\n-- edited" } : m).ToList();

        var ex = await Assert.ThrowsAsync<MigrationChecksumMismatchException>(() => MigrationRunner.ApplyAsync(cs, edited, NullLogger.Instance, CancellationToken.None));
        Assert.Equal(4, ex.Version);
    }

    [Fact]
    public async Task A_failing_migration_rolls_back_and_is_not_recorded()
    {
        var cs = await PostgresTestServer.CreateEmptyDatabaseAsync();
        var broken = new[] { new Migration(1, "ok", "CREATE TABLE t_ok (id int)"), new Migration(2, "bad", "CREATE TABLE t_bad (id int); SELECT nonsense_fn();") };

        await Assert.ThrowsAsync<InvalidOperationException>(() => MigrationRunner.ApplyAsync(cs, broken, NullLogger.Instance, CancellationToken.None));

        await using var conn = new NpgsqlConnection(cs);
        Assert.Equal([1], (await conn.QueryAsync<int>("SELECT version FROM schema_migrations")).ToList());
        Assert.Null(await conn.ExecuteScalarAsync<string?>("SELECT to_regclass('t_bad')::text"));
    }

    /// <summary>Every query key the 10.x providers demand (read by reflection from their DbStoredQueries) is in OrleansQuery.</summary>
    [Theory]
    [InlineData("Orleans.Clustering.AdoNet")]
    [InlineData("Orleans.Reminders.AdoNet")]
    public async Task OrleansQuery_holds_every_key_the_provider_requires(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var type = assembly.GetTypes().Single(t => t.Name == "DbStoredQueries");
        var required = type.GetProperties(BindingFlags.Instance | BindingFlags.NonPublic).Select(p => p.Name).ToList();
        Assert.NotEmpty(required);

        var cs = await PostgresTestServer.CreateMigratedDatabaseAsync();
        await using var conn = new NpgsqlConnection(cs);
        var keys = (await conn.QueryAsync<string>("SELECT QueryKey FROM OrleansQuery")).ToHashSet();
        Assert.Empty(required.Except(keys));
        Assert.Contains("CleanupDefunctSiloEntriesKey", keys);
        Assert.Contains("GatewaysQueryKey", keys);
        foreach (var key in new[] { "WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey", "DeleteStorageKey" })
        {
            Assert.Contains(key, keys);
        }
    }
}
