namespace Aeo.Analysis.Figures;

/// <summary>Applies the formulas documented on <see cref="BrandFigures"/> to one segment's answers.</summary>
internal static class SegmentCalculator
{
    public static SegmentFigures Compute(
        string key,
        string? platform,
        string? category,
        string? questionType,
        IReadOnlyList<PreparedAnswer> answers,
        IReadOnlyList<TrackedBrand> brands,
        ClusterNumbering clusters)
    {
        var brandFigures = new Dictionary<string, BrandFigures>(StringComparer.Ordinal);
        for (var index = 0; index < brands.Count; index++)
        {
            brandFigures[brands[index].Brand] = ForBrand(index, brands[index], brands.Count, answers, clusters);
        }

        return new SegmentFigures(
            key,
            platform,
            category,
            questionType,
            answers.Count,
            answers.Select(a => a.Cluster).Distinct(StringComparer.Ordinal).Count(),
            answers.Count(a => a.MentionedBrands > 0),
            answers.Sum(a => a.MentionedBrands),
            answers.Sum(a => a.CitedSources),
            brandFigures);
    }

    private static BrandFigures ForBrand(int b, TrackedBrand brand, int brandCount, IReadOnlyList<PreparedAnswer> answers, ClusterNumbering clusters)
    {
        RateEstimate Rate(IEnumerable<PreparedAnswer> units, Func<PreparedAnswer, double> numerator, Func<PreparedAnswer, double> denominator) =>
            ClusteredEstimator.Rate(units.Select(a => (a.ClusterNumber, numerator(a), denominator(a))), clusters);

        MeanEstimate Mean(IEnumerable<(int Cluster, double Value)> values, double minimum, double maximum) =>
            ClusteredEstimator.Mean(values, clusters, minimum, maximum);

        var mentioning = answers.Where(a => a.Mentions[b] is not null).ToList();
        return new BrandFigures(
            brand.Brand,
            brand.IsClient,
            MentionRate: Rate(answers, a => Flag(a.Mentions[b] is not null), _ => 1),
            ShareOfVoice: Rate(answers, a => Flag(a.Mentions[b] is not null), a => a.MentionedBrands),
            ShareOfVoiceByCount: Rate(answers, a => a.Mentions[b]?.Count ?? 0, a => a.MentionCount),
            ShareOfVoicePerAnswer: Rate(
                answers.Where(a => a.MentionedBrands > 0),
                a => a.Mentions[b] is null ? 0 : 1.0 / a.MentionedBrands,
                _ => 1),
            AverageRank: Mean(mentioning.Select(a => (a.ClusterNumber, (double)a.Mentions[b]!.Rank)), 1, brandCount),
            FirstRankRateWhenMentioned: Rate(mentioning, a => Flag(a.Mentions[b]!.Rank == 1), _ => 1),
            FirstRankRateOfAllAnswers: Rate(answers, a => Flag(a.Mentions[b]?.Rank == 1), _ => 1),
            Sentiment: Mean(
                mentioning.Where(a => a.Mentions[b]!.Sentiment is not null).Select(a => (a.ClusterNumber, a.Mentions[b]!.Sentiment!.Value)),
                -1,
                1),
            CitationRate: Rate(answers, a => Flag(a.CitedByBrand[b] > 0), _ => 1),
            CitationShare: Rate(answers, a => a.CitedByBrand[b], a => a.CitedSources),
            RetrievedNotCitedRate: Rate(answers, a => Flag(a.RetrievedByBrand[b] > 0 && a.CitedByBrand[b] == 0), _ => 1),
            UnknownToEngineRate: Rate(answers, a => Flag(a.UnknownToEngine[b]), _ => 1),
            EchoOrDisclaimerOnlyRate: Rate(answers, a => Flag(a.EchoOrDisclaimerOnly[b]), _ => 1),
            Prominence: Mean(
                answers.Where(a => a.Prominence[b] is not null).Select(a => (a.ClusterNumber, a.Prominence[b]!.Value)), 0, 1),
            ProminenceWhenMentioned: Mean(
                mentioning.Where(a => a.Prominence[b] is not null).Select(a => (a.ClusterNumber, a.Prominence[b]!.Value)), 0, 1));
    }

    private static double Flag(bool value) => value ? 1 : 0;
}
