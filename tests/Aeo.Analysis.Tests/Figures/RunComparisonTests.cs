using static Aeo.Analysis.Tests.Figures.Observations;

namespace Aeo.Analysis.Tests.Figures;

public sealed class RunComparisonTests
{
    private const double Exact = 1e-9;
    private const double FourDecimals = 6e-5;

    private static MetricChange Change(RunComparison comparison, string segment, string brand, string metric) =>
        Assert.Single(comparison.Changes, c => c.Segment == segment && c.Brand == brand && c.Metric == metric);

    private static RunFigures Run(IReadOnlyList<AnswerObservation> answers) => RunFiguresCalculator.Calculate(answers, Tracked);

    [Fact]
    public void A_large_change_is_significant()
    {
        var comparison = RunComparison.Compare(Run(AcmeMentionedIn(20, 100)), Run(AcmeMentionedIn(60, 100)));

        // 20/100 → 60/100: d = 0.40; Newcombe hybrid score 0.2677 to 0.5125.
        var change = Change(comparison, "overall", "Acme", FigureMetrics.MentionRate);
        Assert.Equal((0.2, 0.6), (change.Before!.Value, change.After!.Value));
        Assert.Equal(0.4, change.Difference!.Value, Exact);
        Assert.Equal(0.2677, change.Lower!.Value, FourDecimals);
        Assert.Equal(0.5125, change.Upper!.Value, FourDecimals);
        Assert.True(change.Significant);
        Assert.Equal(ChangeDirection.Up, change.Direction);
    }

    [Fact]
    public void A_small_change_is_not_significant()
    {
        var comparison = RunComparison.Compare(Run(AcmeMentionedIn(55, 100)), Run(AcmeMentionedIn(50, 100)));

        // 55/100 → 50/100: d = −0.05; Newcombe −0.1844 to 0.0870 contains 0.
        var change = Change(comparison, "overall", "Acme", FigureMetrics.MentionRate);
        Assert.Equal(-0.05, change.Difference!.Value, Exact);
        Assert.Equal(-0.1844, change.Lower!.Value, FourDecimals);
        Assert.Equal(0.0870, change.Upper!.Value, FourDecimals);
        Assert.False(change.Significant);
        Assert.Equal(ChangeDirection.Down, change.Direction);
    }

    [Fact]
    public void Repeated_samples_do_not_manufacture_significance()
    {
        // 3/10 → 7/10 questions, each asked three times with the same outcome. Naively 9/30 → 21/30 is
        // significant (Newcombe 0.1472 to 0.5886); with n_eff = 10 per run it is −0.0288 to 0.6718.
        var before = Run(Repeat(AcmeMentionedIn(3, 10), 3));
        var after = Run(Repeat(AcmeMentionedIn(7, 10), 3));

        var change = Change(RunComparison.Compare(before, after), "overall", "Acme", FigureMetrics.MentionRate);

        Assert.Equal(-0.0288, change.Lower!.Value, FourDecimals);
        Assert.Equal(0.6718, change.Upper!.Value, FourDecimals);
        Assert.False(change.Significant);
    }

    [Fact]
    public void Mean_changes_use_a_welch_interval()
    {
        // Before: Acme ranks 1, 1, 2, 2 over four questions; after: 3, 3, 3, 3 (SE 0).
        // Before mean 1.5, s² = 1/3, SE² = 1/12; after SE² = 0 → ν = (1/12)² / ((1/12)²/3) = 3;
        // d = 1.5 ± t(0.975; 3) × √(1/12) = 1.5 ± 3.1824 × 0.2887 = 0.5813 to 2.4187.
        static AnswerObservation Ranked(string question, int rank) =>
            Answer(question, [.. Enumerable.Range(1, rank - 1).Select(r => Mention(r == 1 ? "Beta" : "Gamma", r)), Mention("Acme", rank)]);
        var before = Run([Ranked("q1", 1), Ranked("q2", 1), Ranked("q3", 2), Ranked("q4", 2)]);
        var after = Run([Ranked("q1", 3), Ranked("q2", 3), Ranked("q3", 3), Ranked("q4", 3)]);

        var change = Change(RunComparison.Compare(before, after), "overall", "Acme", FigureMetrics.AverageRank);

        Assert.Equal(1.5, change.Difference!.Value, Exact);
        Assert.Equal(0.5813, change.Lower!.Value, FourDecimals);
        Assert.Equal(2.4187, change.Upper!.Value, FourDecimals);
        Assert.True(change.Significant);
        Assert.Equal(ChangeDirection.Up, change.Direction); // a larger rank number: a worse position
    }

    [Fact]
    public void Every_segment_brand_and_metric_is_compared_and_missing_data_is_never_significant()
    {
        var before = Run(AcmeMentionedIn(5, 10));
        var after = Run(AcmeMentionedIn(5, 10));

        var comparison = RunComparison.Compare(before, after);

        // Segments: overall, two question types, platform openai and its two types, category recommendation = 7;
        // × 3 brands × 15 metrics.
        Assert.Equal(7 * 3 * 15, comparison.Changes.Count);
        Assert.DoesNotContain(comparison.Changes, c => c.Significant);
        var same = Change(comparison, "overall", "Acme", FigureMetrics.MentionRate);
        Assert.Equal(ChangeDirection.Unchanged, same.Direction);
        var noData = Change(comparison, "question_type:branded", "Acme", FigureMetrics.MentionRate);
        Assert.Equal((null, null, null, false, null), (noData.Before, noData.After, noData.Difference, noData.Significant, noData.Direction));
    }

    [Fact]
    public void Segments_and_brands_in_only_one_run_are_left_out()
    {
        var before = RunFiguresCalculator.Calculate(AcmeMentionedIn(5, 10), [Acme]);
        var after = RunFiguresCalculator.Calculate(
            AcmeMentionedIn(5, 10).Select(a => a with { Platform = "gemini" }).ToList(), [Acme, Beta]);

        var comparison = RunComparison.Compare(before, after);

        Assert.DoesNotContain(comparison.Changes, c => c.Brand == "Beta");
        Assert.DoesNotContain(comparison.Changes, c => c.Segment.StartsWith("platform:", StringComparison.Ordinal));
        Assert.Contains(comparison.Changes, c => c.Segment == "overall");
    }

    [Fact]
    public void Comparing_empty_runs_gives_no_significant_change()
    {
        var comparison = RunComparison.Compare(Run([]), Run([]));

        Assert.NotEmpty(comparison.Changes);
        Assert.All(comparison.Changes, c => Assert.False(c.Significant));
        Assert.All(comparison.Changes, c => Assert.Null(c.Difference));
    }
}
