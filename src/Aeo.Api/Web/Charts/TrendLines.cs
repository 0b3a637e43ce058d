using Aeo.Api.Charts;
using Aeo.Api.Reports;

namespace Aeo.Api.Web.Charts;

/// <summary>
/// A metric's series over a client's runs as an SVG line chart, one line per brand (the client's drawn strongest) and a
/// legend under it. A series break (a run measured under another setup than the one before it) ends the line: the next
/// point starts a new segment, and a dashed mark at the break says so. Like <see cref="IntervalChart"/> it is placed in
/// percentages across and has no viewBox, so it fills the width it is given and its text keeps its size; only the lines
/// are drawn in a stretched inner frame, with strokes that do not stretch. The value axis's labels stand left of the
/// plot, in the room the stylesheet's left padding leaves. Its title and description carry the numbers.
/// </summary>
public static class TrendLines
{
    private const double PlotTop = 16;
    private const double PlotHeight = 170;
    private const double DateLine = PlotTop + PlotHeight + 18;
    private const double LegendTop = DateLine + 22;
    private const double LegendRow = 20;

    /// <summary>The inner frame's width in its own units: a point's place across is a share of it.</summary>
    private const double FrameWidth = 1000;

    public static string Render(string title, IReadOnlyList<TrendSeries> series)
    {
        var points = series.SelectMany(s => s.Points).ToList();
        var times = points.Select(p => p.Time).Distinct().Order().ToList();
        var max = ChartScale.RateAxisMax(points.Select(p => p.Value ?? 0));
        double Share(DateTimeOffset time) => times.Count <= 1 ? 0.5 : (double)times.IndexOf(time) / (times.Count - 1);
        double Y(double value) => PlotTop + PlotHeight * (1 - Math.Clamp(value / max, 0, 1));
        string Across(DateTimeOffset time) => C(100 * Share(time)) + "%";

        var ordered = series.OrderBy(s => s.IsClient).ToList();
        var height = LegendTop + ordered.Count * LegendRow;
        var description = string.Join("; ", series.Select(s =>
            $"{s.Brand}: " + string.Join(", ", s.Points.Select(p => $"{p.Time.UtcDateTime.ToString("d", CultureInfo.CurrentCulture)} {WebFormat.Percent(p.Value)}"))
            + (s.Breaks.Count > 0 ? $" ({s.Breaks.Count} series break(s))" : "")));
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart trend\" xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"{C(height)}\" role=\"img\" aria-labelledby=\"trend-t trend-d\">");
        svg.Append($"<title id=\"trend-t\">{HtmlText.Escape(title)}</title><desc id=\"trend-d\">{HtmlText.Escape(description)}</desc>");
        for (var tick = 0; tick <= 4; tick++)
        {
            var y = Y(max * tick / 4);
            svg.Append($"<line class=\"grid\" x1=\"0\" y1=\"{C(y)}\" x2=\"100%\" y2=\"{C(y)}\"/>");
            svg.Append($"<text class=\"tick\" x=\"0\" dx=\"-6\" y=\"{C(y + 4)}\" text-anchor=\"end\">{HtmlText.Escape(WebFormat.Percent(max * tick / 4))}</text>");
        }
        if (times.Count > 0)
        {
            // Runs of one day are told apart by their time.
            var format = times[0].UtcDateTime.Date == times[^1].UtcDateTime.Date ? "g" : "d";
            svg.Append($"<text class=\"tick\" x=\"0\" y=\"{C(DateLine)}\">{HtmlText.Escape(times[0].UtcDateTime.ToString(format, CultureInfo.CurrentCulture))}</text>");
            svg.Append($"<text class=\"tick\" x=\"100%\" y=\"{C(DateLine)}\" text-anchor=\"end\">{HtmlText.Escape(times[^1].UtcDateTime.ToString(format, CultureInfo.CurrentCulture))}</text>");
        }
        var lines = new StringBuilder();
        var marks = new StringBuilder();
        for (var index = 0; index < ordered.Count; index++)
        {
            var line = ordered[index];
            var kind = line.IsClient ? "client" : $"other o{index % 4}";
            var breaks = line.Breaks.Select(b => b.RunId).ToHashSet();
            var segment = new List<string>();
            foreach (var point in line.Points)
            {
                if (breaks.Contains(point.RunId))
                {
                    Flush(lines, segment, kind);
                    marks.Append($"<line class=\"break\" x1=\"{Across(point.Time)}\" y1=\"{C(PlotTop)}\" x2=\"{Across(point.Time)}\" y2=\"{C(PlotTop + PlotHeight)}\"><title>Series break: the setup changed</title></line>");
                }
                if (point.Value is { } value)
                {
                    segment.Add($"{C(FrameWidth * Share(point.Time))},{C(Y(value))}");
                    marks.Append($"<circle class=\"point {kind}\" cx=\"{Across(point.Time)}\" cy=\"{C(Y(value))}\" r=\"3.5\"/>");
                }
            }
            Flush(lines, segment, kind);
            var legendY = LegendTop + index * LegendRow;
            marks.Append($"<line class=\"line {kind}\" x1=\"0\" y1=\"{C(legendY - 4)}\" x2=\"22\" y2=\"{C(legendY - 4)}\"/>");
            marks.Append($"<text class=\"series {kind}\" x=\"30\" y=\"{C(legendY)}\">{HtmlText.Escape(line.Brand)}</text>");
        }
        svg.Append($"<svg class=\"frame\" x=\"0\" y=\"0\" width=\"100%\" height=\"{C(PlotTop + PlotHeight)}\" viewBox=\"0 0 {C(FrameWidth)} {C(PlotTop + PlotHeight)}\" preserveAspectRatio=\"none\">");
        svg.Append(lines).Append("</svg>").Append(marks).Append("</svg>");
        return svg.ToString();
    }

    private static void Flush(StringBuilder svg, List<string> segment, string kind)
    {
        if (segment.Count > 1)
        {
            svg.Append($"<polyline class=\"line {kind}\" points=\"{string.Join(' ', segment)}\" vector-effect=\"non-scaling-stroke\"/>");
        }
        segment.Clear();
    }

    private static string C(double value) => HtmlText.Coordinate(value);
}
