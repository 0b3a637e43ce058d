using Aeo.Storage.Postgres;

namespace Aeo.Storage.Tests.Postgres;

public sealed class ManagedPostgresServerTests : IDisposable
{
    private readonly string directory = Path.Combine("/tmp", "aeo-pgtest-" + Guid.NewGuid().ToString("N")[..10]);

    [Fact]
    public async Task Starts_connects_stops_and_restarts_with_its_data_and_port()
    {
        int port;
        await using (var server = await ManagedPostgresServer.StartAsync(new ManagedPostgresOptions { DataDirectory = directory }, NullLogger.Instance, CancellationToken.None))
        {
            port = server.Port;
            Assert.Contains("Database=aeo", server.ConnectionString);
            await using var conn = new NpgsqlConnection(server.ConnectionString);
            await conn.ExecuteAsync("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
            Assert.Equal("127.0.0.1", await conn.ExecuteScalarAsync<string>("SELECT host(inet_server_addr())"));
            Assert.Equal("", await conn.ExecuteScalarAsync<string>("SHOW unix_socket_directories"));

            var other = await server.CreateDatabaseAsync("second_db");
            await using var conn2 = new NpgsqlConnection(other);
            Assert.Equal("second_db", await conn2.ExecuteScalarAsync<string>("SELECT current_database()"));
        }

        var passwordFile = Path.Combine(directory, "postgres.password");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(passwordFile));
        }

        await using (var again = await ManagedPostgresServer.StartAsync(new ManagedPostgresOptions { DataDirectory = directory }, NullLogger.Instance, CancellationToken.None))
        {
            Assert.Equal(port, again.Port);
            await using var conn = new NpgsqlConnection(again.ConnectionString);
            Assert.Equal("still here", await conn.ExecuteScalarAsync<string>("SELECT v FROM kept"));
        }
    }

    [Fact]
    public async Task A_stale_server_from_a_crashed_run_is_stopped_and_restarted()
    {
        var crashed = await ManagedPostgresServer.StartAsync(new ManagedPostgresOptions { DataDirectory = directory }, NullLogger.Instance, CancellationToken.None);
        // Not disposed: simulate a process that died and left its postmaster behind.

        await using var server = await ManagedPostgresServer.StartAsync(new ManagedPostgresOptions { DataDirectory = directory }, NullLogger.Instance, CancellationToken.None);
        await using var conn = new NpgsqlConnection(server.ConnectionString);
        Assert.Equal(1, await conn.ExecuteScalarAsync<int>("SELECT 1"));
        GC.KeepAlive(crashed);
    }

    [Fact]
    public void Missing_binaries_give_a_message_that_says_how_to_get_them()
    {
        var ex = Assert.Throws<PostgresNotFoundException>(() => PostgresBinaries.Locate("", "/nonexistent-root"));
        Assert.Contains("apt-get install -y postgresql", ex.Message);
        Assert.Contains("brew install postgresql@16", ex.Message);
        Assert.Contains("ConnectionStrings__Aeo", ex.Message);
    }

    [Fact]
    public async Task StartAsync_with_missing_binaries_fails_with_the_helpful_message()
    {
        var ex = await Assert.ThrowsAsync<PostgresNotFoundException>(() => ManagedPostgresServer.StartAsync(
            new ManagedPostgresOptions { DataDirectory = directory, Binaries = new PostgresBinaries("/nonexistent/bin") },
            NullLogger.Instance, CancellationToken.None));
        Assert.Contains("apt-get install", ex.Message);
    }

    [Fact]
    public void Binaries_are_found_under_the_versioned_install_root_when_not_on_path()
    {
        var root = Path.Combine(directory, "usr-lib-postgresql");
        foreach (var v in new[] { "9.6", "13", "15" })
        {
            var bin = Directory.CreateDirectory(Path.Combine(root, v, "bin")).FullName;
            foreach (var exe in new[] { "pg_ctl", "initdb", "postgres" })
            {
                File.WriteAllText(Path.Combine(bin, exe), "");
            }
        }
        Assert.Equal(Path.Combine(root, "15", "bin"), PostgresBinaries.Locate("", root).BinDirectory);
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
        }
    }
}
