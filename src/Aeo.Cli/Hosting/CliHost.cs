namespace Aeo.Cli.Hosting;

/// <summary>
/// What a command talks to besides the server: the consoles, raw standard output (for JSON, which must not be
/// wrapped or styled), standard input, the environment and the config folder. Tests pass their own.
/// </summary>
public sealed class CliHost(
    IAnsiConsole console,
    IAnsiConsole errors,
    TextWriter rawOut,
    TextReader input,
    bool inputIsTerminal,
    Func<string, string?> environment,
    string configDirectory,
    HttpMessageHandler? httpHandler = null)
{
    public IAnsiConsole Console { get; } = console;

    public IAnsiConsole Errors { get; } = errors;

    public TextWriter RawOut { get; } = rawOut;

    public TextReader Input { get; } = input;

    public bool InputIsTerminal { get; } = inputIsTerminal;

    public string ConfigDirectory { get; } = configDirectory;

    /// <summary>Null for the default handler; tests may supply one.</summary>
    public HttpMessageHandler? HttpHandler { get; } = httpHandler;

    public string? Environment(string name) => environment(name) is { Length: > 0 } value ? value : null;

    public static CliHost FromProcess()
    {
        var noColor = !string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable("NO_COLOR"));
        return new CliHost(
            CliConsole.Create(System.Console.Out, noColor, isTerminal: !System.Console.IsOutputRedirected),
            CliConsole.Create(System.Console.Error, noColor, isTerminal: !System.Console.IsErrorRedirected),
            System.Console.Out,
            System.Console.In,
            !System.Console.IsInputRedirected,
            System.Environment.GetEnvironmentVariable,
            Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.ApplicationData, System.Environment.SpecialFolderOption.DoNotVerify), "aeo"));
    }
}
