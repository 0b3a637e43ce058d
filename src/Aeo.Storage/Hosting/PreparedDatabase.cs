using Aeo.Storage.Migrations;
using Aeo.Storage.Postgres;
using Microsoft.Extensions.Configuration;

namespace Aeo.Storage.Hosting;

/// <summary>
/// The database a process runs on, migrated: <c>ConnectionStrings:Aeo</c> when set, else a managed local
/// PostgreSQL under the data directory, which this object stops when disposed.
/// </summary>
public sealed class PreparedDatabase : IAsyncDisposable
{
    public const string ConnectionStringName = "Aeo";

    private readonly ManagedPostgresServer? server;

    private PreparedDatabase(string connectionString, ManagedPostgresServer? server)
    {
        ConnectionString = connectionString;
        this.server = server;
    }

    /// <summary>Never log this: it carries the password.</summary>
    public string ConnectionString { get; }

    public bool IsManaged => server is not null;

    public static async Task<PreparedDatabase> PrepareAsync(IConfiguration configuration, ILogger logger, CancellationToken ct)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        ManagedPostgresServer? server = null;
        if (string.IsNullOrWhiteSpace(configured))
        {
            var directory = AeoDataDirectory.Resolve(configuration);
            logger.LogInformation("No ConnectionStrings:Aeo set: starting the managed local PostgreSQL under {Directory}", directory);
            server = await ManagedPostgresServer.StartAsync(new ManagedPostgresOptions { DataDirectory = directory }, logger, ct);
        }
        var prepared = new PreparedDatabase(ConnectionDefaults.Apply(configured ?? server!.ConnectionString), server);
        try
        {
            await MigrationRunner.ApplyAsync(prepared.ConnectionString, logger, ct);
        }
        catch
        {
            await prepared.DisposeAsync();
            throw;
        }
        return prepared;
    }

    public ValueTask DisposeAsync() => server?.DisposeAsync() ?? ValueTask.CompletedTask;
}
