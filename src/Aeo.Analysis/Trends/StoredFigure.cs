namespace Aeo.Analysis.Trends;

/// <summary>
/// One figure of one run as it is stored for trends: a (segment, brand, metric) value with its 95 % interval; the
/// segment's platform, question type and category are null where it spans all of them.
/// <see cref="Answers"/> is what the value rests on: the segment's answers for a rate, the answers with a value for a
/// mean (average rank, sentiment).
/// </summary>
public sealed record StoredFigure(
    string Segment, string? Platform, string? QuestionType, string? Category, string Brand, string Metric, bool IsClient, double? Value, double? Lower, double? Upper, int Answers)
{
    /// <summary>Every metric name of <see cref="BrandFigures"/>, as <see cref="FigureMetrics"/> spells them.</summary>
    public static IReadOnlyList<string> MetricNames { get; } =
        FigureMetrics.Rates.Select(r => r.Name).Concat(FigureMetrics.Means.Select(m => m.Name)).ToArray();
}
