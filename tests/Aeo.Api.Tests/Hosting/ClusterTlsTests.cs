using Aeo.Abstractions.Grains;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Aeo.Api.Tests.Hosting;

/// <summary>
/// Two silos on loopback with mutual TLS on their silo and gateway ports: they form one cluster, a client with a
/// certificate of the cluster CA calls grains, and a client without a certificate, or with one another CA signed,
/// reaches no grain.
/// </summary>
public sealed class ClusterTlsTests : IAsyncLifetime
{
    private static readonly TimeSpan Refusal = TimeSpan.FromSeconds(20);

    private readonly TestCertificates cluster = new();
    private readonly TestCertificates stranger = new("Some other CA");
    private readonly List<IHost> hosts = [];
    private string connectionString = "";
    private ClusterSettings? firstSilo;

    public async Task InitializeAsync()
    {
        connectionString = await PostgresTestServer.CreateMigratedDatabaseAsync();
        for (var i = 0; i < 2; i++)
        {
            var settings = new ClusterSettings
            {
                ClusterId = "tls",
                ServiceId = "tls",
                SiloPort = ApiHost.FreePort(),
                GatewayPort = ApiHost.FreePort(),
                AdvertisedAddress = "127.0.0.1",
            };
            firstSilo ??= settings;
            var tls = new ClusterTls { CertificateDirectory = cluster.Issue($"silo-{i}") }.Load();
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Configuration.AddCommandLine(ApiServer.PlatformArgs);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.UseOrleans(s => s.UseAeoClustering(connectionString, settings).UseAeoClusterTls(tls).AddAeo(connectionString, builder.Configuration));
            var host = builder.Build();
            await host.StartAsync();
            hosts.Add(host);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var host in Enumerable.Reverse(hosts))
        {
            await host.StopAsync();
            host.Dispose();
        }
        cluster.Dispose();
        stranger.Dispose();
    }

    [Fact]
    public async Task The_silos_join_over_tls_and_a_client_with_a_cluster_certificate_calls_grains()
    {
        var management = hosts[0].Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var silos = await management.GetHosts(onlyActive: true);
        Assert.Equal(2, silos.Count);

        using var client = await StartClientAsync(new ClusterTls { CertificateDirectory = cluster.Issue("api") });
        var status = await client.Services.GetRequiredService<IClusterClient>().GetGrain<IPlatformGrain>("quick-a").GetStatusAsync();
        Assert.NotNull(status);
    }

    [Fact]
    public async Task A_client_without_a_certificate_reaches_no_grain()
    {
        await AssertRefusedAsync(new ClusterTls { Enabled = false });
    }

    [Fact]
    public async Task A_client_whose_certificate_another_ca_signed_reaches_no_grain()
    {
        await AssertRefusedAsync(new ClusterTls { CertificateDirectory = stranger.Issue("intruder") });
    }

    /// <summary>
    /// The client neither starts nor calls a grain within <see cref="Refusal"/>: it fails, or it keeps retrying a handshake
    /// the silos refuse (a client with the cluster's certificate answers within seconds, as the first test shows).
    /// </summary>
    private async Task AssertRefusedAsync(ClusterTls tls)
    {
        using var host = BuildClient(tls);
        using var giveUp = new CancellationTokenSource();
        var attempt = Task.Run(async () =>
        {
            await host.StartAsync(giveUp.Token);
            return await host.Services.GetRequiredService<IClusterClient>().GetGrain<IPlatformGrain>("quick-a").GetStatusAsync();
        });
        await Task.WhenAny(attempt, Task.Delay(Refusal));
        Assert.False(attempt.IsCompletedSuccessfully, "the client reached a grain");
        giveUp.Cancel();
        await Task.WhenAny(attempt, Task.Delay(TimeSpan.FromSeconds(10)));
        Assert.False(attempt.IsCompletedSuccessfully, "the client reached a grain");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Record.ExceptionAsync(() => host.StopAsync(stop.Token));
    }

    private async Task<IHost> StartClientAsync(ClusterTls tls)
    {
        var host = BuildClient(tls);
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }
        return host;
    }

    private IHost BuildClient(ClusterTls tls)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddCommandLine(ApiServer.PlatformArgs);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var loaded = tls.Load();
        builder.UseOrleansClient(c => c.UseAeoClustering(connectionString, firstSilo!).UseAeoClusterTls(loaded));
        return builder.Build();
    }
}
