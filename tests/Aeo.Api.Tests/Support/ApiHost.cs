using System.Net.Http.Headers;
using System.Net.Sockets;
using Aeo.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Aeo.Api.Tests.Support;

/// <summary>
/// Starting and stopping the real API process (embedded silo, Kestrel on loopback) the way the test servers of the API,
/// the CLI and the web app all do: free ports, quiet logs, quick progress writes and supervision, few quick retries.
/// </summary>
public static class ApiHost
{
    /// <summary>The arguments every test server starts with, on <paramref name="connectionString"/> with <paramref name="operatorKey"/>.</summary>
    public static string[] Defaults(string connectionString, string operatorKey) =>
    [
        "--urls=http://127.0.0.1:0",
        $"--ConnectionStrings:Aeo={connectionString}",
        $"--Aeo:Auth:AdminApiKey={operatorKey}",
        $"--Aeo:Cluster:SiloPort={FreePort()}",
        $"--Aeo:Cluster:GatewayPort={FreePort()}",
        "--Serilog:MinimumLevel:Default=Warning",
        "--Aeo:Audit:ProgressWriteInterval=00:00:00.200",
        "--Aeo:Audit:SupervisionInterval=00:00:01",
        "--Aeo:Audit:MaxAttempts=2",
        "--Aeo:Audit:RetryBaseDelayMs=20",
    ];

    /// <summary>Builds and starts the API process; gives it and the address it listens on.</summary>
    public static async Task<(WebApplication App, Uri BaseAddress)> StartAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var app = await AeoApplication.BuildAsync(args, configure: configure);
        await app.StartAsync();
        return (app, new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()));
    }

    public static async Task StopAsync(WebApplication? app)
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>An HTTP client of the process at <paramref name="baseAddress"/>, with <paramref name="apiKey"/> when one is given.</summary>
    public static HttpClient Client(Uri baseAddress, string? apiKey)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (apiKey is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }
        return http;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
