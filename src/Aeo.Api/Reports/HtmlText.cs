namespace Aeo.Api.Reports;

/// <summary>
/// Escaping and number formatting for the HTML report. Every string that did not come from this code (answers,
/// questions, brand names, domains, models, client names) goes through <see cref="Escape"/>, in text and in
/// attributes alike; numbers are formatted with the invariant culture so the page is the same on every machine.
/// </summary>
internal static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\0': builder.Append('\uFFFD'); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }

    public static string Percent(double? value) =>
        value is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "–";

    public static string Interval(RateEstimate rate) => Interval(rate.Lower, rate.Upper);

    public static string Interval(double? low, double? high) =>
        low is { } lower && high is { } upper
            ? $"{(lower * 100).ToString("0.0", CultureInfo.InvariantCulture)}–{(upper * 100).ToString("0.0", CultureInfo.InvariantCulture)} %"
            : "–";

    public static string Number(double? value, string format = "0.00") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    public static string Interval(MeanEstimate mean, string format = "0.00") =>
        mean.Lower is { } lower && mean.Upper is { } upper
            ? $"{Number(lower, format)} to {Number(upper, format)}"
            : "–";

    public static string Usd(decimal value) => "$" + value.ToString("0.0000", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "–";

    public static string Int(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A coordinate for SVG: invariant, two decimals at most.</summary>
    public static string Coordinate(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
