using Aeo.Grains.Hosting;
using Aeo.Testing;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime.Placement;

namespace Aeo.Grains.Tests.Infrastructure;

/// <summary>
/// An <see cref="InProcessTestCluster"/> whose silos are wired exactly like ours (<c>AddAeo</c>: ADO.NET grain
/// storage and reminders on a fresh migrated PostgreSQL database), with fast audit timings and fast failure detection.
/// </summary>
public sealed class AeoTestCluster : IAsyncDisposable
{
    private readonly ITestOutputHelper? output;
    private readonly ConcurrentQueue<string> log;

    private AeoTestCluster(InProcessTestCluster cluster, string connectionString, Guid clientId, ConcurrentQueue<string> log, ITestOutputHelper? output)
    {
        Cluster = cluster;
        ConnectionString = connectionString;
        ClientId = clientId;
        this.log = log;
        this.output = output;
    }

    public InProcessTestCluster Cluster { get; }

    public string ConnectionString { get; }

    /// <summary>A client row exists for this id (audit_runs references clients).</summary>
    public Guid ClientId { get; }

    public IClusterClient Client => Cluster.Client;

    /// <summary>Fast timings for tests; tests add or override keys (platforms, attempts…).</summary>
    public static Dictionary<string, string?> BaseSettings() => new()
    {
        ["Aeo:Audit:ProgressWriteInterval"] = "00:00:00.200",
        ["Aeo:Audit:SupervisionInterval"] = "00:00:01",
        ["Aeo:Audit:StalledQuestionTimeout"] = "00:00:05",
        ["Aeo:Audit:WatchdogPeriod"] = "00:00:02",
        ["Aeo:Audit:RetryBaseDelayMs"] = "20",
    };

