using Aeo.Analysis.Questions;
using Aeo.Grains.Questions;
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
    /// dashboard's data collection, the answer engines, the repositories and the audit settings.
    /// </summary>
    public static ISiloBuilder AddAeo(this ISiloBuilder silo, string connectionString, IConfiguration configuration)
    {
        silo.AddAdoNetGrainStorage(GrainStorage.Name, o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
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
        services.AddSingleton<QuestionGenerator>();
        services.AddSingleton<BrandDetectorCache>();
        services.TryAddSingleton(TimeProvider.System);
        return silo;
    }

    /// <summary>Membership in the PostgreSQL table, for clusters of several silo processes.</summary>
    public static ISiloBuilder UseAeoClustering(this ISiloBuilder silo, string connectionString) =>
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
        });

    /// <summary>Lets reminders tick faster than once a minute; tests use this, production keeps the default.</summary>
    public static ISiloBuilder UseReminderMinimum(this ISiloBuilder silo, TimeSpan minimum) =>
        silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = minimum);
}
