namespace Aeo.Cli.Commands;

/// <summary><c>aeo login</c>: checks a server and key, then saves them to the owner-only config file.</summary>
public static class LoginCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("login", CliContext.Describe(
            "Check a server and API key and save them for later commands, in a file only you can read. "
            + "Without --key the key is asked for (hidden), or read from standard input when that is not a terminal.",
            "aeo login --server http://127.0.0.1:5080",
            "echo \"$KEY\" | aeo login --server https://aeo.example.com"));
        context.Offline(command, async (parse, ct) =>
        {
            var host = context.Host;
            var server = parse.GetValue(context.Connection.Server) ?? host.Environment(ConnectionOptions.ServerVariable) ?? ConnectionOptions.DefaultServer;
            var key = parse.GetValue(context.Connection.Key) ?? ReadKey(host);
            var connection = new ResolvedConnection(ConnectionOptions.ServerUri(server), key);
            using (var api = new AeoApiClient(connection, host.HttpHandler))
            {
                await api.GetAsync("api/v1/platforms", ct);
            }
            var path = CliConfigFile.Write(host.ConfigDirectory, new StoredConnection(connection.Server.ToString(), key));
            host.Console.MarkupLineInterpolated($"[green]Logged in[/] to {connection.Server}; saved to {path} (readable only by you).");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string ReadKey(CliHost host)
    {
        var key = host.InputIsTerminal
            ? host.Console.Prompt(new TextPrompt<string>("API key:").Secret())
            : host.Input.ReadLine();
        return string.IsNullOrWhiteSpace(key) ? throw new CliUsageException("No API key given.") : key.Trim();
    }
}
