namespace Aeo.Api.Hosting;

/// <summary>
/// What to tell the person at the console about the operator key. In the embedded default the key lives in a file only
/// its owner can read, and the banner says where. The key itself is printed once: on the start that generated it, and
/// only when standard output is a terminal (in a container or under a service manager it is the log).
/// </summary>
public sealed record OperatorKeyNotice(string? KeyToPrint, string? FilePath)
{
    public static OperatorKeyNotice Configured { get; } = new(null, null);

    public static OperatorKeyNotice ForFile(string key, bool generatedNow, string path) =>
        new(generatedNow && !Console.IsOutputRedirected ? key : null, path);
}
