using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Aeo.Grains.Hosting;
using Aeo.Storage.Migrations;
using Aeo.Storage.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Aeo.Bench;

/// <summary>
/// A managed PostgreSQL in a temporary directory and one in-process silo (localhost clustering) wired exactly as
/// production wires it (<see cref="AeoSiloBuilderExtensions.AddAeo(ISiloBuilder, string, IConfiguration)"/>), with two sets of simulated platforms:
/// rate-limited long-tailed ones for scenario A and instant, unlimited ones for scenario B.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    public static readonly string[] RatedPlatforms = ["rated-1", "rated-2", "rated-3", "rated-4"];
    public static readonly string[] InstantPlatforms = ["instant-1", "instant-2", "instant-3", "instant-4"];
    public const int UnlimitedRpm = 1_000_000;

    private readonly ManagedPostgresServer postgres;
    private readonly string directory;

    private BenchHost(ManagedPostgresServer postgres, string directory, IHost silo, Guid clientId)
    {
        this.postgres = postgres;
        this.directory = directory;
        Silo = silo;
        ClientId = clientId;
    }

    public IHost Silo { get; }

    public Guid ClientId { get; }

    public IServiceProvider Services => Silo.Services;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public static BrandSpec Brand { get; } = new("Acme CRM", ["Acme"], ["acme-crm.com"]);

    public static BrandSpec[] Competitors { get; } =
    [
        new("Salesforce", ["SFDC"], ["salesforce.com"]),
        new("HubSpot", [], ["hubspot.com"]),
        new("Pipedrive", [], ["pipedrive.com"]),
        new("Zoho CRM", ["Zoho"], ["zoho.com"]),
    ];

    public const string Industry = "CRM";

    /// <summary>The names scenario C's providers may mention in their answers.</summary>
    public static IReadOnlyList<string> TrackedBrandNames { get; } = [Brand.Name, .. Competitors.Select(c => c.Name)];

    /// <param name="extraSettings">More configuration (scenario C's provider platforms).</param>
    public static async Task<BenchHost> StartAsync(BenchOptions options, IReadOnlyDictionary<string, string?> extraSettings)
    {
        var directory = Path.Combine(Path.GetTempPath(), "aeo-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        var postgres = await ManagedPostgresServer.StartAsync(
            new ManagedPostgresOptions { DataDirectory = directory, Database = "aeo_bench" }, NullLogger.Instance, CancellationToken.None);
        try
        {
            await MigrationRunner.ApplyAsync(postgres.ConnectionString, NullLogger.Instance, CancellationToken.None);

            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Configuration.AddInMemoryCollection(Settings(options).Concat(extraSettings));
            builder.Logging.ClearProviders();
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.UseOrleans(silo =>
            {
                silo.UseLocalhostClustering(FreePort(), FreePort(), serviceId: "aeo-bench", clusterId: "aeo-bench");
                silo.AddAeo(postgres.ConnectionString, builder.Configuration);
            });
            var host = builder.Build();
            await host.StartAsync();

            var clientId = Guid.CreateVersion7();
            await host.Services.GetRequiredService<ClientRepository>().CreateAsync(
                new ClientRecord(clientId, "bench", Industry, Brand, Competitors, DateTimeOffset.UtcNow),
                Guid.NewGuid().ToByteArray(), CancellationToken.None);
            return new BenchHost(postgres, directory, host, clientId);
        }
        catch
        {
            await postgres.DisposeAsync();
            throw;
        }
    }

    private static Dictionary<string, string?> Settings(BenchOptions o)
    {
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < RatedPlatforms.Length; i++)
        {
            var key = $"Aeo:Platforms:{RatedPlatforms[i]}";
            settings[$"{key}:Kind"] = "simulated";
            settings[$"{key}:RequestsPerMinute"] = o.RequestsPerMinute.ToString(CultureInfo.InvariantCulture);
            settings[$"{key}:MaxConcurrency"] = "256";
            settings[$"{key}:Simulated:LatencyMinMs"] = o.LatencyMinMs.ToString(CultureInfo.InvariantCulture);
            settings[$"{key}:Simulated:LatencyMedianMs"] = o.LatencyMedianMs.ToString(CultureInfo.InvariantCulture);
            settings[$"{key}:Simulated:LatencyMaxMs"] = o.LatencyMaxMs.ToString(CultureInfo.InvariantCulture);
            settings[$"{key}:Simulated:Seed"] = (i + 1).ToString(CultureInfo.InvariantCulture);
        }
        for (var i = 0; i < InstantPlatforms.Length; i++)
        {
            var key = $"Aeo:Platforms:{InstantPlatforms[i]}";
            settings[$"{key}:Kind"] = "simulated";
            settings[$"{key}:RequestsPerMinute"] = UnlimitedRpm.ToString(CultureInfo.InvariantCulture);
            settings[$"{key}:MaxConcurrency"] = UnlimitedRpm.ToString(CultureInfo.InvariantCulture);
            settings[$"{key}:Simulated:LatencyMinMs"] = "0";
            settings[$"{key}:Simulated:LatencyMedianMs"] = "0";
            settings[$"{key}:Simulated:LatencyMaxMs"] = "0";
            settings[$"{key}:Simulated:Seed"] = (i + 11).ToString(CultureInfo.InvariantCulture);
        }
        return settings;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Silo.StopAsync(TimeSpan.FromSeconds(30));
            Silo.Dispose();
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
