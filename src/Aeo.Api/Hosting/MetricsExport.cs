using Prometheus;

namespace Aeo.Api.Hosting;

/// <summary>
/// prometheus-net starts listening to .NET meters (ours, Orleans', Npgsql's) only when <c>/metrics</c> is first
/// scraped, so whatever is recorded before that scrape is never exported. This listens from the start instead.
/// </summary>
public static class MetricsExport
{
    private static readonly Lazy<IDisposable> Listener = new(() =>
    {
        Metrics.SuppressDefaultMetrics(new SuppressDefaultMetricOptions { SuppressMeters = true });
        return MeterAdapter.StartListening();
    });

    /// <summary>Once per process, however many hosts it builds (the tests build several).</summary>
    public static void ListenFromStart() => _ = Listener.Value;
}
