using System.CommandLine;
using Aeo.Cli.Hosting;

namespace Aeo.Cli.Tests.Hosting;

/// <summary>Every command that does something shows examples in its <c>--help</c>, and says whether <c>--json</c> applies.</summary>
public sealed class HelpTests
{
    public static TheoryData<string> Commands()
    {
        using var cli = new CliRun();
        var root = AeoCli.Build(new CliContext(new CliHost(cli.Console, cli.Errors, cli.RawOut, TextReader.Null, false, _ => null, cli.ConfigDirectory)));
        var data = new TheoryData<string>();
        foreach (var path in Leaves(root, []))
        {
            data.Add(string.Join(' ', path));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_shows_examples_and_the_json_option(string command)
    {
        using var cli = new CliRun();

        Assert.Equal(0, await cli.RunAsync([.. command.Split(' '), "--help"]));

        var help = cli.RawOut.ToString();
        Assert.Contains("Examples:", help);
        Assert.Contains($"aeo {command}", help);
        Assert.Contains("--json", help);
    }

    private static IEnumerable<string[]> Leaves(Command command, string[] path) =>
        command.Subcommands.Count == 0
            ? [path]
            : command.Subcommands.SelectMany(sub => Leaves(sub, [.. path, sub.Name]));
}
