using Microsoft.Extensions.Hosting;

namespace Aeo.Storage.Hosting;

/// <summary>
/// Stops a managed PostgreSQL when the host stops. Register it before anything that uses the database:
/// hosted services stop in reverse order, so this one stops last.
/// </summary>
public sealed class ManagedDatabaseLifetime(PreparedDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) => await database.DisposeAsync();
}
