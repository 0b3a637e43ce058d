namespace Aeo.Cli.Hosting;

/// <summary>
/// The options every command shares and the one place where failures become exit codes: a usage problem is 1,
/// a refusal prints the problem details and is 2, an unreachable server is 3.
/// </summary>
public sealed class CliContext(CliHost host)
{
    public CliHost Host { get; } = host;

    public ConnectionOptions Connection { get; } = new();

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print the server's JSON instead of tables (read commands).",
        Recursive = true,
    };

    /// <summary>A command that talks to the server.</summary>
    public void OnServer(Command command, Func<ServerCall, Task<int>> action) =>
        command.SetAction((parse, ct) => GuardAsync(async () =>
        {
            using var api = new AeoApiClient(Connection.Resolve(parse, Host), Host.HttpHandler);
            return await action(new ServerCall(parse, api, this, parse.GetValue(Json), ct));
        }));

    /// <summary>A command that works offline.</summary>
    public void Offline(Command command, Func<ParseResult, CancellationToken, Task<int>> action) =>
        command.SetAction((parse, ct) => GuardAsync(() => action(parse, ct)));

    public void WriteJson(JsonNode? node) => Host.RawOut.WriteLine(node?.ToJsonString(JsonOutput.Indented) ?? "null");

    private async Task<int> GuardAsync(Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (CliUsageException e)
        {
            Host.Errors.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.Usage;
        }
        catch (ServerRefusedException e)
        {
            ProblemPrinter.Print(Host.Errors, e);
            return ExitCodes.Refused;
        }
        catch (ServerUnreachableException e)
        {
            Host.Errors.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.Unreachable;
        }
    }

    /// <summary>A command's description followed by its examples, as <c>--help</c> shows them.</summary>
    public static string Describe(string what, params string[] examples) =>
        examples.Length == 0 ? what : what + "\n\nExamples:\n" + string.Join("\n", examples.Select(e => "  " + e));
}

/// <summary>One invocation of a server command: its parse result, the API, and whether JSON was asked for.</summary>
public sealed record ServerCall(ParseResult Parse, AeoApiClient Api, CliContext Context, bool Json, CancellationToken Ct)
{
    public CliHost Host => Context.Host;

    /// <summary>Prints <paramref name="node"/> as JSON with <c>--json</c>, else the human view.</summary>
    public int Show(JsonNode? node, Action<JsonNode> human)
    {
        if (Json)
        {
            Context.WriteJson(node);
        }
        else if (node is not null)
        {
            human(node);
        }
        return ExitCodes.Ok;
    }
}
