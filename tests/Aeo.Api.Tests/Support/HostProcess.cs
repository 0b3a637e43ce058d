using System.Diagnostics;

namespace Aeo.Api.Tests.Support;

/// <summary>
/// A built host (the API's or the silo's dll) started as its own process with <c>dotnet</c>, as an operator starts it:
/// environment and arguments are all it is given. Keeps what it prints for the failure message, and is killed on dispose.
/// </summary>
public sealed class HostProcess(Process process) : IAsyncDisposable
{
    private readonly StringBuilder output = new();

    /// <summary>Everything the process printed so far, stdout and stderr interleaved.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <param name="project">The project's folder name under src/, e.g. "Aeo.Api".</param>
    public static HostProcess Start(string project, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // A folder of its own: nothing there (a silo-config/, an appsettings.json) may configure it behind the test's back.
            WorkingDirectory = Directory.CreateTempSubdirectory("aeo-host-").FullName,
        };
        info.ArgumentList.Add(BuiltDll(project));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var inherited in info.Environment.Keys.Where(IsListenSetting).ToList())
        {
            info.Environment.Remove(inherited);
        }
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var host = new HostProcess(process);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits until <paramref name="url"/> answers 200; fails with what the process printed if it never does or exits.</summary>
    public async Task WaitUntilServingAsync(string url, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Assert.False(process.HasExited, $"The process exited with {(process.HasExited ? process.ExitCode : 0)} before serving {url}:\n{Output}");
            try
            {
                if ((await http.GetAsync(url)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            Assert.True(DateTime.UtcNow < deadline, $"{url} did not answer within {timeout}. The process printed:\n{Output}");
            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        var folder = process.StartInfo.WorkingDirectory;
        process.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The host's own build output (src/X/bin/&lt;configuration&gt;/net10.0/X.dll), built with this test project.</summary>
    private static string BuiltDll(string project)
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Aeo.Orleans.sln")))
        {
            root = root.Parent;
        }
        Assert.NotNull(root);
        var dll = Path.Combine(root.FullName, "src", project, "bin", configuration, framework, project + ".dll");
        Assert.True(File.Exists(dll), $"{dll} is not built");
        return dll;
    }

    private static bool IsListenSetting(string name) =>
        name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("DOTNET_URLS", StringComparison.OrdinalIgnoreCase);

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
