namespace Aeo.Chaos;

/// <summary>
/// The silo processes and the API process on loopback, all against one PostgreSQL. Kills silos with SIGKILL and
/// restarts them on fresh ports (as a rescheduled container would come back); kills everything on dispose.
/// </summary>
internal sealed class ChaosCluster : IDisposable
{
    private readonly Repository repository;
    private readonly string logDirectory;
    private readonly string[] sharedArguments;
    private readonly Dictionary<string, string> environment;
    private readonly ChildProcess?[] silos;
    private readonly int[] siloHttpPorts;
    private readonly HttpClient health = new() { Timeout = TimeSpan.FromSeconds(5) };
    private ChildProcess? api;
    private int disposed;

    public ChaosCluster(Repository repository, string logDirectory, string connectionString, string operatorKey, ChaosOptions options)
    {
        this.repository = repository;
        this.logDirectory = logDirectory;
        var clusterId = "chaos-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var certificates = MakeCertificates(repository, Path.Combine(logDirectory, "certs"));
        sharedArguments =
        [
            // The silos' certificate serves the API too: it carries both TLS usages and the cluster CA signed it.
            $"--Aeo:Cluster:Tls:CertificateDirectory={certificates}",
            $"--Aeo:Cluster:ClusterId={clusterId}",
            $"--Aeo:Cluster:ServiceId={clusterId}",
            "--Aeo:Cluster:AdvertisedAddress=127.0.0.1",
            .. ChaosPlatforms.Settings(options.RequestsPerMinute).Select(s => $"--{s.Key}={s.Value}"),
        ];
        // Secrets go through the environment, never the command line (which any user can read in ps).
        environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Aeo"] = connectionString,
            ["Aeo__Auth__AdminApiKey"] = operatorKey,
            ["AEO_SILO_CONFIG"] = repository.SiloConfig,
        };
        silos = new ChildProcess?[options.Silos];
        siloHttpPorts = new int[options.Silos];
        ApiPort = FreePort.Pick();
    }

    public int ApiPort { get; }

    public int SiloCount => silos.Length;

    public int? SiloProcessId(int silo) => silos[silo]?.Id;

    /// <summary>Runs the repository's certificate script; returns the directory of the silos' certificate.</summary>
    private static string MakeCertificates(Repository repository, string directory)
    {
        using var script = System.Diagnostics.Process.Start("bash", [repository.CertificateScript, directory])
                           ?? throw new InvalidOperationException("bash could not be started to make the cluster certificates.");
        script.WaitForExit();
        return script.ExitCode == 0
            ? Path.Combine(directory, "silo")
            : throw new InvalidOperationException($"{repository.CertificateScript} failed with exit code {script.ExitCode}.");
    }

    /// <summary>Starts every silo, waits until each serves HTTP, then starts the API in client mode and waits until it is ready.</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        for (var i = 0; i < silos.Length; i++)
        {
            StartSilo(i);
        }
        for (var i = 0; i < silos.Length; i++)
        {
            await WaitForAsync($"silo {i + 1}", $"http://127.0.0.1:{siloHttpPorts[i]}/health/live", () => silos[i]!.HasExited, ct);
        }
        api = ChildProcess.Start(
            repository.ApiAssembly,
            [.. sharedArguments, "--Aeo:Mode=Client", $"--urls=http://127.0.0.1:{ApiPort}"],
            environment,
            repository.Root,
            Path.Combine(logDirectory, "api.log"));
        await WaitForAsync("the API", $"http://127.0.0.1:{ApiPort}/health/ready", () => api.HasExited, ct);
    }

    /// <summary>SIGKILL the silo; returns the pid it had.</summary>
    public int Kill(int silo)
    {
        var process = silos[silo] ?? throw new InvalidOperationException($"Silo {silo + 1} is not running.");
        var pid = process.Id;
        process.Dispose();
        silos[silo] = null;
        return pid;
    }

    /// <summary>Starts the silo again on fresh silo, gateway and HTTP ports; returns its pid.</summary>
    public int Restart(int silo)
    {
        if (silos[silo] is not null)
        {
            throw new InvalidOperationException($"Silo {silo + 1} is still running.");
        }
        return StartSilo(silo).Id;
    }

    /// <summary>The silos that died without being killed by us.</summary>
    public IEnumerable<int> UnexpectedlyExitedSilos() => Enumerable.Range(0, silos.Length).Where(i => silos[i] is { HasExited: true });

    public bool ApiHasExited => api?.HasExited ?? false;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }
        api?.Dispose();
        foreach (var silo in silos)
        {
            silo?.Dispose();
        }
        health.Dispose();
    }

    private ChildProcess StartSilo(int silo)
    {
        siloHttpPorts[silo] = FreePort.Pick();
        string[] arguments =
        [
            .. sharedArguments,
            $"--Aeo:Cluster:SiloPort={FreePort.Pick()}",
            $"--Aeo:Cluster:GatewayPort={FreePort.Pick()}",
            $"--urls=http://127.0.0.1:{siloHttpPorts[silo]}",
        ];
        var logFile = Path.Combine(logDirectory, $"silo-{silo + 1}.log");
        File.AppendAllText(logFile, $"===== start at {DateTimeOffset.Now:O} =====\n");
        var process = ChildProcess.Start(repository.SiloAssembly, arguments, environment, repository.Root, logFile);
        silos[silo] = process;
        return process;
    }

    private async Task WaitForAsync(string what, string url, Func<bool> exited, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (exited())
            {
                throw new InvalidOperationException($"{what} exited while starting; see its log in {logDirectory}.");
            }
            try
            {
                using var response = await health.GetAsync(url, ct);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                // not listening yet
            }
            await Task.Delay(500, ct);
        }
        throw new TimeoutException($"{what} was not ready at {url} within 3 minutes; see its log in {logDirectory}.");
    }
}
