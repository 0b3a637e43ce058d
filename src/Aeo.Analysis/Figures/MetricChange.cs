namespace Aeo.Analysis.Figures;

/// <summary>
/// One metric of one brand in one segment across two runs: <c>Difference = After − Before</c>, its 95 %
/// interval [<see cref="Lower"/>, <see cref="Upper"/>], and <see cref="Significant"/> when that interval
/// excludes 0. Values are null where either run has no data for the metric; such a change is never significant.
/// </summary>
public sealed record MetricChange(
    string Segment,
    string Brand,
    string Metric,
    double? Before,
    double? After,
    double? Difference,
    double? Lower,
    double? Upper,
    bool Significant,
    ChangeDirection? Direction);
