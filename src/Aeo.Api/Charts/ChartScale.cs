namespace Aeo.Api.Charts;

/// <summary>The value axis the charts of rates share.</summary>
public static class ChartScale
{
    /// <summary>From 0 to the next 10 % above the highest value (at least 10 %, at most 100 %), so small rates stay readable.</summary>
    public static double RateAxisMax(IEnumerable<double> values) => Math.Clamp(Math.Ceiling(values.DefaultIfEmpty(0).Max() * 10 - 1e-9) / 10, 0.1, 1);
}
