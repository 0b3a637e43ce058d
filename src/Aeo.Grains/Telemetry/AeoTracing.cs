using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Npgsql;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orleans.Diagnostics;

namespace Aeo.Grains.Telemetry;

/// <summary>
/// Tracing for a host of ours (the API or a silo): HTTP requests in, grain calls, provider HTTP calls out, PostgreSQL
/// commands, and the spans of a run's own work. Spans are always created, so trace ids reach problem details and log
/// lines and travel across grain calls; they are recorded and exported over OTLP only when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the other <c>OTEL_*</c> variables of the exporter apply as usual).
/// </summary>
public static class AeoTracing
{
    /// <summary>The source of the spans our own code starts (a run's preparation, each work item).</summary>
    public const string SourceName = "Aeo";

    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Records spans without an OTLP endpoint, for an exporter added in code (tests use the in-memory one).</summary>
    public const string RecordKey = "Aeo:Tracing:Record";

    internal static readonly ActivitySource Source = new(SourceName);

    /// <summary>Whether spans are recorded (an exporter will see them) rather than only carrying ids.</summary>
    public static bool Records(IConfiguration configuration) =>
        configuration.GetValue(RecordKey, !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]));

    /// <param name="serviceName">The service name spans carry unless <c>OTEL_SERVICE_NAME</c> names another.</param>
    public static IServiceCollection AddAeoTracing(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        var exporting = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        var record = Records(configuration);
        services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                if (string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"]))
                {
                    resource.AddService(serviceName);
                }
            })
            .WithTracing(tracing =>
            {
                tracing
                    .SetSampler(new AeoSampler(record))
                    .AddSource(SourceName, ActivitySources.ApplicationGrainActivitySourceName)
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsOperational(context.Request.Path))
                    .AddHttpClientInstrumentation()
                    .AddNpgsql()
                    .AddProcessor(new SecretRedaction());
                if (exporting)
                {
                    tracing.AddOtlpExporter();
                }
            });
        return services;
    }

    /// <summary>Scrapes and probes: frequent, uninteresting, and they would bury the requests worth reading.</summary>
    private static bool IsOperational(PathString path) =>
        path.StartsWithSegments("/metrics") || path.StartsWithSegments("/health");
}
