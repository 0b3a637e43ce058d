using Microsoft.Extensions.Hosting;
using Serilog;

namespace Aeo.Grains.Telemetry;

public static class AeoLogging
{
    /// <summary>
    /// Serilog for a host of ours: the <c>Serilog</c> configuration section, sinks and enrichers registered as services,
    /// the log context, and the current span's trace and span ids on every line (<see cref="ActivityEnricher"/>).
    /// The host's loggers write to the host's own Serilog logger, never to the static <c>Log.Logger</c>: otherwise each
    /// logger category would write to whichever host last replaced that static when the category was first asked for,
    /// so with several hosts in one process (tests, a silo and its client) lines land in another host's sinks, and
    /// after one host stops, nowhere.
    /// </summary>
    public static IHostBuilder UseAeoSerilog(this IHostBuilder host) =>
        host.UseSerilog(
            (context, services, logging) => logging
                .ReadFrom.Configuration(context.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.With<ActivityEnricher>(),
            preserveStaticLogger: true);
}
