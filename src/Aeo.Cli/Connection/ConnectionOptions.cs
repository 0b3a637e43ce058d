namespace Aeo.Cli.Connection;

/// <summary>
/// <c>--server</c> and <c>--key</c>, on every command. Each is taken from the option, else the environment
/// (<c>AEO_SERVER</c>, <c>AEO_API_KEY</c>), else the file <c>aeo login</c> wrote; the server defaults to the embedded
/// API's address.
/// </summary>
public sealed class ConnectionOptions
{
    public const string DefaultServer = "http://127.0.0.1:5080";
    public const string ServerVariable = "AEO_SERVER";
    public const string KeyVariable = "AEO_API_KEY";

    public Option<string> Server { get; } = new("--server")
    {
        Description = $"The API's base URL (else ${ServerVariable}, else the login file, else {DefaultServer}).",
        Recursive = true,
        HelpName = "url",
    };

    public Option<string> Key { get; } = new("--key")
    {
        Description = $"The API key (else ${KeyVariable}, else the login file). Prefer the environment: a key on the command line is visible to other users of the machine.",
        Recursive = true,
        HelpName = "key",
    };

    public ResolvedConnection Resolve(ParseResult parse, CliHost host)
    {
        var stored = CliConfigFile.Read(host.ConfigDirectory);
        var server = parse.GetValue(Server) ?? host.Environment(ServerVariable) ?? stored?.Server ?? DefaultServer;
        var key = parse.GetValue(Key) ?? host.Environment(KeyVariable) ?? stored?.Key
            ?? throw new CliUsageException($"No API key: pass --key, set {KeyVariable}, or run aeo login.");
        return new ResolvedConnection(ServerUri(server), key);
    }

    public static Uri ServerUri(string server) =>
        Uri.TryCreate(server.EndsWith('/') ? server : server + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new CliUsageException($"The server must be an http or https URL, such as {DefaultServer}.");
}

public sealed record ResolvedConnection(Uri Server, string Key);
