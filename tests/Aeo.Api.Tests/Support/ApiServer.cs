using System.Net.Http.Headers;
using System.Net.Sockets;
using Aeo.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Aeo.Api.Tests.Support;

/// <summary>
/// The real API process (embedded silo, Kestrel on loopback) on a fresh migrated database of the test
/// PostgreSQL, with three quick simulated platforms, a slow one and one kept for the breaker test.
/// </summary>
public sealed class ApiServer : IAsyncLifetime
{
    public const string OperatorKey = "test-operator-key-7f3a-0123456789abcdef";

    private WebApplication? app;

    public string ConnectionString { get; private set; } = "";

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Changes to the host's builder before it builds: an exporter or a log sink of the test's own.</summary>
    public Action<WebApplicationBuilder>? Configure { get; init; }

    public Task InitializeAsync() => StartAsync(clusterArgs: []);

    /// <summary>
    /// Starts the API; <paramref name="clusterArgs"/> can make it a client of a separate silo, or set keys these defaults
    /// leave alone (a key given here and below takes the value below).
    /// </summary>
    public async Task StartAsync(string[] clusterArgs, string? connectionString = null)
    {
        ConnectionString = connectionString ?? await PostgresTestServer.CreateMigratedDatabaseAsync();
        string[] args =
        [
            .. clusterArgs,
            "--urls=http://127.0.0.1:0",
            $"--ConnectionStrings:Aeo={ConnectionString}",
            $"--Aeo:Auth:AdminApiKey={OperatorKey}",
            $"--Aeo:Cluster:SiloPort={FreePort()}",
            $"--Aeo:Cluster:GatewayPort={FreePort()}",
            "--Serilog:MinimumLevel:Default=Warning",
            "--Aeo:Audit:ProgressWriteInterval=00:00:00.200",
            "--Aeo:Audit:SupervisionInterval=00:00:01",
            "--Aeo:Audit:MaxAttempts=2",
            "--Aeo:Audit:RetryBaseDelayMs=20",
            .. PlatformArgs,
        ];
        app = await AeoApplication.BuildAsync(args, configure: Configure);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>The process's services, for tests that look at its routes or its settings.</summary>
    public IServiceProvider Services => app!.Services;

    /// <summary>The co-hosted silo's grains, for tests that set up state the API only shows.</summary>
    public IGrainFactory Grains => app!.Services.GetRequiredService<IGrainFactory>();

    public HttpClient Client(string? apiKey)
    {
        var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (apiKey is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }
        return http;
    }

    public async Task<long> CountAsync(string sql, object? parameter = null) => Convert.ToInt64(await ScalarAsync(sql, parameter));

    /// <summary>The first column of the first row of <paramref name="sql"/>, with <c>@p</c> bound to <paramref name="parameter"/>.</summary>
    public async Task<object?> ScalarAsync(string sql, object? parameter = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
        {
            command.Parameters.AddWithValue("p", parameter);
        }
        return await command.ExecuteScalarAsync();
    }

    /// <summary>The platform only the breaker test uses: a breaker opens on a share of the calls started, so another test's calls would keep it shut.</summary>
    public const string BreakablePlatform = "breakable";

    /// <summary>Three quick simulated platforms, a slow one and <see cref="BreakablePlatform"/>, as configuration arguments.</summary>
    public static string[] PlatformArgs { get; } =
    [
        .. Platform("quick-a", 5, 20, 80, style: "list"),
        .. Platform("quick-b", 5, 30, 120, style: "prose"),
        .. Platform("quick-c", 5, 40, 150, style: "mixed"),
        .. Platform("slow", 1500, 2500, 4000, style: "table", rpm: 30),
        .. Platform(BreakablePlatform, 5, 20, 80, style: "list"),
    ];

    private static string[] Platform(string name, int min, int median, int max, string style, int rpm = 6000) =>
    [
        $"--Aeo:Platforms:{name}:Kind=simulated",
        $"--Aeo:Platforms:{name}:RequestsPerMinute={rpm}",
        $"--Aeo:Platforms:{name}:Simulated:LatencyMinMs={min}",
        $"--Aeo:Platforms:{name}:Simulated:LatencyMedianMs={median}",
        $"--Aeo:Platforms:{name}:Simulated:LatencyMaxMs={max}",
        $"--Aeo:Platforms:{name}:Simulated:Style={style}",
    ];

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiServer>
{
    public const string Name = "api";
}
