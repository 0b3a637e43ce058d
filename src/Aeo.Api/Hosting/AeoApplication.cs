using Aeo.Api.AccessLog;
using Aeo.Api.Admin;
using Aeo.Api.Analysis;
using Aeo.Api.Changes;
using Aeo.Api.DeadLetters;
using Aeo.Api.Discovery;
using Aeo.Api.Mcp;
using Aeo.Api.Platforms;
using Aeo.Api.Reports;
using Aeo.Api.Schedules;
using Aeo.Api.Trends;
using Aeo.Api.Web;
using Aeo.Api.Webhooks;
using Aeo.Grains.Hosting;
using Aeo.Grains.Telemetry;
using Microsoft.AspNetCore.Authentication;
using Orleans.Dashboard;

namespace Aeo.Api.Hosting;

/// <summary>Builds the API process: the database, the cluster connection (or an embedded silo), auth and routes.</summary>
public static class AeoApplication
{
    public const string ModeKey = "Aeo:Mode";

    /// <param name="configure">Last changes to the builder before it builds (tests add their exporters and sinks here).</param>
    public static async Task<WebApplication> BuildAsync(string[] args, CancellationToken ct = default, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args).UseDefaultListenAddress(ListenAddress.ApiDefault).AddAeoObservability();
        var configuration = builder.Configuration;
        var mode = configuration.GetValue(ModeKey, ApiMode.Embedded);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        OperationalEndpoints.ListenOnInternalPort(builder.WebHost, configuration);

        var (operatorKey, notice) = await ResolveOperatorKeyAsync(configuration, mode, ct);
        builder.Services.AddSingleton(new OperatorKey(ApiKeys.Hash(operatorKey)));
        builder.Services.AddSingleton(notice);

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
            var tls = ClusterTls.From(configuration).Load();
            builder.UseOrleansClient(client => client
                .UseAeoClustering(database.ConnectionString, cluster)
                .UseAeoClusterTls(tls)
                .AddAeo(database.ConnectionString, configuration));
        }

        AddApiServices(builder.Services);
        configure?.Invoke(builder);

        var app = builder.Build();
        MapRoutes(app);
        return app;
    }

    private static void AddApiServices(IServiceCollection services)
    {
        services.AddAeoWebApp();
        services.AddProblemDetails();
        services.AddExceptionHandler<ServiceUnavailable>();
        // Enums in responses (a change's direction, …) read as words, in the same snake case as the other labels.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(
            new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.SnakeCaseLower)));
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.Operator, policy => policy.RequireRole(Caller.OperatorRole));
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ApiKeyVerifier>();
        services.AddSingleton<SignInThrottle>();
        services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MentionAnalysisOptions>().BindConfiguration(MentionAnalysisOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAeoRateLimits();
        services.AddSingleton<EventStreamGate>();
        services.AddSingleton<AccessLogWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<AccessLogWriter>());
        services.AddSingleton<IMentionSentiment, MentionSentiment>();
        services.AddSingleton<ClientRegistration>();
        services.AddSingleton<ClientKeys>();
        services.AddSingleton<ClientDeletion>();
        services.AddSingleton<AuditLauncher>();
        services.AddSingleton<RunStatusCache>();
        services.AddSingleton<AuditFigures>();
        services.AddRunReports();
        services.AddRunChanges();
        services.AddSingleton<TrendSeriesReader>();
        services.AddHealthChecks()
            .AddCheck<DatabaseReadiness>("database", tags: ["ready"])
            .AddCheck<ClusterReadiness>("cluster", tags: ["ready"]);
        services.AddOpenApi(o => o.AddOperationTransformer<JsonRequestBodyTransformer>());
        services.AddAeoMcp();
    }

    private static void MapRoutes(WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseAeoRequestLogScope();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAeoHttpMetrics();
        app.UseMiddleware<AccessLogging>();
        app.UseMiddleware<BodyLimits>();
        app.UseMiddleware<JsonOnlyWrites>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAeoWebApp();

        var limits = app.Services.GetRequiredService<IOptions<HttpOptions>>().Value;
        var api = app.MapGroup("/api/v1").RequireAuthorization().ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithBodyLimit(limits.MaxBodyBytes).RequireRateLimiting(RateLimits.Policy).ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapClientEndpoints();
        api.MapAuditEndpoints();
        api.MapReportEndpoints();
        api.MapScheduleEndpoints();
        api.MapPlatformEndpoints();
        api.MapAnalysisEndpoints(limits.MaxAnalysisBodyBytes);
        api.MapAdminEndpoints();
        api.MapAccessLogEndpoints();
        api.MapDeadLetterEndpoints();
        api.MapTrendEndpoints();
        api.MapChangeEndpoints();
        api.MapWebhookEndpoints();
        api.MapDiscoveryEndpoints();

        app.MapAeoApiReference();
        app.MapAeoMcp();
        app.MapOrleansDashboard("/dashboard").RequireAuthorization(AuthPolicies.Operator).ExcludeFromDescription();
        app.MapAeoHealth();
        app.MapOperationalEndpoints(limits);
        app.MapAeoWebApp();
    }

    private static async Task<(string Key, OperatorKeyNotice Notice)> ResolveOperatorKeyAsync(
        IConfiguration configuration, ApiMode mode, CancellationToken ct)
    {
        var configured = configuration[OperatorKey.ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (configured.Length < OperatorKey.MinimumLength)
            {
                throw new StartupConfigurationException(
                    $"{OperatorKey.ConfigurationKey} is {configured.Length} characters long; an operator key needs at least " +
                    $"{OperatorKey.MinimumLength} (make one with: openssl rand -hex 32).");
            }
            return (configured, OperatorKeyNotice.Configured);
        }
        if (mode != ApiMode.Embedded)
        {
            throw new StartupConfigurationException(
                $"Set {OperatorKey.ConfigurationKey} (environment: Aeo__Auth__AdminApiKey): an API in client mode has no local key file.");
        }
        var directory = AeoDataDirectory.Resolve(configuration);
        var (key, created) = await OperatorKeyFile.LoadOrCreateAsync(directory, ct);
        return (key, OperatorKeyNotice.ForFile(key, created, Path.Combine(directory, OperatorKeyFile.FileName)));
    }
}
