using System.Text;

namespace Aeo.Cli.Hosting;

/// <summary>System.CommandLine's error output (parse errors) routed to the error console, unstyled.</summary>
public sealed class SpectreTextWriter(CliHost host) : TextWriter
{
    private readonly StringBuilder line = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            host.Errors.WriteLine(line.ToString().TrimEnd('\r'), Style.Plain);
            line.Clear();
        }
        else
        {
            line.Append(value);
        }
    }

    public override void Flush()
    {
        if (line.Length > 0)
        {
            host.Errors.Write(line.ToString(), Style.Plain);
            line.Clear();
        }
    }
}
