using Aeo.Api.Charts;

namespace Aeo.Api.Web;

/// <summary>Numbers as a page shows them: in the reader's culture (<see cref="WebCulture"/>), a dash for a missing value.</summary>
public static class WebFormat
{
    public static string Percent(double? value) => value is { } v ? v.ToString("P1", CultureInfo.CurrentCulture) : "–";

    public static string Interval(RateEstimate rate) => Interval(rate.Lower, rate.Upper);

    public static string Interval(double? lower, double? upper) =>
        lower is { } low && upper is { } high ? $"{Percent(low)} – {Percent(high)}" : "–";

    public static string Number(double? value, string format = "N2") => value is { } v ? v.ToString(format, CultureInfo.CurrentCulture) : "–";

    public static string Interval(MeanEstimate mean) =>
        mean.Lower is { } lower && mean.Upper is { } upper ? $"{Number(lower)} – {Number(upper)}" : "–";

    public static string Int(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Usd(decimal value) => value.ToString(value < 1 ? "N4" : "N2", CultureInfo.CurrentCulture) + " USD";

    /// <summary>How the pages' charts write their figures.</summary>
    public static readonly IntervalChartText ChartText = new(Percent, Interval);

    public static string Label(string wire) => wire.Replace('_', ' ');
}
