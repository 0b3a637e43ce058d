using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Aeo.Api.Hosting;

/// <summary>The health routes an orchestrator reads: liveness, and readiness (the database and the cluster).</summary>
public static class HealthEndpoints
{
    public static WebApplication MapAeoHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
