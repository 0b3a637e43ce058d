namespace Aeo.Cli.Hosting;

/// <summary>A Spectre console that is plain (no colour, no cursor movement, no live redraws) unless it writes to a terminal and NO_COLOR is unset.</summary>
public static class CliConsole
{
    public static IAnsiConsole Create(TextWriter writer, bool noColor, bool isTerminal)
    {
        var plain = noColor || !isTerminal;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!isTerminal)
        {
            // Not a terminal: no width to fit, and a log or a pipe reads better with tables and messages unwrapped.
            console.Profile.Width = PlainWidth;
        }
        return console;
    }

    public const int PlainWidth = 200;
}
