using Aeo.Api.Reports;

namespace Aeo.Api.Web.Charts;

/// <summary>
/// A metric's series over a client's runs as an SVG line chart, one line per brand (the client's drawn strongest). A
/// series break (a run measured under another setup than the one before it) ends the line: the next point starts a new
/// segment, and a dashed mark at the break says so. Its title and description carry the numbers for screen readers.
/// </summary>
public static class TrendLines
{
    private const double Width = 720;
    private const double Height = 220;
    private const double Left = 48;
    private const double Right = 150;
    private const double Top = 10;
    private const double Bottom = 30;

    public static string Render(string title, IReadOnlyList<TrendSeries> series)
    {
        var points = series.SelectMany(s => s.Points).ToList();
        var times = points.Select(p => p.Time).Distinct().Order().ToList();
        var max = Math.Clamp(Math.Ceiling(points.Select(p => p.Value ?? 0).DefaultIfEmpty(0).Max() * 10 - 1e-9) / 10, 0.1, 1);
        double X(DateTimeOffset time) => times.Count <= 1 ? Left + (Width - Left - Right) / 2 : Left + (Width - Left - Right) * times.IndexOf(time) / (times.Count - 1);
        double Y(double value) => Top + (Height - Top - Bottom) * (1 - Math.Clamp(value / max, 0, 1));

        var description = string.Join("; ", series.Select(s =>
            $"{s.Brand}: " + string.Join(", ", s.Points.Select(p => $"{p.Time.UtcDateTime.ToString("d", CultureInfo.CurrentCulture)} {WebFormat.Percent(p.Value)}"))
            + (s.Breaks.Count > 0 ? $" ({s.Breaks.Count} series break(s))" : "")));
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart trend\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {C(Width)} {C(Height)}\" role=\"img\" aria-labelledby=\"trend-t trend-d\">");
        svg.Append($"<title id=\"trend-t\">{HtmlText.Escape(title)}</title><desc id=\"trend-d\">{HtmlText.Escape(description)}</desc>");
        for (var tick = 0; tick <= 4; tick++)
        {
            var y = Y(max * tick / 4);
            svg.Append($"<line class=\"grid\" x1=\"{C(Left)}\" y1=\"{C(y)}\" x2=\"{C(Width - Right)}\" y2=\"{C(y)}\"/>");
            svg.Append($"<text class=\"tick\" x=\"{C(Left - 6)}\" y=\"{C(y + 4)}\" text-anchor=\"end\">{HtmlText.Escape(WebFormat.Percent(max * tick / 4))}</text>");
        }
        if (times.Count > 0)
        {
            svg.Append($"<text class=\"tick\" x=\"{C(Left)}\" y=\"{C(Height - 8)}\">{HtmlText.Escape(times[0].UtcDateTime.ToString("d", CultureInfo.CurrentCulture))}</text>");
            svg.Append($"<text class=\"tick\" x=\"{C(Width - Right)}\" y=\"{C(Height - 8)}\" text-anchor=\"end\">{HtmlText.Escape(times[^1].UtcDateTime.ToString("d", CultureInfo.CurrentCulture))}</text>");
        }
        var index = 0;
        foreach (var line in series.OrderBy(s => s.IsClient))
        {
            var kind = line.IsClient ? "client" : $"other o{index++ % 4}";
            var breaks = line.Breaks.Select(b => b.RunId).ToHashSet();
            var segment = new List<string>();
            foreach (var point in line.Points)
            {
                if (breaks.Contains(point.RunId))
                {
                    Flush(svg, segment, kind);
                    svg.Append($"<line class=\"break\" x1=\"{C(X(point.Time))}\" y1=\"{C(Top)}\" x2=\"{C(X(point.Time))}\" y2=\"{C(Height - Bottom)}\"><title>Series break: the setup changed</title></line>");
                }
                if (point.Value is { } value)
                {
                    segment.Add($"{C(X(point.Time))},{C(Y(value))}");
                    svg.Append($"<circle class=\"point {kind}\" cx=\"{C(X(point.Time))}\" cy=\"{C(Y(value))}\" r=\"3.5\"/>");
                }
            }
            Flush(svg, segment, kind);
            if (line.Points.LastOrDefault(p => p.Value is not null) is { Value: { } last } lastPoint)
            {
                svg.Append($"<text class=\"series {kind}\" x=\"{C(X(lastPoint.Time) + 8)}\" y=\"{C(Y(last) + 4)}\">{HtmlText.Escape(line.Brand.Length <= 18 ? line.Brand : line.Brand[..17] + "…")}</text>");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Flush(StringBuilder svg, List<string> segment, string kind)
    {
        if (segment.Count > 1)
        {
            svg.Append($"<polyline class=\"line {kind}\" points=\"{string.Join(' ', segment)}\"/>");
        }
        segment.Clear();
    }

    private static string C(double value) => HtmlText.Coordinate(value);
}
