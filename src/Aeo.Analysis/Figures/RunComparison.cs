namespace Aeo.Analysis.Figures;

/// <summary>
/// What changed between two runs, per segment (matched on <see cref="SegmentFigures.Key"/>), tracked brand
/// (matched on name) and metric; segments and brands present in only one run are left out.
/// <para>
/// Rates: the difference's interval is Newcombe's hybrid score interval
/// (<see cref="Intervals.NewcombeDifference"/>) with each run's effective sample size
/// (<see cref="RateEstimate.EffectiveSampleSize"/>), so clustered samples count for what they are worth;
/// the two runs are treated as independent samples.
/// Means (average rank, sentiment): <c>d ± t(0.975; ν) · √(SE₁² + SE₂²)</c> with Welch–Satterthwaite
/// <c>ν = (SE₁² + SE₂²)² / (SE₁⁴/(m₁ − 1) + SE₂⁴/(m₂ − 1))</c> over the runs' question counts m; null when
/// either run has fewer than two questions with a value.
/// </para>
/// A change is significant when its interval excludes 0. With 15 metrics per brand and segment, some
/// "significant" changes are expected by chance alone (about 1 in 20 when nothing changed): read them as flags.
/// </summary>
public sealed record RunComparison(IReadOnlyList<MetricChange> Changes)
{
    private const double Tolerance = 1e-12;

    public static RunComparison Compare(RunFigures before, RunFigures after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var afterSegments = after.Segments().ToDictionary(s => s.Key, StringComparer.Ordinal);
        var changes = new List<MetricChange>();
        foreach (var segment in before.Segments())
        {
            if (!afterSegments.TryGetValue(segment.Key, out var later))
            {
                continue;
            }

            foreach (var (brand, earlierFigures) in segment.Brands)
            {
                if (!later.Brands.TryGetValue(brand, out var laterFigures))
                {
                    continue;
                }

                changes.AddRange(FigureMetrics.Rates.Select(metric =>
                    CompareRates(segment.Key, brand, metric.Name, metric.Read(earlierFigures), metric.Read(laterFigures))));
                changes.AddRange(FigureMetrics.Means.Select(metric =>
                    CompareMeans(segment.Key, brand, metric.Name, metric.Read(earlierFigures), metric.Read(laterFigures))));
            }
        }

        return new RunComparison(changes);
    }

    private static MetricChange CompareRates(string segment, string brand, string metric, RateEstimate before, RateEstimate after)
    {
        if (before.Value is not { } p1 || after.Value is not { } p2)
        {
            return new MetricChange(segment, brand, metric, before.Value, after.Value, null, null, null, false, null);
        }

        var interval = Intervals.NewcombeDifference(p1, before.EffectiveSampleSize, p2, after.EffectiveSampleSize);
        return Change(segment, brand, metric, p1, p2, interval);
    }

    private static MetricChange CompareMeans(string segment, string brand, string metric, MeanEstimate before, MeanEstimate after)
    {
        if (before.Value is not { } m1 || after.Value is not { } m2)
        {
            return new MetricChange(segment, brand, metric, before.Value, after.Value, null, null, null, false, null);
        }

        if (before.StandardError is not { } se1 || after.StandardError is not { } se2)
        {
            return new MetricChange(segment, brand, metric, m1, m2, m2 - m1, null, null, false, DirectionOf(m2 - m1));
        }

        var v1 = se1 * se1;
        var v2 = se2 * se2;
        var variance = v1 + v2;
        var degreesOfFreedom = variance == 0
            ? double.PositiveInfinity
            : variance * variance / (v1 * v1 / (before.Clusters - 1) + v2 * v2 / (after.Clusters - 1));
        var interval = Intervals.StudentT(m2 - m1, Math.Sqrt(variance), degreesOfFreedom);
        return Change(segment, brand, metric, m1, m2, interval);
    }

    private static MetricChange Change(string segment, string brand, string metric, double before, double after, ConfidenceInterval interval)
    {
        var difference = after - before;
        return new MetricChange(
            segment, brand, metric, before, after, difference, interval.Lower, interval.Upper, interval.ExcludesZero, DirectionOf(difference));
    }

    private static ChangeDirection DirectionOf(double difference) =>
        difference > Tolerance ? ChangeDirection.Up
        : difference < -Tolerance ? ChangeDirection.Down
        : ChangeDirection.Unchanged;
}
