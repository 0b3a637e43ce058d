namespace Aeo.Storage.Postgres;

/// <summary>Settings for <see cref="ManagedPostgresServer"/>.</summary>
public sealed class ManagedPostgresOptions
{
    /// <summary>Required. The cluster lives in <c>&lt;DataDirectory&gt;/postgres</c>; the password and port files beside it.</summary>
    public string DataDirectory { get; set; } = "";

    /// <summary>TCP port on 127.0.0.1. 0 = pick a free port once and keep it (persisted in the data directory) while it stays free.</summary>
    public int Port { get; set; }

    /// <summary>The database <see cref="ManagedPostgresServer.ConnectionString"/> points at (created if missing).</summary>
    public string Database { get; set; } = "aeo";

    /// <summary>Server binaries; null = <see cref="PostgresBinaries.Locate()"/>.</summary>
    public PostgresBinaries? Binaries { get; set; }

    /// <summary>The server's <c>max_connections</c>: every pool of every process using it counts against it.</summary>
    public int MaxConnections { get; set; } = 100;

    /// <summary>How long to wait for the server to accept connections.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
