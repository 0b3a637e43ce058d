using Aeo.Api.Admin;
using Aeo.Api.Analysis;
using Aeo.Api.Audits;
using Aeo.Api.Auth;
using Aeo.Api.Clients;
using Aeo.Api.DeadLetters;
using Aeo.Api.Mcp;
using Aeo.Api.Platforms;
using Aeo.Api.Schedules;
using Aeo.Grains.Hosting;
using Aeo.Storage.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Orleans.Dashboard;
using Prometheus;
using Serilog;

namespace Aeo.Api.Hosting;

/// <summary>Builds the API process: the database, the cluster connection (or an embedded silo), auth and routes.</summary>
public static class AeoApplication
{
    public const string ModeKey = "Aeo:Mode";

    public static async Task<WebApplication> BuildAsync(string[] args, CancellationToken ct = default)
    {
        MetricsExport.ListenFromStart();
        var builder = WebApplication.CreateBuilder(args);
        builder.Host.UseSerilog((context, logging) => logging.ReadFrom.Configuration(context.Configuration));
        var configuration = builder.Configuration;
        var mode = configuration.GetValue(ModeKey, ApiMode.Embedded);

        using var startupLogs = LoggerFactory.Create(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Information));
        var startup = startupLogs.CreateLogger("Aeo.Api");
        var database = await PreparedDatabase.PrepareAsync(configuration, startup, ct);
        builder.Services.AddSingleton(database);
        builder.Services.AddHostedService<ManagedDatabaseLifetime>();

        var cluster = ClusterSettings.From(configuration);
        if (mode == ApiMode.Embedded)
        {
            builder.UseOrleans(silo => silo
                .UseAeoLocalhostClustering(cluster)
                .AddAeo(database.ConnectionString, configuration));
        }
        else
        {
            builder.UseOrleansClient(client => client
                .UseAeoClustering(database.ConnectionString, cluster)
                .AddAeo(database.ConnectionString, configuration));
        }

        var operatorKey = await ResolveOperatorKeyAsync(configuration, mode, ct);
        builder.Services.AddSingleton(new OperatorKey(ApiKeys.Hash(operatorKey.Key)));
        builder.Services.AddSingleton(new OperatorKeyNotice(operatorKey.Generated ? operatorKey.Key : null, operatorKey.Path));
        AddApiServices(builder.Services);

        var app = builder.Build();
        MapRoutes(app);
        return app;
    }

    private static void AddApiServices(IServiceCollection services)
    {
        services.AddProblemDetails();
        // Enums in responses (a change's direction, …) read as words, in the same snake case as the other labels.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(
            new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.SnakeCaseLower)));
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.Operator, policy => policy.RequireRole(Caller.OperatorRole));
        services.AddSingleton<ApiKeyVerifier>();
        services.AddSingleton<ClientRegistration>();
        services.AddSingleton<AuditLauncher>();
        services.AddSingleton<AuditFigures>();
        services.AddHealthChecks()
            .AddCheck<DatabaseReadiness>("database", tags: ["ready"])
            .AddCheck<ClusterReadiness>("cluster", tags: ["ready"]);
        services.AddOpenApi();
        services.AddAeoMcp();
    }

    private static void MapRoutes(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseHttpMetrics();
        app.UseAuthentication();
        app.UseAuthorization();

        var api = app.MapGroup("/api/v1").RequireAuthorization().ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapClientEndpoints();
        api.MapAuditEndpoints();
        api.MapScheduleEndpoints();
        api.MapPlatformEndpoints();
        api.MapAnalysisEndpoints();
        api.MapAdminEndpoints();
        api.MapDeadLetterEndpoints();

        app.MapAeoMcp();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapOrleansDashboard("/dashboard").RequireAuthorization(AuthPolicies.Operator).ExcludeFromDescription();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapMetrics("/metrics");
    }

    private static async Task<(string Key, bool Generated, string? Path)> ResolveOperatorKeyAsync(
        IConfiguration configuration, ApiMode mode, CancellationToken ct)
    {
        var configured = configuration[OperatorKey.ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return (configured, false, null);
        }
        if (mode != ApiMode.Embedded)
        {
            throw new InvalidOperationException(
                $"Set {OperatorKey.ConfigurationKey} (environment: Aeo__Auth__AdminApiKey): an API in client mode has no local key file.");
        }
        var directory = AeoDataDirectory.Resolve(configuration);
        var key = await OperatorKeyFile.LoadOrCreateAsync(directory, ct);
        return (key, true, Path.Combine(directory, OperatorKeyFile.FileName));
    }
}
