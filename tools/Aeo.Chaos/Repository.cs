using System.Diagnostics;

namespace Aeo.Chaos;

/// <summary>The repository checkout the tool runs from: where the solution, the silo config and the Release binaries are.</summary>
internal sealed class Repository(string root)
{
    private const string Configuration = "Release";

    public string Root { get; } = root;

    public string SiloProject => Path.Combine(Root, "src", "Aeo.Silo");

    public string ApiProject => Path.Combine(Root, "src", "Aeo.Api");

    public string SiloAssembly => Path.Combine(SiloProject, "bin", Configuration, "net10.0", "Aeo.Silo.dll");

    public string ApiAssembly => Path.Combine(ApiProject, "bin", Configuration, "net10.0", "Aeo.Api.dll");

    public string SiloConfig => Path.Combine(Root, "silo-config", "silo.json");

    /// <summary>The script that makes the cluster CA and the silos' and API's certificates for mutual TLS.</summary>
    public string CertificateScript => Path.Combine(Root, "deploy", "make-cluster-certs.sh");

    /// <summary>The nearest directory above the working directory (or this tool) that holds Aeo.Orleans.sln.</summary>
    public static Repository Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Aeo.Orleans.sln")))
                {
                    return new Repository(dir.FullName);
                }
            }
        }
        throw new InvalidOperationException("Run Aeo.Chaos inside the Aeo.Orleans checkout: no Aeo.Orleans.sln above the working directory.");
    }

    /// <summary>Builds the silo and the API once, in Release; fails with the build's output.</summary>
    public async Task BuildAsync(CancellationToken ct)
    {
        foreach (var project in new[] { SiloProject, ApiProject })
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "build", project, "-c", Configuration, "--nologo", "-v", "quiet" })
            {
                info.ArgumentList.Add(argument);
            }
            using var build = Process.Start(info) ?? throw new InvalidOperationException("dotnet build did not start.");
            var output = build.StandardOutput.ReadToEndAsync(ct);
            var errors = build.StandardError.ReadToEndAsync(ct);
            await build.WaitForExitAsync(ct);
            if (build.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet build {project} -c {Configuration} failed (exit {build.ExitCode}):\n{await output}\n{await errors}");
            }
        }
    }
}
