using System.CommandLine.Help;
using Aeo.Cli.Commands;

namespace Aeo.Cli.Hosting;

/// <summary>The <c>aeo</c> command tree, and running one command line against a <see cref="CliHost"/>.</summary>
public static class AeoCli
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand(CliContext.Describe(
            "aeo: audits of how AI answer engines talk about a brand, from the terminal. Server and key come from "
            + "--server/--key, else AEO_SERVER/AEO_API_KEY, else the file aeo login writes. Exit codes: 0 ok, 1 usage, "
            + "2 the server refused (its problem details are printed), 3 the server cannot be reached. Colours are off "
            + "when the output is not a terminal or NO_COLOR is set.",
            "aeo login --server http://127.0.0.1:5080",
            "aeo audit start --watch",
            "aeo audit list --json",
            "aeo analyze answer.md --brand HubSpot --competitor Salesforce"))
        {
            context.Connection.Server,
            context.Connection.Key,
            context.Json,
            LoginCommand.Create(context),
            ClientCommands.Create(context),
            AuditCommands.Create(context),
            ReportCommand.Create(context),
            TrendsCommand.Create(context),
            ChangesCommand.Create(context),
            ScheduleCommands.Create(context),
            DeadLetterCommands.Create(context),
            PlatformsCommand.Create(context),
            AnalyzeCommand.Create(context),
        };
        ListSubcommandsBriefly(root);
        return root;
    }

    /// <summary>A command's examples show in its own help; where its parent lists it, only the first paragraph does.</summary>
    private static void ListSubcommandsBriefly(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is HelpAction action)
        {
            help.Action = new BriefSubcommandsHelpAction(action);
        }
    }


    public static Task<int> RunAsync(string[] args, CliHost host, CancellationToken ct = default)
    {
        var context = new CliContext(host);
        var parse = Build(context).Parse(args);
        var output = new SpectreTextWriter(host);
        return parse.InvokeAsync(new InvocationConfiguration { Output = host.RawOut, Error = output }, ct);
    }
}
