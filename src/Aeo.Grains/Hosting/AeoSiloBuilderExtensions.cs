using Aeo.Abstractions.Audits;
using Aeo.Abstractions.Schedules;
using Aeo.Grains.Analysis;
using Aeo.Grains.Audits;
using Aeo.Grains.Maintenance;
using Aeo.Platforms;
using Aeo.Storage.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Aeo.Grains.Hosting;

public static class AeoSiloBuilderExtensions
{
    /// <summary>The provider name every ADO.NET provider is given: Orleans defaults to SQL Server otherwise.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>
    /// Everything a silo of ours needs except clustering: grain storage and reminders on PostgreSQL, the
    /// dashboard's data collection, the answer engines, the repositories, the audit and schedule settings, recovery and retention (armed at start).
    /// </summary>
    public static ISiloBuilder AddAeo(this ISiloBuilder silo, string connectionString, IConfiguration configuration)
    {
        silo.AddAdoNetGrainStorage(GrainStorage.Name, o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
            // Retention clears the state of the runs it deletes: remove the row rather than leave an empty one.
            o.DeleteStateOnClear = true;
        });
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
        });
        silo.AddDashboard();

        var services = silo.Services;
        services.AddAeoStorage(connectionString);
        services.AddAnswerEngines(configuration);
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddAeoAnalysis(configuration);
        services.AddOptions<ScheduleOptions>().Bind(configuration.GetSection(ScheduleOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<AuditStarter>();
        services.AddAuditRuns();
        services.TryAddSingleton<IAuditStarter>(sp => sp.GetRequiredService<AuditStarter>());
        services.AddAeoMaintenance(configuration);
        silo.AddRetentionStartup();
        return silo;
    }

    /// <summary>Membership in the PostgreSQL table, for clusters of several silo processes.</summary>
    public static ISiloBuilder UseAeoClustering(this ISiloBuilder silo, string connectionString) =>
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
        });

    /// <summary>Membership in the PostgreSQL table with the ids, ports and address from <c>Aeo:Cluster</c>.</summary>
    public static ISiloBuilder UseAeoClustering(this ISiloBuilder silo, string connectionString, ClusterSettings settings)
    {
        silo.Configure<ClusterOptions>(settings.Apply);
        silo.ConfigureEndpoints(settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: true);
        if (settings.ParseAdvertisedAddress() is { } address)
        {
            silo.Configure<EndpointOptions>(o => o.AdvertisedIPAddress = address);
        }
        return silo.UseAeoClustering(connectionString);
    }

    /// <summary>A single silo that is its own cluster, for the embedded default.</summary>
    public static ISiloBuilder UseAeoLocalhostClustering(this ISiloBuilder silo, ClusterSettings settings) =>
        silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, serviceId: settings.ServiceId, clusterId: settings.ClusterId);

    /// <summary>An API process's way into a cluster of silo processes.</summary>
    public static IClientBuilder UseAeoClustering(this IClientBuilder client, string connectionString, ClusterSettings settings)
    {
        client.Configure<ClusterOptions>(settings.Apply);
        return client.UseAdoNetClustering(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
        });
    }

    /// <summary>Lets reminders tick faster than once a minute; tests use this, production keeps the default.</summary>
    public static ISiloBuilder UseReminderMinimum(this ISiloBuilder silo, TimeSpan minimum) =>
        silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = minimum);
}
