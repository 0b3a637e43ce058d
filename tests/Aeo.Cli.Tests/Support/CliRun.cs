using Aeo.Cli.Hosting;
using Spectre.Console.Testing;

namespace Aeo.Cli.Tests.Support;

/// <summary>
/// Runs <c>aeo</c> in process as a user would type it, with captured consoles, a fresh config folder and only the
/// environment variables given (never the test process's own).
/// </summary>
public sealed class CliRun : IDisposable
{
    public CliRun(bool interactive = false)
    {
        Console = new TestConsole().Width(200);
        Errors = new TestConsole().Width(200);
        if (interactive)
        {
            Console.Interactive();
        }
        ConfigDirectory = Path.Combine(Path.GetTempPath(), "aeo-cli-tests", Guid.NewGuid().ToString("N"), "aeo");
    }

    public TestConsole Console { get; }

    public TestConsole Errors { get; }

    public StringWriter RawOut { get; } = new();

    public string ConfigDirectory { get; }

    public Dictionary<string, string> Environment { get; } = [];

    public string Input { get; set; } = "";

    public async Task<int> RunAsync(params string[] args) => await RunAsync(args, CancellationToken.None);

    public Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var host = new CliHost(Console, Errors, RawOut, new StringReader(Input), inputIsTerminal: false,
            name => Environment.GetValueOrDefault(name), ConfigDirectory);
        return AeoCli.RunAsync(args, host, ct);
    }

    public string Output => Console.Output;

    public string ErrorOutput => Errors.Output;

    public void Dispose()
    {
        var root = Path.GetDirectoryName(ConfigDirectory)!;
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
