using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Aeo.Api.Hosting;
using Aeo.Storage.Postgres;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Aeo.Bench.Load;

/// <summary>
/// A managed PostgreSQL in a temporary directory and the real API process on it (embedded silo, Kestrel on loopback),
/// built by <see cref="AeoApplication.BuildAsync"/> as production builds it, with simulated platforms of a given pace.
/// </summary>
internal sealed class LoadHost : IAsyncDisposable
{
    public const string OperatorKey = "bench-operator-key-5d1e-0123456789abcdef";

    private readonly ManagedPostgresServer postgres;
    private readonly string directory;
    private readonly WebApplication app;

    private LoadHost(ManagedPostgresServer postgres, string directory, WebApplication app, Uri baseAddress)
    {
        this.postgres = postgres;
        this.directory = directory;
        this.app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string ConnectionString => postgres.ConnectionString;

    public IServiceProvider Services => app.Services;

    public IGrainFactory Grains => app.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Starts PostgreSQL and the API process on it with <paramref name="platforms"/> and <paramref name="extraArgs"/>.</summary>
    /// <param name="settings">A source added last, which the caller may change while the host runs.</param>
    /// <param name="beforeApi">Runs with PostgreSQL's connection string once it is migrated, before the API starts (to start silos).</param>
    public static async Task<LoadHost> StartAsync(
        IReadOnlyList<SimulatedPlatform> platforms, IEnumerable<string> extraArgs, SwitchableSettings? settings = null, Func<string, Task>? beforeApi = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "aeo-bench-load-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        var postgres = await ManagedPostgresServer.StartAsync(
            new ManagedPostgresOptions { DataDirectory = directory, Database = "aeo_bench", MaxConnections = 200 }, NullLogger.Instance, CancellationToken.None);
        try
        {
            if (beforeApi is not null)
            {
                await Aeo.Storage.Migrations.MigrationRunner.ApplyAsync(postgres.ConnectionString, NullLogger.Instance, CancellationToken.None);
                await beforeApi(postgres.ConnectionString);
            }
            string[] args =
            [
                "--urls=http://127.0.0.1:0",
                $"--ConnectionStrings:Aeo={postgres.ConnectionString}",
                $"--Aeo:Auth:AdminApiKey={OperatorKey}",
                $"--Aeo:Cluster:SiloPort={FreePort()}",
                $"--Aeo:Cluster:GatewayPort={FreePort()}",
                $"--Aeo:DataDirectory={directory}",
                "--Serilog:MinimumLevel:Default=Warning",
                "--Logging:LogLevel:Default=Warning",
                // One key drives the whole load here; the per-key limit stays on, high enough not to refuse it.
                "--Aeo:RateLimits:PerKeyPerMinute=1000000",
                .. platforms.SelectMany(p => p.Args()),
                .. extraArgs,
            ];
            var app = await AeoApplication.BuildAsync(args, configure: builder =>
            {
                if (settings is not null)
                {
                    ((IConfigurationBuilder)builder.Configuration).Add(settings);
                }
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new LoadHost(postgres, directory, app, new Uri(address));
        }
        catch
        {
            await postgres.DisposeAsync();
            throw;
        }
    }

    public HttpClient Client(string? apiKey, int connections = 8)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        var http = new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        if (apiKey is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }
        return http;
    }

    /// <summary>Creates a client through the API, as the operator does; returns its id and key.</summary>
    public async Task<(Guid Id, string Key)> CreateClientAsync(string brand)
    {
        using var http = Client(OperatorKey);
        var body = new
        {
            name = brand + " Inc",
            industry = "CRM",
            brand = new { name = brand, aliases = new[] { brand + " App" }, domains = new[] { brand.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal) + ".com" } },
            competitors = new[]
            {
                new { name = "HubSpot", aliases = Array.Empty<string>(), domains = new[] { "hubspot.com" } },
                new { name = "Salesforce", aliases = new[] { "SFDC" }, domains = new[] { "salesforce.com" } },
                new { name = "Pipedrive", aliases = Array.Empty<string>(), domains = new[] { "pipedrive.com" } },
            },
        };
        using var response = await http.PostAsJsonAsync("/api/v1/clients", body);
        var json = await ReadAsync(response, HttpStatusCode.Created);
        return (json["id"]!.GetValue<Guid>(), json["apiKey"]!.GetValue<string>());
    }

    /// <summary>
    /// Starts an audit through the API with exactly <paramref name="questions"/> questions (numbered custom questions, so
    /// the generator's templates do not decide the count); returns the run id and its work items.
    /// </summary>
    public static async Task<(Guid RunId, int WorkItems)> StartAuditAsync(HttpClient http, IReadOnlyList<string> platforms, int questions, int samples)
    {
        var custom = Enumerable.Range(1, questions).Select(i => $"Which CRM would you pick for a team of {i + 1} people, and why?").ToArray();
        var body = new { platforms, maxQuestions = questions, samplesPerQuestion = samples, customQuestions = custom };
        using var response = await http.PostAsJsonAsync("/api/v1/audits", body);
        var json = await ReadAsync(response, HttpStatusCode.Accepted);
        return (json["id"]!.GetValue<Guid>(), json["progress"]!["total"]!.GetValue<int>());
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {text}");
        }
        return JsonNode.Parse(text)!;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        finally
        {
            await postgres.DisposeAsync();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}

/// <summary>A simulated platform's pace: its requests per minute and log-normal latency.</summary>
internal sealed record SimulatedPlatform(string Name, int RequestsPerMinute, int LatencyMinMs, int LatencyMedianMs, int LatencyMaxMs, int Seed)
{
    public IEnumerable<string> Args()
    {
        var key = $"--Aeo:Platforms:{Name}";
        yield return $"{key}:Kind=simulated";
        yield return $"{key}:RequestsPerMinute={RequestsPerMinute}";
        yield return $"{key}:MaxConcurrency=512";
        yield return $"{key}:Simulated:LatencyMinMs={LatencyMinMs}";
        yield return $"{key}:Simulated:LatencyMedianMs={LatencyMedianMs}";
        yield return $"{key}:Simulated:LatencyMaxMs={LatencyMaxMs}";
        yield return $"{key}:Simulated:Seed={Seed}";
    }

    public static SimulatedPlatform[] Set(string prefix, int count, int rpm, int min, int median, int max) =>
        [.. Enumerable.Range(1, count).Select(i => new SimulatedPlatform($"{prefix}-{i}", rpm, min, median, max, i))];
}
