using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Aeo.Cli.Hosting;

/// <summary>
/// The standard help, except that the subcommands it lists show only the first paragraph of their description, so
/// each command's examples appear in its own help and not in its parent's. The tree is built for one invocation,
/// so shortening the listed descriptions in place is safe.
/// </summary>
public sealed class BriefSubcommandsHelpAction(HelpAction standard) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        foreach (var subcommand in parseResult.CommandResult.Command.Subcommands)
        {
            subcommand.Description = subcommand.Description?.Split("\n\n")[0];
        }
        return standard.Invoke(parseResult);
    }
}
