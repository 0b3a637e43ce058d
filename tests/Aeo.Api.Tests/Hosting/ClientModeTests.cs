using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Aeo.Api.Tests.Hosting;

/// <summary>The API as a thin Orleans client of a separate silo process, both on one PostgreSQL, over mutual TLS.</summary>
public sealed class ClientModeTests : IAsyncLifetime
{
    private readonly ApiServer api = new();
    private readonly TestCertificates certificates = new();
    private IHost? silo;

    public async Task InitializeAsync()
    {
        var connectionString = await PostgresTestServer.CreateMigratedDatabaseAsync();
        var cluster = new ClusterSettings { ClusterId = "client-mode", SiloPort = ApiHost.FreePort(), GatewayPort = ApiHost.FreePort() };
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddCommandLine(ApiServer.PlatformArgs);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var tls = new ClusterTls { CertificateDirectory = certificates.Issue("silo") }.Load();
        builder.UseOrleans(s => s
            .UseAeoClustering(connectionString, cluster)
            .UseAeoClusterTls(tls)
            .AddAeo(connectionString, builder.Configuration));
        silo = builder.Build();
        await silo.StartAsync();

        await api.StartAsync(
            ["--Aeo:Mode=Client", "--Aeo:Cluster:ClusterId=client-mode", $"--Aeo:Cluster:Tls:CertificateDirectory={certificates.Issue("api")}"],
            connectionString);
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        if (silo is not null)
        {
            await silo.StopAsync();
            silo.Dispose();
        }
        certificates.Dispose();
    }

    [Fact]
    public async Task An_api_in_client_mode_runs_audits_on_the_silo_cluster()
    {
        using var probe = api.Client(null);
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/ready")).StatusCode);

        var (_, key) = await TestClients.CreateAsync(api, "Remote Brand");
        using var http = api.Client(key);
        var started = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "quick-a", "quick-c" }, maxQuestions = 6 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();

        var status = (await Runs.WaitUntilEndedAsync(http, location))["status"]!.GetValue<string>();
        Assert.Equal("completed", status);
        var runId = Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);
        Assert.Equal(12, await api.CountAsync("select count(*) from responses where audit_run_id = @p", runId));
    }
}
