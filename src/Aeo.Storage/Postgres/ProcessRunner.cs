using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Aeo.Storage.Postgres;

/// <summary>Runs a command to completion, capturing stdout and stderr, optionally as another OS user (via runuser).</summary>
internal static partial class ProcessRunner
{
    public sealed record Result(int ExitCode, string Output)
    {
        public bool Succeeded => ExitCode == 0;
    }

    public static bool IsRoot => !OperatingSystem.IsWindows() && geteuid() == 0;

    public static async Task<Result> RunAsync(string fileName, IEnumerable<string> arguments, string? runAsUser, CancellationToken ct)
    {
        var psi = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        if (runAsUser is not null)
        {
            psi.FileName = "runuser";
            psi.ArgumentList.Add("-u");
            psi.ArgumentList.Add(runAsUser);
            psi.ArgumentList.Add("--");
            psi.ArgumentList.Add(fileName);
        }
        else
        {
            psi.FileName = fileName;
        }
        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["LC_ALL"] = "C";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = psi };
        void Collect(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            }
        }

        process.OutputDataReceived += Collect;
        process.ErrorDataReceived += Collect;
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw;
        }
        process.WaitForExit(); // flush the async output readers
        lock (output)
        {
            return new Result(process.ExitCode, output.ToString().TrimEnd());
        }
    }

    public static string Describe(string fileName, IEnumerable<string> arguments) =>
        fileName + " " + string.Join(' ', arguments.Select(a => a.Contains(' ') ? "\"" + a + "\"" : a));

    [DllImport("libc", SetLastError = false)]
    private static extern uint geteuid();
}
