namespace Aeo.Api.Reports;

/// <summary>
/// A horizontal interval chart as inline SVG: one row per brand, a bar from the 95 % interval's lower to its upper
/// bound and a dot at the value. The axis runs from 0 to the next 10 % above the highest upper bound, so small rates
/// stay readable. Drawn with presentation attributes and classes only (no script, no style attribute), so it renders
/// under a policy that allows nothing but inline style elements and data: images.
/// </summary>
internal static class IntervalChart
{
    private const double Width = 720;
    private const double LabelWidth = 190;
    private const double ValueWidth = 150;
    private const double RowHeight = 30;
    private const double AxisHeight = 26;
    private const double PlotLeft = LabelWidth;
    private const double PlotRight = Width - ValueWidth;

    public static string Render(string title, IReadOnlyList<(string Brand, bool IsClient, RateEstimate Rate)> rows)
    {
        var axisMax = AxisMax(rows.Select(r => r.Rate.Upper ?? r.Rate.Value ?? 0));
        var height = rows.Count * RowHeight + AxisHeight + 8;
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {C(Width)} {C(height)}\" width=\"{C(Width)}\" height=\"{C(height)}\" role=\"img\" aria-label=\"{HtmlText.Escape(title)}\">");
        svg.Append($"<title>{HtmlText.Escape(title)}</title>");

        for (var tick = 0; tick <= 4; tick++)
        {
            var value = axisMax * tick / 4;
            var x = X(value, axisMax);
            svg.Append($"<line class=\"grid\" x1=\"{C(x)}\" y1=\"0\" x2=\"{C(x)}\" y2=\"{C(rows.Count * RowHeight)}\" stroke=\"#d8dde6\" stroke-width=\"1\"/>");
            svg.Append($"<text class=\"tick\" x=\"{C(x)}\" y=\"{C(rows.Count * RowHeight + 18)}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#5b6577\">{HtmlText.Escape(HtmlText.Percent(value))}</text>");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var (brand, isClient, rate) = rows[i];
            var y = i * RowHeight + RowHeight / 2;
            var colour = isClient ? "#1f5fbf" : "#6b7a90";
            svg.Append($"<text class=\"label\" x=\"{C(LabelWidth - 10)}\" y=\"{C(y + 4)}\" text-anchor=\"end\" font-size=\"13\" fill=\"#1c2330\"{(isClient ? " font-weight=\"bold\"" : "")}>{HtmlText.Escape(Shorten(brand))}</text>");
            if (rate.Lower is { } lower && rate.Upper is { } upper)
            {
                svg.Append($"<rect class=\"interval\" x=\"{C(X(lower, axisMax))}\" y=\"{C(y - 5)}\" width=\"{C(Math.Max(1.5, X(upper, axisMax) - X(lower, axisMax)))}\" height=\"10\" rx=\"3\" fill=\"{colour}\" fill-opacity=\"0.28\"/>");
            }
            if (rate.Value is { } value)
            {
                svg.Append($"<circle class=\"value\" cx=\"{C(X(value, axisMax))}\" cy=\"{C(y)}\" r=\"5\" fill=\"{colour}\"/>");
            }
            svg.Append($"<text class=\"figure\" x=\"{C(PlotRight + 12)}\" y=\"{C(y + 4)}\" font-size=\"12\" fill=\"#1c2330\">{HtmlText.Escape(HtmlText.Percent(rate.Value))} <tspan fill=\"#5b6577\">({HtmlText.Escape(HtmlText.Interval(rate))})</tspan></text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static double AxisMax(IEnumerable<double> uppers)
    {
        var highest = uppers.DefaultIfEmpty(0).Max();
        return Math.Clamp(Math.Ceiling(highest * 10 - 1e-9) / 10, 0.1, 1);
    }

    private static double X(double value, double axisMax) => PlotLeft + (PlotRight - PlotLeft) * Math.Clamp(value / axisMax, 0, 1);

    private static string Shorten(string brand) => brand.Length <= 26 ? brand : brand[..25] + "…";

    private static string C(double value) => HtmlText.Coordinate(value);
}
