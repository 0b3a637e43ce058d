using Aeo.Analysis.Questions;

namespace Aeo.Analysis.Figures;

/// <summary>One segment of a run's figures as a stored row: its key, its place in <see cref="RunFigures.Segments"/>, its dimensions and counts.</summary>
public sealed record FigureSegmentRow(
    string Segment,
    int Position,
    string? Platform,
    string? QuestionType,
    string? Category,
    int Answers,
    int Questions,
    int AnswersMentioningAnyBrand,
    int BrandMentions,
    int CitedSources);

/// <summary>
/// One (segment, brand, metric) estimate as a stored row, with everything its <see cref="RateEstimate"/> or
/// <see cref="MeanEstimate"/> holds. <see cref="Answers"/> is the segment's answers for a rate and N for a mean.
/// A rate has its numerator, denominator, design effect and effective sample size; a mean its standard error and clusters.
/// </summary>
public sealed record FigureEstimateRow(
    string Segment,
    string Brand,
    int BrandPosition,
    bool IsClient,
    string Metric,
    double? Value,
    double? Lower,
    double? Upper,
    int Answers,
    double? Numerator,
    double? Denominator,
    double? DesignEffect,
    double? EffectiveSampleSize,
    double? StandardError,
    int? Clusters);

/// <summary>
/// A run's figures flattened into rows as they are stored, and back: <c>From(f).ToRunFigures(f.PlannedCount)</c> holds
/// the same values in the same order as <c>f</c>, so a report built from stored figures is the one computed from the answers.
/// </summary>
public sealed record RunFigureRows(IReadOnlyList<FigureSegmentRow> Segments, IReadOnlyList<FigureEstimateRow> Estimates)
{
    public static RunFigureRows From(RunFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var segments = new List<FigureSegmentRow>();
        var estimates = new List<FigureEstimateRow>();
        foreach (var segment in figures.Segments())
        {
            segments.Add(new FigureSegmentRow(
                segment.Key, segments.Count, segment.Platform, segment.QuestionType, segment.Category, segment.Answers, segment.Questions,
                segment.AnswersMentioningAnyBrand, segment.BrandMentions, segment.CitedSources));
            var position = 0;
            foreach (var (brand, brandFigures) in segment.Brands)
            {
                foreach (var (name, read) in FigureMetrics.Rates)
                {
                    var rate = read(brandFigures);
                    estimates.Add(new FigureEstimateRow(
                        segment.Key, brand, position, brandFigures.IsClient, name, rate.Value, rate.Lower, rate.Upper, segment.Answers,
                        rate.Numerator, rate.Denominator, rate.DesignEffect, rate.EffectiveSampleSize, null, null));
                }
                foreach (var (name, read) in FigureMetrics.Means)
                {
                    var mean = read(brandFigures);
                    estimates.Add(new FigureEstimateRow(
                        segment.Key, brand, position, brandFigures.IsClient, name, mean.Value, mean.Lower, mean.Upper, mean.N,
                        null, null, null, null, mean.StandardError, mean.Clusters));
                }
                position++;
            }
        }
        return new RunFigureRows(segments, estimates);
    }

    /// <exception cref="InvalidOperationException">The rows are not a whole run's figures (a segment, brand or metric is missing).</exception>
    public RunFigures ToRunFigures(int? plannedCount)
    {
        var bySegment = Estimates.GroupBy(e => e.Segment, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var segments = Segments.OrderBy(s => s.Position).Select(s => Segment(s, bySegment.GetValueOrDefault(s.Segment) ?? [])).ToList();
        var overall = segments.SingleOrDefault(s => s.Key == SegmentKeys.Overall) ?? throw Incomplete("the overall segment");
        var byQuestionType = Keyed(segments.Where(s => s is { QuestionType: not null, Platform: null, Category: null }), s => s.QuestionType!);
        var byPlatform = Keyed(segments.Where(s => s is { Platform: not null, QuestionType: null }), s => s.Platform!);
        var byPlatformAndType = segments.Where(s => s is { Platform: not null, QuestionType: not null })
            .GroupBy(s => s.Platform!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, SegmentFigures>)Keyed(g, s => s.QuestionType!), StringComparer.Ordinal);
        var byCategory = Keyed(segments.Where(s => s.Category is not null), s => s.Category!);
        var headline = byQuestionType.GetValueOrDefault(QuestionTypes.NonBranded) ?? throw Incomplete("the non-branded segment");
        return new RunFigures(
            overall.Answers,
            plannedCount,
            overall.Brands.Values.FirstOrDefault(b => b.IsClient)?.Brand,
            headline,
            overall,
            byQuestionType,
            byPlatform,
            byPlatformAndType,
            byCategory);
    }

    private static Dictionary<string, SegmentFigures> Keyed(IEnumerable<SegmentFigures> segments, Func<SegmentFigures, string> key) =>
        segments.ToDictionary(key, s => s, StringComparer.Ordinal);

    private static SegmentFigures Segment(FigureSegmentRow row, List<FigureEstimateRow> estimates)
    {
        var brands = estimates
            .GroupBy(e => (e.BrandPosition, e.Brand))
            .OrderBy(g => g.Key.BrandPosition)
            .ToDictionary(g => g.Key.Brand, g => Brand(row.Segment, g.ToDictionary(e => e.Metric, StringComparer.Ordinal)), StringComparer.Ordinal);
        return new SegmentFigures(
            row.Segment, row.Platform, row.Category, row.QuestionType, row.Answers, row.Questions, row.AnswersMentioningAnyBrand, row.BrandMentions,
            row.CitedSources, brands);
    }

    private static BrandFigures Brand(string segment, Dictionary<string, FigureEstimateRow> metrics)
    {
        var first = metrics.Values.First();
        RateEstimate Rate(string metric) => metrics.TryGetValue(metric, out var e)
            && e is { Numerator: { } numerator, Denominator: { } denominator, DesignEffect: { } deff, EffectiveSampleSize: { } n }
                ? new RateEstimate(numerator, denominator, e.Value, e.Lower, e.Upper, deff, n)
                : throw Incomplete($"{first.Brand}'s {metric} in {segment}");
        MeanEstimate Mean(string metric) => metrics.TryGetValue(metric, out var e) && e.Clusters is { } clusters
            ? new MeanEstimate(e.Value, e.Answers, clusters, e.StandardError, e.Lower, e.Upper)
            : throw Incomplete($"{first.Brand}'s {metric} in {segment}");
        return new BrandFigures(
            first.Brand,
            first.IsClient,
            Rate(FigureMetrics.MentionRate),
            Rate(FigureMetrics.ShareOfVoice),
            Rate(FigureMetrics.ShareOfVoiceByCount),
            Rate(FigureMetrics.ShareOfVoicePerAnswer),
            Mean(FigureMetrics.AverageRank),
            Rate(FigureMetrics.FirstRankRateWhenMentioned),
            Rate(FigureMetrics.FirstRankRateOfAllAnswers),
            Mean(FigureMetrics.Sentiment),
            Rate(FigureMetrics.CitationRate),
            Rate(FigureMetrics.CitationShare),
            Rate(FigureMetrics.RetrievedNotCitedRate),
            Rate(FigureMetrics.UnknownToEngineRate),
            Rate(FigureMetrics.EchoOrDisclaimerOnlyRate),
            Mean(FigureMetrics.Prominence),
            Mean(FigureMetrics.ProminenceWhenMentioned));
    }

    private static InvalidOperationException Incomplete(string what) => new($"The stored figures lack {what}.");
}
