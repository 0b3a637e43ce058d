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

    /// <summary>Every segment, brand and metric of a run's figures, each once.</summary>
    public static IEnumerable<StoredFigure> From(RunFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        foreach (var segment in figures.Segments())
        {
            foreach (var (brand, brandFigures) in segment.Brands)
            {
                foreach (var (name, read) in FigureMetrics.Rates)
                {
                    var rate = read(brandFigures);
                    yield return new StoredFigure(
                        segment.Key, segment.Platform, segment.QuestionType, segment.Category, brand, name, brandFigures.IsClient, rate.Value, rate.Lower, rate.Upper, segment.Answers);
                }

                foreach (var (name, read) in FigureMetrics.Means)
                {
                    var mean = read(brandFigures);
                    yield return new StoredFigure(
                        segment.Key, segment.Platform, segment.QuestionType, segment.Category, brand, name, brandFigures.IsClient, mean.Value, mean.Lower, mean.Upper, mean.N);
                }
            }
        }
    }
}
