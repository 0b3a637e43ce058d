namespace Aeo.Api.Tests.Hosting;

/// <summary>
/// A cluster as deployed: the silo process (its built dll, started as an operator would) does the work and exports the
/// metrics on its own HTTP port; the API, a client of it, exports its HTTP metrics and records none of the run's.
/// </summary>
public sealed class SiloMetricsTests : IAsyncLifetime
{
    private readonly ApiServer api = new();
    private readonly TestCertificates certificates = new();
    private MeteredAudit audit = null!;
    private HostProcess silo = null!;
    private string siloMetrics = "";

    public async Task InitializeAsync()
    {
        audit = await MeteredAudit.StartProvidersAsync("silo-metered");
        var connectionString = await PostgresTestServer.CreateMigratedDatabaseAsync();
        const string clusterId = "silo-metrics";
        var httpPort = ApiHost.FreePort();
        siloMetrics = $"http://127.0.0.1:{httpPort}/metrics";
        silo = HostProcess.Start(
            "Aeo.Silo",
            new Dictionary<string, string>
            {
                ["ConnectionStrings__Aeo"] = connectionString,
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{httpPort}",
                ["Serilog__MinimumLevel__Default"] = "Warning",
            },
            [
                $"--Aeo:Cluster:ClusterId={clusterId}",
                $"--Aeo:Cluster:SiloPort={ApiHost.FreePort()}",
                $"--Aeo:Cluster:GatewayPort={ApiHost.FreePort()}",
                "--Aeo:Cluster:AdvertisedAddress=127.0.0.1",
                $"--Aeo:Cluster:Tls:CertificateDirectory={certificates.Issue("silo")}",
                "--Aeo:Audit:ProgressWriteInterval=00:00:00.200",
                "--Aeo:Audit:SupervisionInterval=00:00:01",
                .. ApiServer.PlatformArgs,
                .. audit.Arguments,
            ]);
        await silo.WaitUntilServingAsync($"http://127.0.0.1:{httpPort}/health/live", TimeSpan.FromSeconds(90));
        await api.StartAsync(
            ["--Aeo:Mode=Client", $"--Aeo:Cluster:ClusterId={clusterId}", $"--Aeo:Cluster:Tls:CertificateDirectory={certificates.Issue("api")}", .. audit.Arguments],
            connectionString);
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        await silo.DisposeAsync();
        await audit.DisposeAsync();
        certificates.Dispose();
    }

    [Fact]
    public async Task The_silo_exports_the_runs_metrics_and_the_client_api_only_its_own()
    {
        await audit.RunAsync(api, siloMetrics);

        MeteredAuditChecks.All(await PrometheusText.ScrapeAsync(siloMetrics), audit);

        var apiMetrics = await PrometheusText.ScrapeAsync(new Uri(api.BaseAddress, "/metrics").ToString());
        Assert.Contains("http_requests_received_total", apiMetrics.Names);
        var recordedByApi = apiMetrics.Names.Where(name => name.StartsWith("aeo_", StringComparison.Ordinal) && apiMetrics.Sum(name) != 0);
        Assert.Empty(recordedByApi);
    }
}
