namespace Aeo.Api.Tests.Hosting;

/// <summary>
/// A cluster as deployed: the silo process (its built dll, started as an operator would) does the work and exports the
/// metrics on its own HTTP port; the API, a client of it, exports its HTTP metrics and records none of the run's.
/// </summary>
public sealed class SiloMetricsTests : IAsyncLifetime
{
    private readonly ApiServer api = new();
    private MeteredAudit audit = null!;
    private SiloProcess silo = null!;

    public async Task InitializeAsync()
    {
        audit = await MeteredAudit.StartProvidersAsync("silo-metered");
        var connectionString = await PostgresTestServer.CreateMigratedDatabaseAsync();
        silo = await SiloProcess.StartAsync("silo-metrics", connectionString, new Dictionary<string, string>(), audit.Arguments);
        await api.StartAsync([.. silo.ClientArguments, .. audit.Arguments], connectionString);
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        await silo.DisposeAsync();
        await audit.DisposeAsync();
    }

    [Fact]
    public async Task The_silo_exports_the_runs_metrics_and_the_client_api_only_its_own()
    {
        await audit.RunAsync(api, SiloMetrics);

        MeteredAuditChecks.All(await PrometheusText.ScrapeAsync(SiloMetrics), audit);

        var apiMetrics = await PrometheusText.ScrapeAsync(new Uri(api.BaseAddress, "/metrics").ToString());
        Assert.Contains("http_requests_received_total", apiMetrics.Names);
        var recordedByApi = apiMetrics.Names.Where(name => name.StartsWith("aeo_", StringComparison.Ordinal) && apiMetrics.Sum(name) != 0);
        Assert.Empty(recordedByApi);
    }

    private string SiloMetrics => $"{silo.HttpAddress}/metrics";
}
