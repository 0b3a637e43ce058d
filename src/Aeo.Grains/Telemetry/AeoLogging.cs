using Microsoft.Extensions.Hosting;
using Serilog;

namespace Aeo.Grains.Telemetry;

public static class AeoLogging
{
    /// <summary>
    /// Serilog for a host of ours: the <c>Serilog</c> configuration section, sinks and enrichers registered as services,
    /// the log context, and the current span's trace and span ids on every line (<see cref="ActivityEnricher"/>).
    /// </summary>
    public static IHostBuilder UseAeoSerilog(this IHostBuilder host) =>
        host.UseSerilog((context, services, logging) => logging
            .ReadFrom.Configuration(context.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Enrich.With<ActivityEnricher>());
}
