namespace Aeo.Storage.Postgres;

/// <summary>Where the PostgreSQL server binaries (pg_ctl, initdb, postgres) live.</summary>
public sealed record PostgresBinaries(string BinDirectory)
{
    /// <summary>The directory searched for versioned installs by default (Debian/Ubuntu layout).</summary>
    public const string DefaultInstallRoot = "/usr/lib/postgresql";

    private static readonly string[] Required = ["pg_ctl", "initdb", "postgres"];

    public string PgCtl => Path.Combine(BinDirectory, Exe("pg_ctl"));

    public string InitDb => Path.Combine(BinDirectory, Exe("initdb"));

    public string Postgres => Path.Combine(BinDirectory, Exe("postgres"));

    /// <summary>True when pg_ctl, initdb and postgres all exist in <see cref="BinDirectory"/>.</summary>
    public bool IsComplete => HasAll(BinDirectory);

    /// <summary>Finds the binaries on PATH, else the highest version under <c>/usr/lib/postgresql/*/bin</c>.</summary>
    /// <exception cref="PostgresNotFoundException">When none are found.</exception>
    public static PostgresBinaries Locate() =>
        Locate(Environment.GetEnvironmentVariable("PATH"), DefaultInstallRoot);

    /// <summary>Finds the binaries on the given search path, else the highest version under <paramref name="installRoot"/>/*/bin.</summary>
    /// <exception cref="PostgresNotFoundException">When none are found.</exception>
    public static PostgresBinaries Locate(string? searchPath, string installRoot)
    {
        var pathDirs = (searchPath ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var dir in pathDirs)
        {
            if (HasAll(dir))
            {
                // /usr/local/bin may hold symlinks; resolve to the real bin directory so siblings are found.
                var resolved = ResolveDirectory(Path.Combine(dir, Exe("pg_ctl")));
                return new PostgresBinaries(resolved is not null && HasAll(resolved) ? resolved : dir);
            }
        }

        var versioned = Directory.Exists(installRoot)
            ? Directory.GetDirectories(installRoot)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: ParseVersion(Path.GetFileName(d))))
                .Where(c => c.Version is not null && HasAll(c.Dir))
                .OrderByDescending(c => c.Version)
                .Select(c => c.Dir)
                .FirstOrDefault()
            : null;
        if (versioned is not null)
        {
            return new PostgresBinaries(versioned);
        }

        throw new PostgresNotFoundException($"PATH ({(pathDirs.Length == 0 ? "empty" : string.Join(Path.PathSeparator, pathDirs))}) and {installRoot}/*/bin");
    }

    private static bool HasAll(string dir) => Required.All(name => File.Exists(Path.Combine(dir, Exe(name))));

    private static string? ResolveDirectory(string file)
    {
        try
        {
            var target = File.ResolveLinkTarget(file, returnFinalTarget: true);
            return target is null ? null : Path.GetDirectoryName(target.FullName);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static Version? ParseVersion(string name) =>
        Version.TryParse(name.Contains('.') ? name : name + ".0", out var v) ? v : null;

    private static string Exe(string name) => OperatingSystem.IsWindows() ? name + ".exe" : name;
}
