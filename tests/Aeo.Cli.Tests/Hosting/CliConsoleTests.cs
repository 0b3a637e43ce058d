using Aeo.Cli.Hosting;
using Spectre.Console;

namespace Aeo.Cli.Tests.Hosting;

/// <summary>Colours and live redraws only on a terminal without NO_COLOR.</summary>
public sealed class CliConsoleTests
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(true, false)]
    public void No_colour_and_no_escape_codes_with_NO_COLOR_or_off_a_terminal(bool noColor, bool isTerminal)
    {
        var writer = new StringWriter();
        var console = CliConsole.Create(writer, noColor, isTerminal);

        console.MarkupLine("[red bold]refused[/]");

        Assert.Equal(ColorSystem.NoColors, console.Profile.Capabilities.ColorSystem);
        Assert.False(console.Profile.Capabilities.Ansi);
        Assert.DoesNotContain('\u001b', writer.ToString());
        Assert.Equal("refused", writer.ToString().Trim());
    }

    [Fact]
    public void Off_a_terminal_nothing_is_interactive_and_lines_are_not_wrapped_at_80()
    {
        var console = CliConsole.Create(new StringWriter(), noColor: false, isTerminal: false);

        Assert.False(console.Profile.Capabilities.Interactive);
        Assert.Equal(CliConsole.PlainWidth, console.Profile.Width);
    }
}
