using Aeo.Grains.Hosting;
using Aeo.Storage.Hosting;
using Prometheus;
using Serilog;

// A silo process of a multi-silo cluster: membership, grain state and reminders in PostgreSQL.
var builder = WebApplication.CreateBuilder(args);
builder.Host.UseSerilog((context, logging) => logging.ReadFrom.Configuration(context.Configuration));

using var startupLogs = LoggerFactory.Create(logging => logging.AddSimpleConsole());
var database = await PreparedDatabase.PrepareAsync(builder.Configuration, startupLogs.CreateLogger("Aeo.Silo"), CancellationToken.None);
builder.Services.AddSingleton(database);
builder.Services.AddHostedService<ManagedDatabaseLifetime>();

var cluster = ClusterSettings.From(builder.Configuration);
builder.UseOrleans(silo => silo
    .UseAeoClustering(database.ConnectionString, cluster)
    .AddAeo(database.ConnectionString, builder.Configuration));
builder.Services.AddHealthChecks();

var app = builder.Build();
app.UseHttpMetrics();
app.MapMetrics("/metrics");
app.MapHealthChecks("/health/live");
await app.RunAsync();
