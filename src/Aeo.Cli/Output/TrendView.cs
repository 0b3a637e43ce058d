namespace Aeo.Cli.Output;

/// <summary>
/// A trends document (<c>GET /clients/{id}/trends</c>) as a heading with a sparkline and a table per series, in the
/// server's order (the client's series first, the all-platforms series before the per-platform ones). A point measured
/// under another setup than the one before it (a series break) is marked in the sparkline with <c>┆</c> and in its row
/// with what changed, because the values either side of it are not comparable.
/// </summary>
public static class TrendView
{
    private const string Blocks = "▁▂▃▄▅▆▇█";
    private const string BreakMark = "┆";

    /// <summary>
    /// Below this console width run ids are shortened to their last 8 characters (<c>--json</c> has them whole): ids are
    /// time-ordered, so runs of one day share their first characters and differ in their last.
    /// </summary>
    private const int WidthForFullRunIds = 100;

    /// <summary>Metrics that are means on their own scale rather than rates (fractions shown as percentages).</summary>
    private static readonly string[] Means = ["average_rank", "sentiment", "prominence", "prominence_when_mentioned"];

    public static void Render(IAnsiConsole console, JsonNode trends)
    {
        var metric = trends.Text("metric");
        var series = trends.Items("series");
        console.MarkupLineInterpolated($"[bold]{metric}[/], {trends.Text("segment")} questions, 95 % intervals; {BreakMark} marks a setup change.");
        if (series.Count == 0)
        {
            console.MarkupLine("No ended run matches: nothing to show yet.");
            return;
        }
        var fullIds = console.Profile.Width >= WidthForFullRunIds;
        foreach (var one in series)
        {
            console.WriteLine();
            Series(console, one!, Formatter(metric), fullIds);
        }
    }

    private static void Series(IAnsiConsole console, JsonNode series, Func<double?, string> format, bool fullIds)
    {
        var points = series.Items("points");
        var breaks = series.Items("breaks").ToDictionary(b => b.Text("runId"), b => b.Items("changed").Select(c => c?.GetValue<string>()).ToArray());
        var client = series["isClient"]?.GetValue<bool>() == true ? " [green](client)[/]" : "";
        var platform = series["platform"] is null ? "all platforms" : series.Text("platform");
        console.MarkupLine($"[bold]{series.Text("brand").EscapeMarkup()}[/]{client} – {platform.EscapeMarkup()}  {Sparkline(points, breaks.Keys)}");

        var table = new Table().Border(TableBorder.Rounded).AddColumns("Ended (UTC)", "Value", "95 % interval", "Answers", "Run");
        foreach (var column in table.Columns)
        {
            column.NoWrap();
        }
        foreach (var column in table.Columns.Skip(1).Take(3))
        {
            column.RightAligned();
        }
        if (breaks.Count > 0)
        {
            table.AddColumn("Setup");
        }
        foreach (var point in points)
        {
            var runId = point.Text("runId");
            var row = new List<string>
            {
                Minutes(point.When("time")),
                format(point.Number("value")),
                point.Number("lower") is null ? "–" : $"{format(point.Number("lower"))}–{format(point.Number("upper"))}",
                point.Text("answers"),
                fullIds || runId.Length <= 8 ? runId : "…" + runId[^8..],
            };
            if (breaks.Count > 0)
            {
                row.Add(breaks.TryGetValue(runId, out var changed) ? $"[yellow]{BreakMark} {string.Join(", ", changed).EscapeMarkup()}[/]" : "");
            }
            table.AddRow([.. row]);
        }
        console.Write(table);
    }

    /// <summary>One block per point scaled between the series' own lowest and highest value; a gap for a point without a value.</summary>
    public static string Sparkline(JsonArray points, IEnumerable<string> breakRunIds)
    {
        var breaks = breakRunIds.ToHashSet(StringComparer.Ordinal);
        var values = points.Select(p => p.Number("value")).ToArray();
        var known = values.OfType<double>().ToArray();
        if (known.Length == 0)
        {
            return "";
        }
        var (low, high) = (known.Min(), known.Max());
        var line = new System.Text.StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0 && breaks.Contains(points[i].Text("runId")))
            {
                line.Append(BreakMark);
            }
            line.Append(values[i] switch
            {
                null => ' ',
                _ when high - low < 1e-9 => Blocks[Blocks.Length / 2],
                { } v => Blocks[(int)Math.Round((v - low) / (high - low) * (Blocks.Length - 1))],
            });
        }
        return line.ToString();
    }

    /// <summary>Rates (fractions) as percentages, sentiment signed, the other means as they are.</summary>
    public static Func<double?, string> Formatter(string metric)
    {
        var pattern = metric == "sentiment" ? "+0.00;-0.00;0.00" : "0.00";
        return Means.Contains(metric)
            ? value => value?.ToString(pattern, CultureInfo.InvariantCulture) ?? "–"
            : value => value is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";
    }

    /// <summary>"2026-12-03 14:05:09Z" to the minute; seconds add nothing to a series of runs.</summary>
    private static string Minutes(string when) => when.Length >= 16 ? when[..16] : when;
}
