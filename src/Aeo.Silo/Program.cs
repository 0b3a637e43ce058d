using Aeo.Grains.Hosting;
using Aeo.Grains.Telemetry;
using Aeo.Storage.Hosting;
using Microsoft.Extensions.Configuration.Json;

// A silo process of a multi-silo cluster: membership, grain state and reminders in PostgreSQL.
return await StartupFailure.ReportAsync(async () =>
{
    var builder = WebApplication.CreateBuilder(args).UseDefaultListenAddress(ListenAddress.SiloDefault);
    // Cluster-wide settings live in silo-config/silo.json (or AEO_SILO_CONFIG); environment and arguments override them.
    var siloConfig = Environment.GetEnvironmentVariable("AEO_SILO_CONFIG") ?? Path.Combine("silo-config", "silo.json");
    var siloConfigSource = new JsonConfigurationSource { Path = Path.GetFullPath(siloConfig), Optional = true };
    siloConfigSource.ResolveFileProvider();
    builder.Configuration.Sources.Insert(1, siloConfigSource);
    builder.Host.UseAeoSerilog();
    builder.Services.AddAeoTracing(builder.Configuration, "aeo-silo");

    using var startupLogs = LoggerFactory.Create(logging => logging.AddSimpleConsole());
    var database = await PreparedDatabase.PrepareAsync(builder.Configuration, startupLogs.CreateLogger("Aeo.Silo"), CancellationToken.None);
    builder.Services.AddSingleton(database);
    builder.Services.AddHostedService<ManagedDatabaseLifetime>();

    var cluster = ClusterSettings.From(builder.Configuration);
    var tls = ClusterTls.From(builder.Configuration).Load();
    builder.UseOrleans(silo => silo
        .UseAeoClustering(database.ConnectionString, cluster)
        .UseAeoClusterTls(tls)
        .AddAeo(database.ConnectionString, builder.Configuration));
    builder.Services.AddHealthChecks();

    var app = builder.Build();
    app.UseAeoHttpMetrics();
    app.MapAeoMetrics();
    app.MapHealthChecks("/health/live");
    await app.RunAsync();
});
