using System.Security.Cryptography;
using System.Text;

namespace Aeo.Storage.Postgres;

/// <summary>
/// Where the cluster and its secrets live, and which OS user runs the server.
/// initdb/postgres refuse to run as root: as root they run as the <c>postgres</c> user, which must own the
/// cluster directory and be able to reach it; if it cannot traverse DataDirectory (e.g. under /root), the
/// cluster goes to <c>/var/lib/aeo/postgres-&lt;hash&gt;</c> instead.
/// </summary>
internal sealed record ClusterLayout(string DataDirectory, string ClusterDirectory, string PasswordFile, string PortFile, string? RunAsUser)
{
    public const string ServiceUser = "postgres";
    public const string FallbackRoot = "/var/lib/aeo";

    public string LogFile => Path.Combine(ClusterDirectory, "server.log");

    public static async Task<ClusterLayout> ResolveAsync(string dataDirectory, ILogger logger, CancellationToken ct)
    {
        var data = Path.GetFullPath(dataDirectory);
        Directory.CreateDirectory(data);
        var password = Path.Combine(data, "postgres.password");
        var port = Path.Combine(data, "postgres.port");
        var cluster = Path.Combine(data, "postgres");

        if (!ProcessRunner.IsRoot)
        {
            return new ClusterLayout(data, cluster, password, port, null);
        }

        var canTraverse = await ProcessRunner.RunAsync("test", ["-x", data, "-a", "-r", data], ServiceUser, ct).ConfigureAwait(false);
        if (!canTraverse.Succeeded)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(data)))[..12];
            Directory.CreateDirectory(FallbackRoot);
            cluster = Path.Combine(FallbackRoot, "postgres-" + hash);
            logger.LogInformation(
                "Running as root and the '{User}' user cannot reach {DataDirectory}; the managed PostgreSQL cluster lives in {ClusterDirectory}",
                ServiceUser, data, cluster);
        }

        Directory.CreateDirectory(cluster);
        await ChownAsync(cluster, ct).ConfigureAwait(false);
        return new ClusterLayout(data, cluster, password, port, ServiceUser);
    }

    public async Task PrepareEmptyClusterDirectoryAsync(CancellationToken ct)
    {
        if (Directory.Exists(ClusterDirectory))
        {
            Directory.Delete(ClusterDirectory, recursive: true);
        }
        Directory.CreateDirectory(ClusterDirectory);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(ClusterDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        if (RunAsUser is not null)
        {
            await ChownAsync(ClusterDirectory, ct).ConfigureAwait(false);
        }
    }

    /// <summary>A short-lived copy of the password that the server user can read (for initdb --pwfile).</summary>
    public async Task<string> WriteTransientPasswordFileAsync(string password, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), "aeo-pg-" + Guid.NewGuid().ToString("N") + ".pw");
        await WriteSecretAsync(path, password, ct, FileMode.CreateNew).ConfigureAwait(false);
        if (RunAsUser is not null)
        {
            await ChownAsync(path, ct).ConfigureAwait(false);
        }
        return path;
    }

    /// <summary>
    /// Writes a secret to a file readable by its owner only from the moment it exists (created with that mode, never
    /// widened after the fact); a file already there is narrowed to the same mode before anything is written to it.
    /// </summary>
    /// <param name="mode"><see cref="FileMode.CreateNew"/> for a file that must not exist yet (a name in a shared directory).</param>
    public static async Task WriteSecretAsync(string path, string content, CancellationToken ct, FileMode mode = FileMode.Create)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        await using var stream = new FileStream(path, options);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(stream.SafeFileHandle, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        var bytes = Encoding.UTF8.GetBytes(content);
        await stream.WriteAsync(bytes, ct).ConfigureAwait(false);
    }

    private static async Task ChownAsync(string path, CancellationToken ct)
    {
        var r = await ProcessRunner.RunAsync("chown", ["-R", ServiceUser + ":", path], null, ct).ConfigureAwait(false);
        if (!r.Succeeded)
        {
            throw new PostgresStartException($"chown {ServiceUser} {path} failed ({r.ExitCode}): {r.Output}");
        }
    }
}
