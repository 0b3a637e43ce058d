using Aeo.Storage.Migrations;
using Aeo.Storage.Postgres;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Aeo.Testing;

/// <summary>
/// One throwaway managed PostgreSQL per test process, in a temporary directory under /tmp,
/// stopped and deleted at process exit. Fixtures call <see cref="CreateMigratedDatabaseAsync"/> once each.
/// </summary>
public static class PostgresTestServer
{
    // Every test's API and silos open pools of their own on a database of their own, and idle pooled connections outlive
    // the test that opened them for a while: PostgreSQL's default of 100 runs out when test classes run in parallel.
    private const int TestMaxConnections = 1000;

    private static readonly Lazy<Task<ManagedPostgresServer>> Server = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    private static string? directory;

    /// <summary>The shared server (started on first use).</summary>
    public static Task<ManagedPostgresServer> GetAsync() => Server.Value;

    /// <summary>Creates a fresh database with a unique name, applies <see cref="MigrationRunner"/>, returns its connection string.</summary>
    public static async Task<string> CreateMigratedDatabaseAsync(ILogger? logger = null)
    {
        var connectionString = await CreateEmptyDatabaseAsync().ConfigureAwait(false);
        await MigrationRunner.ApplyAsync(connectionString, logger ?? NullLogger.Instance, CancellationToken.None).ConfigureAwait(false);
        return connectionString;
    }

    /// <summary>Creates a fresh, empty database with a unique name and returns its connection string.</summary>
    public static async Task<string> CreateEmptyDatabaseAsync()
    {
        var server = await GetAsync().ConfigureAwait(false);
        return await server.CreateDatabaseAsync("t_" + Guid.NewGuid().ToString("N")).ConfigureAwait(false);
    }

    /// <summary>
    /// A server of the caller's own, in a directory of its own, for a test that stops and starts it (which would cut off
    /// every other test from the shared one). Dispose it; it is also stopped at process exit.
    /// </summary>
    public static async Task<ManagedPostgresServer> StartPrivateAsync()
    {
        var own = Path.Combine("/tmp", "aeo-tests-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(own);
        var server = await ManagedPostgresServer.StartAsync(
            new ManagedPostgresOptions { DataDirectory = own, MaxConnections = TestMaxConnections }, NullLogger.Instance, CancellationToken.None).ConfigureAwait(false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            DeleteQuietly(own);
        };
        return server;
    }

    private static async Task<ManagedPostgresServer> StartAsync()
    {
        SweepLeftovers();
        directory = Path.Combine("/tmp", "aeo-tests-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        var server = await ManagedPostgresServer.StartAsync(
            new ManagedPostgresOptions { DataDirectory = directory, MaxConnections = TestMaxConnections },
            NullLogger.Instance,
            CancellationToken.None).ConfigureAwait(false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(server);
        return server;
    }

    private static void Stop(ManagedPostgresServer server)
    {
        try
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        finally
        {
            DeleteQuietly(server.ClusterDirectory);
            if (directory is not null)
            {
                DeleteQuietly(directory);
            }
        }
    }

    /// <summary>Removes servers and directories of earlier test processes that died before their exit handler ran.</summary>
    private static void SweepLeftovers()
    {
        foreach (var dir in Directory.GetDirectories("/tmp", "aeo-tests-*"))
        {
            var parts = Path.GetFileName(dir).Split('-');
            if (parts.Length < 3 || !int.TryParse(parts[2], out var ownerPid) || IsAlive(ownerPid))
            {
                continue;
            }

            var pidFile = Path.Combine(dir, "postgres", "postmaster.pid");
            try
            {
                if (File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).First().Trim(), out var postmaster) && IsAlive(postmaster))
                {
                    using var p = System.Diagnostics.Process.GetProcessById(postmaster);
                    p.Kill();
                    p.WaitForExit(10_000);
                }
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
            {
            }
            DeleteQuietly(dir);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var p = System.Diagnostics.Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
