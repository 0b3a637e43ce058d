using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Aeo.Grains.Telemetry;

public static class MetricsServiceCollectionExtensions
{
    /// <summary>The host's registry and our metrics in it, listening from the host's start.</summary>
    public static IServiceCollection AddAeoMetrics(this IServiceCollection services)
    {
        services.TryAddSingleton<MetricsRegistry>();
        services.TryAddSingleton<AeoMetrics>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, MetricsStartup>());
        return services;
    }

    /// <summary>The cluster-wide dead-letter backlog, counted at each scrape; for silos.</summary>
    public static IServiceCollection AddDeadLetterBacklog(this IServiceCollection services)
    {
        services.TryAddSingleton<DeadLetterBacklog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DeadLetterBacklogStartup>());
        return services;
    }

    /// <summary>HTTP request metrics (count, duration, in progress) into the host's registry.</summary>
    public static IApplicationBuilder UseAeoHttpMetrics(this IApplicationBuilder app)
    {
        var registry = app.ApplicationServices.GetRequiredService<MetricsRegistry>().Registry;
        return app.UseHttpMetrics(o => o.SetMetricFactory(Metrics.WithCustomRegistry(registry)));
    }

    /// <summary>
    /// Prometheus text at <c>/metrics</c>: the one mapping of the route, so whoever guards it (a policy, a host filter
    /// for an internal port) adds that to the builder this returns.
    /// </summary>
    public static IEndpointConventionBuilder MapAeoMetrics(this IEndpointRouteBuilder endpoints, string pattern = "/metrics") =>
        endpoints.MapMetrics(pattern, endpoints.ServiceProvider.GetRequiredService<MetricsRegistry>().Registry);

    /// <summary>Creates the registry (and with it the meter adapter) before anything else in the host starts working.</summary>
    private sealed class MetricsStartup(MetricsRegistry registry, AeoMetrics metrics) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            GC.KeepAlive(registry);
            GC.KeepAlive(metrics);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class DeadLetterBacklogStartup(DeadLetterBacklog backlog) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            GC.KeepAlive(backlog);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
