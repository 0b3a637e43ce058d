using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aeo.Api.Hosting;

/// <summary>Ready when PostgreSQL answers.</summary>
public sealed class DatabaseReadiness(AeoDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "select 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer: " + ex.GetType().Name);
        }
    }
}

/// <summary>Ready when the cluster has at least one active silo and answers a call.</summary>
public sealed class ClusterReadiness(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return hosts.Count > 0
                ? HealthCheckResult.Healthy($"{hosts.Count} active silo(s)")
                : HealthCheckResult.Unhealthy("No active silo.");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("The cluster does not answer: " + ex.GetType().Name);
        }
    }
}
