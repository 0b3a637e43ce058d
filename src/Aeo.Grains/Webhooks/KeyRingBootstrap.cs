using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Hosting;

namespace Aeo.Grains.Webhooks;

/// <summary>
/// Makes sure the shared Data Protection key ring has a key before anything is protected. Processes starting together
/// would each create a key of their own on first use, and one could then fail to read what another protected until
/// its ring refreshed; under a PostgreSQL advisory lock only the first creates one, and the others find it.
/// </summary>
public sealed class KeyRingBootstrap(IKeyManager keys, AeoDatabase db, TimeProvider time) : IHostedService
{
    /// <summary>Advisory lock key of key ring creation ("aeo-dpkr").</summary>
    public const long AdvisoryLockKey = 0x6165_6f2d_6470_6b72;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.DataSource.OpenConnectionAsync(cancellationToken);
        await using (var lockCommand = new Npgsql.NpgsqlCommand($"select pg_advisory_lock({AdvisoryLockKey})", connection))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        try
        {
            var now = time.GetUtcNow();
            if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now.AddDays(2)))
            {
                keys.CreateNewKey(now, now.AddDays(90));
            }
        }
        finally
        {
            await using var unlock = new Npgsql.NpgsqlCommand($"select pg_advisory_unlock({AdvisoryLockKey})", connection);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
