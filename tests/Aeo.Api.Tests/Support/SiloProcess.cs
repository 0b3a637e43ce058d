namespace Aeo.Api.Tests.Support;

/// <summary>
/// A cluster as deployed: the silo's built dll started as its own process, as an operator starts it, with its HTTP port
/// (health, metrics) on loopback and TLS between silo and clients; <see cref="ClientArguments"/> make an
/// <see cref="ApiServer"/> a client of it.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly TestCertificates certificates;
    private readonly HostProcess process;

    private SiloProcess(TestCertificates certificates, HostProcess process, string clusterId, int httpPort)
    {
        this.certificates = certificates;
        this.process = process;
        ClusterId = clusterId;
        HttpAddress = $"http://127.0.0.1:{httpPort}";
        ClientArguments = ["--Aeo:Mode=Client", $"--Aeo:Cluster:ClusterId={clusterId}", $"--Aeo:Cluster:Tls:CertificateDirectory={certificates.Issue("api")}"];
    }

    public string ClusterId { get; }

    /// <summary>The silo's HTTP address (health probes, <c>/metrics</c>).</summary>
    public string HttpAddress { get; }

    /// <summary>Everything the silo printed so far.</summary>
    public string Output => process.Output;

    /// <summary>The arguments that make the API a client of this silo (its certificate and the cluster's id).</summary>
    public string[] ClientArguments { get; }

    /// <summary>Starts the silo on <paramref name="connectionString"/> and waits until it is live.</summary>
    /// <param name="environment">More environment for the silo process (logging settings, say).</param>
    /// <param name="args">More arguments (platforms, audit settings).</param>
    public static async Task<SiloProcess> StartAsync(
        string clusterId, string connectionString, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var certificates = new TestCertificates();
        var httpPort = ApiHost.FreePort();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Aeo"] = connectionString,
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{httpPort}",
            ["Serilog__MinimumLevel__Default"] = "Warning",
        };
        foreach (var (name, value) in environment)
        {
            settings[name] = value;
        }
        var process = HostProcess.Start(
            "Aeo.Silo",
            settings,
            [
                $"--Aeo:Cluster:ClusterId={clusterId}",
                $"--Aeo:Cluster:SiloPort={ApiHost.FreePort()}",
                $"--Aeo:Cluster:GatewayPort={ApiHost.FreePort()}",
                "--Aeo:Cluster:AdvertisedAddress=127.0.0.1",
                $"--Aeo:Cluster:Tls:CertificateDirectory={certificates.Issue("silo")}",
                "--Aeo:Audit:ProgressWriteInterval=00:00:00.200",
                "--Aeo:Audit:SupervisionInterval=00:00:01",
                .. ApiServer.PlatformArgs,
                .. args,
            ]);
        var silo = new SiloProcess(certificates, process, clusterId, httpPort);
        try
        {
            await process.WaitUntilServingAsync($"{silo.HttpAddress}/health/live", TimeSpan.FromSeconds(90));
        }
        catch
        {
            await silo.DisposeAsync();
            throw;
        }
        return silo;
    }

    public async ValueTask DisposeAsync()
    {
        await process.DisposeAsync();
        certificates.Dispose();
    }
}
