using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Aeo.Storage.Postgres;

/// <summary>
/// A PostgreSQL server owned by this process: initialised once in <c>&lt;DataDirectory&gt;/postgres</c>,
/// listening on 127.0.0.1 only (no unix socket), stopped on dispose.
/// </summary>
public sealed partial class ManagedPostgresServer : IAsyncDisposable
{
    private const string SuperUser = "postgres";

    private readonly PostgresBinaries binaries;
    private readonly ClusterLayout layout;
    private readonly ILogger logger;
    private readonly string password;
    private int disposed;

    private readonly int maxConnections;

    private ManagedPostgresServer(
        PostgresBinaries binaries, ClusterLayout layout, ILogger logger, string password, int port, string database, int maxConnections)
    {
        this.maxConnections = maxConnections;
        this.binaries = binaries;
        this.layout = layout;
        this.logger = logger;
        this.password = password;
        Port = port;
        ConnectionString = BuildConnectionString(database);
    }

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; }

    /// <summary>Npgsql connection string to the default database (<see cref="ManagedPostgresOptions.Database"/>, "aeo").</summary>
    public string ConnectionString { get; }

    /// <summary>The PostgreSQL data directory (the cluster).</summary>
    public string ClusterDirectory => layout.ClusterDirectory;

    public static async Task<ManagedPostgresServer> StartAsync(ManagedPostgresOptions options, ILogger logger, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            throw new ArgumentException("ManagedPostgresOptions.DataDirectory is required.", nameof(options));
        }
        ValidateDatabaseName(options.Database);

        var binaries = options.Binaries ?? PostgresBinaries.Locate();
        if (!binaries.IsComplete)
        {
            throw new PostgresNotFoundException(binaries.BinDirectory);
        }
        var layout = await ClusterLayout.ResolveAsync(options.DataDirectory, logger, ct).ConfigureAwait(false);

        var password = await EnsureInitialisedAsync(binaries, layout, logger, ct).ConfigureAwait(false);
        await StopStalePostmasterAsync(binaries, layout, logger, ct).ConfigureAwait(false);

        var explicitPort = options.Port != 0;
        var port = explicitPort ? options.Port : await ChoosePortAsync(layout, ct).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var started = await TryStartAsync(binaries, layout, port, options.MaxConnections, options.StartTimeout, ct).ConfigureAwait(false);
            if (started.Succeeded)
            {
                break;
            }
            var portTaken = started.Output.Contains("could not bind", StringComparison.OrdinalIgnoreCase)
                || started.Output.Contains("already in use", StringComparison.OrdinalIgnoreCase);
            if (explicitPort || !portTaken || attempt >= 3)
            {
                throw new PostgresStartException(
                    $"PostgreSQL failed to start ({ProcessRunner.Describe(binaries.PgCtl, ["start", "-D", layout.ClusterDirectory])}, exit {started.ExitCode}) on port {port}:\n{started.Output}\n{ReadLogTail(layout)}");
            }
            port = FreePort.Pick();
            await File.WriteAllTextAsync(layout.PortFile, port.ToString(CultureInfo.InvariantCulture), ct).ConfigureAwait(false);
        }

        var server = new ManagedPostgresServer(binaries, layout, logger, password, port, options.Database, options.MaxConnections);
        try
        {
            // Pools may hold connections to an earlier server on the same port and password (killed on its stop).
            ClearPool(server.BuildConnectionString("postgres"));
            ClearPool(server.ConnectionString);
            await server.WaitUntilReadyAsync(options.StartTimeout, ct).ConfigureAwait(false);
            await server.EnsureDatabaseAsync(options.Database, ct).ConfigureAwait(false);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        LogStarted(logger, port, layout.ClusterDirectory);
        return server;
    }

    /// <summary>Creates a new, empty database and returns its connection string. Fails if it exists.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken ct = default)
    {
        ValidateDatabaseName(name);
        await using var conn = new NpgsqlConnection(BuildConnectionString("postgres"));
        await conn.OpenAsync(ct).ConfigureAwait(false);
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        return BuildConnectionString(name);
    }

    /// <summary>
    /// Stops the server (fast shutdown: connections are cut) but keeps it, for <see cref="StartAgainAsync"/>: what a
    /// database that blinks looks like to its clients.
    /// </summary>
    public async Task StopAsync(CancellationToken ct = default)
    {
        var stop = await ProcessRunner.RunAsync(binaries.PgCtl, ["stop", "-D", layout.ClusterDirectory, "-m", "fast", "-w", "-t", "60"], layout.RunAsUser, ct).ConfigureAwait(false);
        if (!stop.Succeeded)
        {
            throw new PostgresStartException($"PostgreSQL in {layout.ClusterDirectory} did not stop (exit {stop.ExitCode}):\n{stop.Output}");
        }
        LogStopped(logger, layout.ClusterDirectory);
    }

    /// <summary>Starts a server stopped by <see cref="StopAsync"/> again, on the same port, and waits until it accepts connections.</summary>
    public async Task StartAgainAsync(TimeSpan timeout, CancellationToken ct = default)
    {
        var started = await TryStartAsync(binaries, layout, Port, maxConnections, timeout, ct).ConfigureAwait(false);
        if (!started.Succeeded)
        {
            throw new PostgresStartException($"PostgreSQL failed to start again on port {Port} (exit {started.ExitCode}):\n{started.Output}\n{ReadLogTail(layout)}");
        }
        await WaitUntilReadyAsync(timeout, ct).ConfigureAwait(false);
        LogStarted(logger, Port, layout.ClusterDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        var stop = await ProcessRunner.RunAsync(binaries.PgCtl, ["stop", "-D", layout.ClusterDirectory, "-m", "fast", "-w", "-t", "60"], layout.RunAsUser, CancellationToken.None).ConfigureAwait(false);
        if (stop.Succeeded)
        {
            LogStopped(logger, layout.ClusterDirectory);
        }
        else
        {
            LogStopFailed(logger, layout.ClusterDirectory, stop.ExitCode, stop.Output);
        }
    }

    private static void ClearPool(string connectionString)
    {
        using var conn = new NpgsqlConnection(connectionString);
        NpgsqlConnection.ClearPool(conn);
    }

    private string BuildConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Password = password,
        Database = database,
    }.ConnectionString;

    private static async Task<string> EnsureInitialisedAsync(PostgresBinaries binaries, ClusterLayout layout, ILogger logger, CancellationToken ct)
    {
        var initialised = File.Exists(Path.Combine(layout.ClusterDirectory, "PG_VERSION"));
        if (initialised && File.Exists(layout.PasswordFile))
        {
            return (await File.ReadAllTextAsync(layout.PasswordFile, ct).ConfigureAwait(false)).Trim();
        }
        if (initialised)
        {
            throw new PostgresStartException(
                $"The PostgreSQL cluster in {layout.ClusterDirectory} exists but its password file {layout.PasswordFile} is missing. " +
                "Restore the file, or delete the cluster directory to initialise a new (empty) one.");
        }

        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await layout.PrepareEmptyClusterDirectoryAsync(ct).ConfigureAwait(false);
        var pwFile = await layout.WriteTransientPasswordFileAsync(password, ct).ConfigureAwait(false);
        try
        {
            string[] args = ["-D", layout.ClusterDirectory, "-U", SuperUser, "--pwfile=" + pwFile, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C", "--no-instructions"];
            LogInitialising(logger, layout.ClusterDirectory);
            var r = await ProcessRunner.RunAsync(binaries.InitDb, args, layout.RunAsUser, ct).ConfigureAwait(false);
            if (!r.Succeeded)
            {
                throw new PostgresStartException($"initdb failed ({ProcessRunner.Describe(binaries.InitDb, args)}, exit {r.ExitCode}):\n{r.Output}");
            }
        }
        finally
        {
            File.Delete(pwFile);
        }
        await ClusterLayout.WriteSecretAsync(layout.PasswordFile, password, ct).ConfigureAwait(false);
        return password;
    }

    private static async Task StopStalePostmasterAsync(PostgresBinaries binaries, ClusterLayout layout, ILogger logger, CancellationToken ct)
    {
        var pidFile = Path.Combine(layout.ClusterDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return;
        }
        var status = await ProcessRunner.RunAsync(binaries.PgCtl, ["status", "-D", layout.ClusterDirectory], layout.RunAsUser, ct).ConfigureAwait(false);
        if (status.ExitCode == 0)
        {
            LogStaleServer(logger, layout.ClusterDirectory);
            var stop = await ProcessRunner.RunAsync(binaries.PgCtl, ["stop", "-D", layout.ClusterDirectory, "-m", "fast", "-w", "-t", "60"], layout.RunAsUser, ct).ConfigureAwait(false);
            if (!stop.Succeeded)
            {
                stop = await ProcessRunner.RunAsync(binaries.PgCtl, ["stop", "-D", layout.ClusterDirectory, "-m", "immediate", "-w", "-t", "30"], layout.RunAsUser, ct).ConfigureAwait(false);
            }
            if (!stop.Succeeded)
            {
                throw new PostgresStartException($"A PostgreSQL server from an earlier run holds {layout.ClusterDirectory} and could not be stopped (exit {stop.ExitCode}):\n{stop.Output}");
            }
        }
        else if (File.Exists(pidFile))
        {
            // No live postmaster behind the pid file: remove it so a recycled pid cannot block the start.
            File.Delete(pidFile);
        }
    }

    private static async Task<int> ChoosePortAsync(ClusterLayout layout, CancellationToken ct)
    {
        if (File.Exists(layout.PortFile)
            && int.TryParse((await File.ReadAllTextAsync(layout.PortFile, ct).ConfigureAwait(false)).Trim(), CultureInfo.InvariantCulture, out var saved)
            && saved is > 0 and < 65536
            && FreePort.IsFree(saved))
        {
            return saved;
        }
        var port = FreePort.Pick();
        await File.WriteAllTextAsync(layout.PortFile, port.ToString(CultureInfo.InvariantCulture), ct).ConfigureAwait(false);
        return port;
    }

    private static Task<ProcessRunner.Result> TryStartAsync(
        PostgresBinaries binaries, ClusterLayout layout, int port, int maxConnections, TimeSpan timeout, CancellationToken ct)
    {
        var serverOptions = $"-p {port} -c max_connections={maxConnections} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c password_encryption=scram-sha-256";
        string[] args = ["start", "-D", layout.ClusterDirectory, "-l", layout.LogFile, "-w", "-t", ((int)timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture), "-o", serverOptions];
        return ProcessRunner.RunAsync(binaries.PgCtl, args, layout.RunAsUser, ct);
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                await using var conn = new NpgsqlConnection(BuildConnectionString("postgres") + ";Pooling=false;Timeout=5");
                await conn.OpenAsync(ct).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
            {
                throw new PostgresStartException($"PostgreSQL on 127.0.0.1:{Port} did not accept connections within {timeout}.\n{ReadLogTail(layout)}", ex);
            }
        }
    }

    private async Task EnsureDatabaseAsync(string database, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(BuildConnectionString("postgres"));
        await conn.OpenAsync(ct).ConfigureAwait(false);
        await using var check = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", conn);
        check.Parameters.AddWithValue("name", database);
        if (await check.ExecuteScalarAsync(ct).ConfigureAwait(false) is null)
        {
            try
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", conn);
                await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // created concurrently: fine
            }
        }
    }

    private static string ReadLogTail(ClusterLayout layout)
    {
        try
        {
            if (!File.Exists(layout.LogFile))
            {
                return "";
            }

            var lines = File.ReadAllLines(layout.LogFile);
            return "server.log (tail):\n" + string.Join('\n', lines.TakeLast(30));
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static void ValidateDatabaseName(string name)
    {
        if (!DatabaseName().IsMatch(name))
        {
            throw new ArgumentException($"Invalid database name '{name}': use 1-63 characters of a-z, 0-9 and _, starting with a letter or _.", nameof(name));
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();

    [LoggerMessage(Level = LogLevel.Information, Message = "Initialising a new PostgreSQL cluster in {ClusterDirectory}")]
    private static partial void LogInitialising(ILogger logger, string clusterDirectory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A PostgreSQL server from an earlier run still holds {ClusterDirectory}; stopping it")]
    private static partial void LogStaleServer(ILogger logger, string clusterDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Managed PostgreSQL listening on 127.0.0.1:{Port} (cluster {ClusterDirectory})")]
    private static partial void LogStarted(ILogger logger, int port, string clusterDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Managed PostgreSQL stopped (cluster {ClusterDirectory})")]
    private static partial void LogStopped(ILogger logger, string clusterDirectory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopping managed PostgreSQL (cluster {ClusterDirectory}) failed with exit {ExitCode}: {Output}")]
    private static partial void LogStopFailed(ILogger logger, string clusterDirectory, int exitCode, string output);
}
