using Aeo.Api.Reports;

namespace Aeo.Api.Charts;

/// <summary>
/// The interval chart of the run report and of the web app's pages, as inline SVG: one row per brand, its name and its
/// figure with the 95 % interval on a line, under them a bar over the interval and a dot at the value. The axis is
/// <see cref="ChartScale.RateAxisMax"/> of the upper bounds. Across, everything is placed in
/// percentages of the chart's width and the chart has no viewBox: it fills whatever width it is given, from a phone's
/// to a wide screen's, and its text keeps its size. Drawn with classes only (no script, no style attribute; the
/// stylesheet of the page or the report colours it), and with a title and a description that carry the numbers.
/// </summary>
public static class IntervalChart
{
    private const double RowHeight = 48;
    private const double TextLine = 15;
    private const double BarLine = 31;
    private const double AxisHeight = 22;
    private const int LongestLabel = 24;

    /// <param name="text">How the figures are written: the report's fixed notation or the reader's culture.</param>
    public static string Render(string title, IReadOnlyList<IntervalRow> rows, IntervalChartText text)
    {
        var axisMax = ChartScale.RateAxisMax(rows.Select(r => r.Upper ?? r.Value ?? 0));
        var plotHeight = rows.Count * RowHeight;
        var id = Id(title);
        var description = string.Join("; ", rows.Select(r => $"{r.Brand}: {Figure(r, text)}"));
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart intervals\" xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"{C(plotHeight + AxisHeight)}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\">");
        svg.Append($"<title id=\"{id}-t\">{HtmlText.Escape(title)}</title><desc id=\"{id}-d\">{HtmlText.Escape(description)}</desc>");
        for (var tick = 0; tick <= 4; tick++)
        {
            var anchor = tick switch { 0 => "start", 4 => "end", _ => "middle" };
            svg.Append($"<text class=\"tick\" x=\"{Across(axisMax * tick / 4, axisMax)}\" y=\"{C(plotHeight + 15)}\" text-anchor=\"{anchor}\">{HtmlText.Escape(text.Percent(axisMax * tick / 4))}</text>");
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var top = i * RowHeight;
            var kind = row.IsClient ? "client" : "other";
            // The grid is drawn in each row's bar band only, so it never runs through the names and figures.
            for (var tick = 0; tick <= 4; tick++)
            {
                var x = Across(axisMax * tick / 4, axisMax);
                svg.Append($"<line class=\"grid\" x1=\"{x}\" y1=\"{C(top + BarLine - 9)}\" x2=\"{x}\" y2=\"{C(top + BarLine + 9)}\"/>");
            }
            svg.Append($"<text class=\"label {kind}\" x=\"0\" y=\"{C(top + TextLine)}\">{HtmlText.Escape(Shorten(row.Brand))}</text>");
            svg.Append($"<text class=\"figure\" x=\"100%\" y=\"{C(top + TextLine)}\" text-anchor=\"end\">{HtmlText.Escape(text.Percent(row.Value))} <tspan class=\"muted\">({HtmlText.Escape(text.Interval(row.Lower, row.Upper))})</tspan></text>");
            if (row is { Lower: { } lower, Upper: { } upper })
            {
                svg.Append($"<rect class=\"interval {kind}\" x=\"{Across(lower, axisMax)}\" y=\"{C(top + BarLine - 5)}\" width=\"{Width(lower, upper, axisMax)}\" height=\"10\" rx=\"3\"/>");
            }
            if (row.Value is { } value)
            {
                svg.Append($"<circle class=\"value {kind}\" cx=\"{Across(value, axisMax)}\" cy=\"{C(top + BarLine)}\" r=\"5\"/>");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Figure(IntervalRow row, IntervalChartText text) => $"{text.Percent(row.Value)} ({text.Interval(row.Lower, row.Upper)})";

    /// <summary>Where a value stands across the chart, as a percentage of its width.</summary>
    private static string Across(double value, double axisMax) => C(100 * Math.Clamp(value / axisMax, 0, 1)) + "%";

    /// <summary>An interval's bar width, never so thin that a narrow interval disappears.</summary>
    private static string Width(double lower, double upper, double axisMax) =>
        C(Math.Max(0.4, 100 * (Math.Clamp(upper / axisMax, 0, 1) - Math.Clamp(lower / axisMax, 0, 1)))) + "%";

    private static string Shorten(string brand) => brand.Length <= LongestLabel ? brand : brand[..(LongestLabel - 1)] + "…";

    /// <summary>An id for the title and description, from the title, so that two charts of one page never share one.</summary>
    private static string Id(string title) => "c" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(title)), 0, 4);

    private static string C(double value) => HtmlText.Coordinate(value);
}

/// <summary>One brand's row of an interval chart: the figure and its 95 % interval (each null when unknown).</summary>
public sealed record IntervalRow(string Brand, bool IsClient, double? Value, double? Lower, double? Upper)
{
    public static IntervalRow Of(string brand, bool isClient, RateEstimate rate) => new(brand, isClient, rate.Value, rate.Lower, rate.Upper);
}

/// <summary>How an interval chart writes a rate and an interval (a dash for an unknown one).</summary>
public sealed record IntervalChartText(Func<double?, string> Percent, Func<double?, double?, string> Interval);
