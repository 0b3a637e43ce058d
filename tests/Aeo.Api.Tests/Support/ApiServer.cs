using Microsoft.AspNetCore.Builder;
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
        (app, BaseAddress) = await ApiHost.StartAsync([.. clusterArgs, .. ApiHost.Defaults(ConnectionString, OperatorKey), .. PlatformArgs], Configure);
    }

    public Task DisposeAsync() => ApiHost.StopAsync(app);

    /// <summary>The process's services, for tests that look at its routes or its settings.</summary>
    public IServiceProvider Services => app!.Services;

    /// <summary>The co-hosted silo's grains, for tests that set up state the API only shows.</summary>
    public IGrainFactory Grains => app!.Services.GetRequiredService<IGrainFactory>();

    public HttpClient Client(string? apiKey) => ApiHost.Client(BaseAddress, apiKey);

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
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiServer>
{
    public const string Name = "api";
}