    /// <summary>Adds a simulated platform with the given latencies (ms), budget and failure rate.</summary>
    public static void AddSimulated(
        Dictionary<string, string?> settings, string name, int min, int median, int max, int rpm = 6000, double failureRate = 0, int seed = 1)
    {
        var key = $"Aeo:Platforms:{name}";
        settings[$"{key}:Kind"] = "simulated";
        settings[$"{key}:RequestsPerMinute"] = rpm.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings[$"{key}:MaxConcurrency"] = "256";
        settings[$"{key}:Simulated:LatencyMinMs"] = min.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings[$"{key}:Simulated:LatencyMedianMs"] = median.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings[$"{key}:Simulated:LatencyMaxMs"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings[$"{key}:Simulated:FailureRate"] = failureRate.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings[$"{key}:Simulated:Seed"] = seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <param name="configureServices">Runs on each silo's services after ours are added, to replace one with a test double.</param>
    public static async Task<AeoTestCluster> StartAsync(
        short silos, Dictionary<string, string?> settings, ITestOutputHelper? output = null, Action<IServiceCollection>? configureServices = null)
    {
        // Test classes run in parallel against one server (max_connections 100), and silos never dispose their pools:
        // keep each pool small and let idle connections go quickly.
        var connectionString = await PostgresTestServer.CreateMigratedDatabaseAsync()
                               + ";Maximum Pool Size=8;Connection Idle Lifetime=2;Connection Pruning Interval=1";
        var clientId = Guid.NewGuid();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.ExecuteAsync(
                "insert into clients (id, name, industry, brand) values (@id, 'Test client', 'crm software', '{}'::jsonb)",
                new { id = clientId });
        }

        var log = new ConcurrentQueue<string>();
        var builder = new InProcessTestClusterBuilder(silos);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSiloHost((siloOptions, host) =>
        {
            host.Configuration.AddInMemoryCollection(settings);
            host.Logging.SetMinimumLevel(LogLevel.Warning);
            host.Logging.AddProvider(new QueueLoggerProvider(siloOptions.SiloName, log));
            host.UseOrleans(silo =>
            {
                silo.AddAeo(connectionString, host.Configuration);
                configureServices?.Invoke(silo.Services);
                silo.UseReminderMinimum(TimeSpan.FromSeconds(1));
                silo.Configure<ClusterMembershipOptions>(o =>
                {
                    // Declare a killed silo dead within a few seconds, so a run moves on quickly.
                    o.ProbeTimeout = TimeSpan.FromSeconds(1);
                    o.NumMissedProbesLimit = 2;
                    o.NumVotesForDeathDeclaration = 1;
                    o.TableRefreshTimeout = TimeSpan.FromSeconds(1);
                    o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(2);
                });
            });
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new AeoTestCluster(cluster, connectionString, clientId, log, output);
    }

    public AuditSpec Spec(string[] platforms, int maxQuestions, int samples) => new(
        ClientId,
        new BrandSpec("Acme CRM", ["Acme"], ["acme.example"]),
        [new BrandSpec("Globex", [], ["globex.example"]), new BrandSpec("Initech", [], [])],
        "crm software",
        ["comparison", "recommendation", "best_of", "alternatives", "features", "pricing"],
        platforms,
        maxQuestions,
        samples,
        [],
        ["small agencies", "field sales teams"]);

    public IAuditRunGrain Run(Guid runId) => Client.GetGrain<IAuditRunGrain>(runId);

    /// <summary>Polls the run until it is terminal; fails the test after <paramref name="timeout"/>.</summary>
    public async Task<AuditRunView> WaitForTerminalAsync(Guid runId, TimeSpan timeout, Func<AuditRunView, Task>? onPoll = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        AuditRunView? view = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                view = await Run(runId).GetStatusAsync();
            }
            catch (Exception ex) when (ex is SiloUnavailableException or TimeoutException or OrleansMessageRejectionException or Orleans.Runtime.Messaging.ConnectionFailedException)
            {
                // A silo has just died: ask again.
            }
            if (view is { Status: var status } && status.IsTerminal())
            {
                return view;
            }
            if (view is not null && onPoll is not null)
            {
                await onPoll(view);
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Run {runId} did not end within {timeout}; last view: {view}");
    }

    /// <summary>The silo holding the grain's activation, if any.</summary>
    public InProcessSiloHandle? HostOf(GrainId grain)
    {
        if (Cluster.TryGetGrainContext(grain, out var context))
        {
            return Cluster.GetActiveSilos().FirstOrDefault(s => s.SiloAddress.Equals(context.Address.SiloAddress));
        }
        return null;
    }

    /// <summary>Runs <paramref name="activate"/> with a placement hint so a new activation lands on <paramref name="silo"/>.</summary>
    public static async Task WithPlacementHintAsync(SiloAddress silo, Func<Task> activate)
    {
        RequestContext.Set(IPlacementDirector.PlacementHintKey, silo);
        try
        {
            await activate();
        }
        finally
        {
            RequestContext.Remove(IPlacementDirector.PlacementHintKey);
        }
    }

    public async Task<T> QueryAsync<T>(string sql, object? args = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        return await connection.ExecuteScalarAsync<T>(sql, args) ?? throw new InvalidOperationException("no value: " + sql);
    }

    public async Task<IReadOnlyList<T>> QueryListAsync<T>(string sql, object? args = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        return (await connection.QueryAsync<T>(sql, args)).ToList();
    }

    public IReadOnlyList<string> Log => log.ToArray();

    public async ValueTask DisposeAsync()
    {
        if (output is not null)
        {
            foreach (var line in log.Where(l => !l.Contains("Dashboard", StringComparison.Ordinal)).TakeLast(60))
            {
                try
                {
                    output.WriteLine(line);
                }
                catch (InvalidOperationException)
                {
                }
            }
        }
        try
        {
            await Cluster.StopAllSilosAsync();
        }
        catch (Exception)
        {
            // A silo killed by the test may throw on stop; the database is thrown away anyway.
        }
        await Cluster.DisposeAsync();
        await using var connection = new NpgsqlConnection(ConnectionString);
        NpgsqlConnection.ClearPool(connection);
    }

    private sealed class QueueLoggerProvider(string silo, ConcurrentQueue<string> queue) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new QueueLogger(silo, categoryName, queue);

        public void Dispose()
        {
        }
    }

    private sealed class QueueLogger(string silo, string category, ConcurrentQueue<string> queue) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }
            queue.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} {silo} {logLevel} {category}: {formatter(state, exception)} {exception?.GetType().Name}: {exception?.Message}");
            while (queue.Count > 5000 && queue.TryDequeue(out _))
            {
            }
        }
    }
}
