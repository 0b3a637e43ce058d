namespace Aeo.Cli.Commands;

/// <summary>
/// <c>aeo report RUN -o FILE</c>: the run report (HTML page, CSV table or JSON) streamed from the server to a file or,
/// with <c>-o -</c>, to standard output (text, without the CSV's byte order mark). The file is created only once the
/// server has agreed to send the report, so a refusal (a run still going is 409) leaves nothing behind; an existing file
/// is kept unless <c>--force</c>.
/// </summary>
public static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<Guid>("run") { Description = "The run's id." };
        var format = new Option<string>("--format") { Description = "html (a self-contained page that prints to PDF), csv or json.", DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong("html", "csv", "json");
        var table = new Option<string>("--table") { Description = "With --format csv: responses (the default), sources or questions." };
        table.AcceptOnlyFromAmong("responses", "sources", "questions");
        var partial = new Option<bool>("--partial") { Description = "Report a run that has not ended yet, with what it has so far." };
        var output = new Option<string>("--output", "-o") { Description = "The file to write, or - for standard output.", Required = true, HelpName = "file" };
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };
        var command = new Command("report", CliContext.Describe(
            "Download a run's report: an HTML page, a CSV table or the JSON document.",
            "aeo report 9b1e… -o northwind.html",
            "aeo report 9b1e… --format csv --table sources -o sources.csv",
            "aeo report 9b1e… --format json -o - | jq '.headline'"))
        {
            id, format, table, partial, output, force,
        };
        context.OnServer(command, async call =>
        {
            var parse = call.Parse;
            var target = parse.GetValue(output)!;
            var toStandardOutput = target == "-";
            if (!toStandardOutput && File.Exists(target) && !parse.GetValue(force))
            {
                throw new CliUsageException($"{target} exists; add --force to overwrite it.");
            }
            var path = AeoApiClient.WithQuery($"api/v1/audits/{parse.GetValue(id)}/report",
                ("format", parse.GetValue(format)), ("table", parse.GetValue(table)), ("partial", parse.GetValue(partial) ? "true" : null));
            if (toStandardOutput)
            {
                await call.Api.DownloadAsync(path, (body, ct) => CopyTextAsync(body, call.Host.RawOut, ct), call.Ct);
                return ExitCodes.Ok;
            }
            long written = 0;
            await call.Api.DownloadAsync(path, async (body, ct) => written = await WriteFileAsync(body, target, parse.GetValue(force), ct), call.Ct);
            call.Host.Console.MarkupLineInterpolated($"Wrote {target} ({Size(written)}).");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// Writes the body to a file beside <paramref name="target"/> and moves it into place once whole, so a download that
    /// breaks off leaves neither half a report nor a damaged earlier file.
    /// </summary>
    private static async Task<long> WriteFileAsync(Stream body, string target, bool overwrite, CancellationToken ct)
    {
        var partial = target + ".part-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            long length;
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await body.CopyToAsync(file, ct);
                length = file.Length;
            }
            File.Move(partial, target, overwrite);
            return length;
        }
        catch (IOException e) when (e is not HttpIOException && !ct.IsCancellationRequested)
        {
            throw new CliUsageException($"Could not write {target}: {e.Message}");
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>The reports are UTF-8 text, so standard output gets them as text, chunk by chunk.</summary>
    private static async Task CopyTextAsync(Stream body, TextWriter writer, CancellationToken ct)
    {
        using var reader = new StreamReader(body, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        var buffer = new char[16 * 1024];
        int read;
        while ((read = await reader.ReadAsync(buffer, ct)) > 0)
        {
            await writer.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        await writer.FlushAsync(ct);
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MiB"),
    };
}
