namespace Aeo.Bench.Load;

/// <summary>
/// A silo of the cluster as its own process: the built Aeo.Silo dll under <c>dotnet</c>, configured by arguments, serving
/// <c>/metrics</c> and <c>/health/live</c> on a port of its own. Stopped with SIGTERM (a graceful leave), killed if it lingers.
/// </summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string folder;

    private SiloProcess(Process process, string folder, Uri http)
    {
        this.process = process;
        this.folder = folder;
        Http = http;
    }

    public Uri Http { get; }

    public int ProcessId => process.Id;

    public static async Task<SiloProcess> StartAsync(string connectionString, string clusterId, IEnumerable<string> args)
    {
        var httpPort = LoadHost.FreePort();
        var folder = Directory.CreateTempSubdirectory("aeo-bench-silo-").FullName;
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        info.ArgumentList.Add(BuiltSiloDll());
        foreach (var arg in (string[])
            [
                $"--ConnectionStrings:Aeo={connectionString}",
                $"--urls=http://127.0.0.1:{httpPort}",
                $"--Aeo:Cluster:ClusterId={clusterId}",
                $"--Aeo:Cluster:ServiceId={clusterId}",
                $"--Aeo:Cluster:SiloPort={LoadHost.FreePort()}",
                $"--Aeo:Cluster:GatewayPort={LoadHost.FreePort()}",
                "--Aeo:Cluster:AdvertisedAddress=127.0.0.1",
                // Loopback only, and the cost measured is the cluster's messages, not TLS.
                "--Aeo:Cluster:Tls:Enabled=false",
                "--Serilog:MinimumLevel:Default=Warning",
                .. args,
            ])
        {
            info.ArgumentList.Add(arg);
        }
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine($"  silo {process.Id}: {line}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var silo = new SiloProcess(process, folder, new Uri($"http://127.0.0.1:{httpPort}"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Silo process exited with {process.ExitCode} before serving.");
            }
            try
            {
                if ((await http.GetAsync(new Uri(silo.Http, "/health/live"))).IsSuccessStatusCode)
                {
                    return silo;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            if (DateTime.UtcNow > deadline)
            {
                await silo.DisposeAsync();
                throw new TimeoutException("A silo process did not serve within 120 s.");
            }
            await Task.Delay(250);
        }
    }

    /// <summary>The silo's build output next to this bench's (src/Aeo.Silo/bin/&lt;configuration&gt;/net10.0/Aeo.Silo.dll).</summary>
    private static string BuiltSiloDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Aeo.Orleans.sln")))
        {
            root = root.Parent;
        }
        var dll = root is null ? "" : Path.Combine(root.FullName, "src", "Aeo.Silo", "bin", output.Parent!.Name, output.Name, "Aeo.Silo.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the silo first: {dll} is missing.");
    }

    /// <summary>The silo's Prometheus text, parsed into the sum of each series name's samples (labels summed over).</summary>
    public async Task<Dictionary<string, double>> ScrapeAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var text = await http.GetStringAsync(new Uri(Http, "/metrics"));
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var nameEnd = line.IndexOfAny(['{', ' ']);
            var valueStart = line.LastIndexOf(' ');
            if (nameEnd <= 0 || valueStart <= nameEnd
                || !double.TryParse(line.AsSpan(valueStart + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }
            var name = line[..nameEnd];
            sums[name] = sums.GetValueOrDefault(name) + value;
        }
        return sums;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        process.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
