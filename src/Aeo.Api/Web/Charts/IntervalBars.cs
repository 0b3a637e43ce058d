using Aeo.Api.Reports;

namespace Aeo.Api.Web.Charts;

/// <summary>
/// The run report's interval chart (one row per brand: a bar over the 95 % interval, a dot at the value) for a page:
/// labels in the reader's culture, a title and a description for screen readers, and classes only (the page's
/// policy forbids style attributes; the stylesheet colours it). A table of the same numbers goes with it.
/// </summary>
public static class IntervalBars
{
    private const double Width = 720;
    private const double LabelWidth = 170;
    private const double ValueWidth = 190;
    private const double RowHeight = 30;
    private const double AxisHeight = 26;
    private const double PlotLeft = LabelWidth;
    private const double PlotRight = Width - ValueWidth;

    public static string Render(string title, IReadOnlyList<IntervalRow> rows)
    {
        var axisMax = Math.Clamp(Math.Ceiling(rows.Select(r => r.Upper ?? r.Value ?? 0).DefaultIfEmpty(0).Max() * 10 - 1e-9) / 10, 0.1, 1);
        var height = rows.Count * RowHeight + AxisHeight + 8;
        var description = string.Join("; ", rows.Select(r => $"{r.Brand}: {WebFormat.Percent(r.Value)} ({WebFormat.Interval(r.Lower, r.Upper)})"));
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart intervals\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {C(Width)} {C(height)}\" role=\"img\" aria-labelledby=\"{Id(title)}-t {Id(title)}-d\">");
        svg.Append($"<title id=\"{Id(title)}-t\">{HtmlText.Escape(title)}</title><desc id=\"{Id(title)}-d\">{HtmlText.Escape(description)}</desc>");
        for (var tick = 0; tick <= 4; tick++)
        {
            var x = X(axisMax * tick / 4, axisMax);
            svg.Append($"<line class=\"grid\" x1=\"{C(x)}\" y1=\"0\" x2=\"{C(x)}\" y2=\"{C(rows.Count * RowHeight)}\"/>");
            svg.Append($"<text class=\"tick\" x=\"{C(x)}\" y=\"{C(rows.Count * RowHeight + 18)}\" text-anchor=\"middle\">{HtmlText.Escape(WebFormat.Percent(axisMax * tick / 4))}</text>");
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var (brand, isClient, rateValue, rateLower, rateUpper) = rows[i];
            var y = i * RowHeight + RowHeight / 2;
            var kind = isClient ? "client" : "other";
            svg.Append($"<text class=\"label {kind}\" x=\"{C(LabelWidth - 10)}\" y=\"{C(y + 4)}\" text-anchor=\"end\">{HtmlText.Escape(Shorten(brand))}</text>");
            if (rateLower is { } lower && rateUpper is { } upper)
            {
                svg.Append($"<rect class=\"interval {kind}\" x=\"{C(X(lower, axisMax))}\" y=\"{C(y - 5)}\" width=\"{C(Math.Max(1.5, X(upper, axisMax) - X(lower, axisMax)))}\" height=\"10\" rx=\"3\"/>");
            }
            if (rateValue is { } value)
            {
                svg.Append($"<circle class=\"value {kind}\" cx=\"{C(X(value, axisMax))}\" cy=\"{C(y)}\" r=\"5\"/>");
            }
            svg.Append($"<text class=\"figure\" x=\"{C(PlotRight + 12)}\" y=\"{C(y + 4)}\">{HtmlText.Escape(WebFormat.Percent(rateValue))} <tspan class=\"muted\">({HtmlText.Escape(WebFormat.Interval(rateLower, rateUpper))})</tspan></text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    public static IntervalRow Row(string brand, bool isClient, RateEstimate rate) => new(brand, isClient, rate.Value, rate.Lower, rate.Upper);

    private static double X(double value, double axisMax) => PlotLeft + (PlotRight - PlotLeft) * Math.Clamp(value / axisMax, 0, 1);

    private static string Shorten(string brand) => brand.Length <= 22 ? brand : brand[..21] + "…";

    private static string Id(string title) => "c" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(title)), 0, 4);

    private static string C(double value) => HtmlText.Coordinate(value);
}

/// <summary>One brand's row of an interval chart: the figure and its 95 % interval (each null when unknown).</summary>
public sealed record IntervalRow(string Brand, bool IsClient, double? Value, double? Lower, double? Upper);
