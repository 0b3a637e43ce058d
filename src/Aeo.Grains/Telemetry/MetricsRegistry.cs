namespace Aeo.Grains.Telemetry;

/// <summary>
/// The Prometheus registry of one host: our metrics, HTTP, the process, and the .NET meters (Orleans, Npgsql, ASP.NET
/// Core, the runtime) through prometheus-net's meter adapter. The adapter listens from the moment this registry exists
/// (by default it would start at the first scrape and miss whatever came before) and keeps idle series for a day
/// rather than five minutes. One registry per host, not the process-wide default, so every host a test
/// process starts exports exactly its own work.
/// </summary>
public sealed class MetricsRegistry : IDisposable
{
    private readonly IDisposable meters;

    public MetricsRegistry()
    {
        Registry = Metrics.NewCustomRegistry();
        DotNetStats.Register(Registry);
        meters = MeterAdapter.StartListening(new MeterAdapterOptions
        {
            Registry = Registry,
            MetricFactory = Metrics.WithCustomRegistry(Registry),
            // The longest prometheus-net allows: a series of a .NET meter idle for a day drops out (ours never do).
            MetricsExpireAfter = TimeSpan.FromDays(1),
        });
    }

    public CollectorRegistry Registry { get; }

    public void Dispose() => meters.Dispose();
}
