using Aeo.Abstractions.Schedules;
using Aeo.Grains.Analysis;
using Aeo.Grains.Audits;
using Aeo.Grains.Maintenance;
using Aeo.Grains.Webhooks;
using Aeo.Storage.Hosting;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Aeo.Grains.Hosting;

public static class AeoSiloBuilderExtensions
{
    /// <summary>The provider name every ADO.NET provider is given: Orleans defaults to SQL Server otherwise.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>
    /// Everything a silo of ours needs except clustering: grain storage and reminders on PostgreSQL, the dashboard's
    /// data collection, trace context carried across grain calls and the run's log scope on calls to its grains, the cluster-facing services (<see cref="AddAeoClusterServices"/>), and retention armed at start.
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
        silo.AddActivityPropagation();
        silo.AddIncomingGrainCallFilter<RunLogScopeFilter>();
        silo.Services.AddAeoClusterServices(connectionString, configuration);
        silo.Services.AddDeadLetterBacklog();
        silo.AddRetentionStartup();
        silo.AddWebhookDispatch();
        return silo;
    }

    /// <summary>
    /// What an API process in client mode needs beside its clustering: the dashboard's client side, trace context
    /// carried into grain calls, and the same
    /// cluster-facing services a silo has (<see cref="AddAeoClusterServices"/>).
    /// </summary>
    public static IClientBuilder AddAeo(this IClientBuilder client, string connectionString, IConfiguration configuration)
    {
        client.AddDashboard();
        client.AddActivityPropagation();
        client.Services.AddAeoClusterServices(connectionString, configuration);
        return client;
    }

    /// <summary>
    /// The services that act on the cluster from inside a process, the same in a silo and in an API client: the
    /// repositories, the answer engines, the analysis, the audit and schedule settings (validated at start), the audit
    /// starter, recovery and retention, webhooks, and the metrics they record.
    /// </summary>
    public static IServiceCollection AddAeoClusterServices(this IServiceCollection services, string connectionString, IConfiguration configuration)
    {
        services.AddAeoMetrics();
        services.AddAeoStorage(connectionString);
        services.AddAnswerEngines(configuration);
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddAeoAnalysis(configuration);
        services.AddOptions<DiscoveryOptions>().Bind(configuration.GetSection(DiscoveryOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ScheduleOptions>().Bind(configuration.GetSection(ScheduleOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditStarter>();
        services.AddAuditRuns();
        services.TryAddSingleton<IAuditStarter>(sp => sp.GetRequiredService<AuditStarter>());
        services.AddAeoMaintenance(configuration);
        services.AddAeoWebhooks(configuration);
        return services;
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
