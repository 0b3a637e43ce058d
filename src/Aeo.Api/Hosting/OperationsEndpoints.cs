using Aeo.Grains.Telemetry;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Aeo.Api.Hosting;

/// <summary>The routes an operator's tooling reads: liveness, readiness and the Prometheus metrics.</summary>
public static class OperationsEndpoints
{
    public static WebApplication MapAeoOperations(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapAeoMetrics();
        return app;
    }
}
