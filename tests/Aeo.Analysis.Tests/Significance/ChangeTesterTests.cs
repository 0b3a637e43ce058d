using static Aeo.Analysis.Tests.Figures.Observations;

namespace Aeo.Analysis.Tests.Significance;

public sealed class ChangeTesterTests
{
    private static readonly string?[] OpenAiAndAcross = [null, "openai"];

    /// <summary>40 non-branded questions on openai; Acme named in the first <paramref name="acme"/>, Beta in questions <paramref name="betaFrom"/>..+19.</summary>
    private static RunEvidence Run(int acme, int betaFrom, string prefix = "q")
    {
        var answers = Enumerable.Range(1, 40).Select(i =>
        {
            var brands = new List<BrandObservation>();
            if (i <= acme)
            {
                brands.Add(Mention("Acme", 1));
            }
            if (i >= betaFrom && i < betaFrom + 20)
            {
                brands.Add(Mention("Beta", brands.Count + 1));
            }
            return Answer($"{prefix}{i}", [.. brands]);
        }).ToList();
        return new RunEvidence(
            RunFiguresCalculator.Calculate(answers, Tracked),
            answers.Select(a => new KeyedAnswer(QuestionTextKey.For("Which tool for " + a.QuestionId + "?"), a)).ToList());
    }

    private static SignificantChange Change(ChangeFamily family, string brand, string? platform, string metric) =>
        Assert.Single(family.Changes, c => c.Brand == brand && c.Platform == platform && c.Metric == metric);

    [Fact]
    public void Same_questions_test_yes_no_rates_on_matched_items_with_McNemar()
    {
        var family = ChangeTester.Test(Run(acme: 40, betaFrom: 1), Run(acme: 10, betaFrom: 2), Tracked, QuestionTypes.NonBranded, OpenAiAndAcross, 0.05);

        Assert.True(family.Paired);
        Assert.Equal(40, family.MatchedItems);
        var acme = Change(family, "Acme", "openai", FigureMetrics.MentionRate);
        Assert.Equal(ChangeTests.McNemarExact, acme.Test);
        Assert.Equal(1.0, acme.From);
        Assert.Equal(0.25, acme.To);
        Assert.Equal(-0.75, acme.Difference!.Value, 12);
        // 30 answers went from named to not, none the other way.
        Assert.Equal(2 / Math.Pow(2, 30), acme.PValue!.Value, 15);
        Assert.True(acme.Significant);
        Assert.True(acme.Upper < 0);
        Assert.Equal("Acme's mention rate on openai fell from 100 % to 25 %, significant", acme.Sentence);

        // Beta lost question 1 and gained question 21: one discordant pair each way.
        var beta = Change(family, "Beta", null, FigureMetrics.MentionRate);
        Assert.Equal(ChangeTests.McNemarExact, beta.Test);
        Assert.Equal(1.0, beta.PValue);
        Assert.False(beta.Significant);
        Assert.Equal("Beta's mention rate across platforms stayed at 50 %, not significant", beta.Sentence);

        // Share of voice is not a yes/no per answer, so it is tested as two independent samples.
        Assert.Equal(ChangeTests.Newcombe, Change(family, "Acme", "openai", FigureMetrics.ShareOfVoice).Test);
    }

    [Fact]
    public void Different_questions_test_rates_as_independent_samples()
    {
        var family = ChangeTester.Test(Run(40, 1), Run(10, 2, prefix: "r"), Tracked, QuestionTypes.NonBranded, OpenAiAndAcross, 0.05);

        Assert.False(family.Paired);
        Assert.Equal(0, family.MatchedItems);
        var acme = Change(family, "Acme", "openai", FigureMetrics.MentionRate);
        Assert.Equal(ChangeTests.Newcombe, acme.Test);
        var interval = Intervals.NewcombeDifference(1.0, 40, 0.25, 40);
        Assert.Equal(interval.Lower, acme.Lower!.Value, 12);
        Assert.Equal(interval.Upper, acme.Upper!.Value, 12);
        Assert.Equal(PValues.TwoProportions(1.0, 40, 0.25, 40), acme.PValue!.Value, 12);
        Assert.True(acme.Significant);
    }

    [Fact]
    public void Adjusted_p_values_are_Benjamini_Hochberg_over_every_tested_change()
    {
        var family = ChangeTester.Test(Run(40, 1), Run(10, 2), Tracked, QuestionTypes.NonBranded, OpenAiAndAcross, 0.05);
        var tested = family.Changes.Where(c => c.PValue is not null).ToList();
        var expected = BenjaminiHochberg.Adjust(tested.Select(c => c.PValue!.Value).ToArray());

        Assert.Equal(expected, tested.Select(c => c.AdjustedPValue!.Value).ToArray());
        Assert.All(tested, c => Assert.Equal(c.AdjustedPValue <= 0.05, c.Significant));
        Assert.All(tested, c => Assert.True(c.AdjustedPValue >= c.PValue));
        // Gamma is never named: no rank or sentiment in either run, so those are listed untested, never significant.
        var untested = family.Changes.Where(c => c.PValue is null).ToList();
        Assert.Contains(untested, c => c.Brand == "Gamma" && c.Metric == FigureMetrics.AverageRank);
        Assert.All(untested, c => Assert.False(c.Significant));
        Assert.All(untested, c => Assert.Equal(ChangeTests.None, c.Test));
    }

    [Fact]
    public void A_stricter_q_finds_fewer_changes()
    {
        var loose = ChangeTester.Test(Run(40, 1), Run(30, 8), Tracked, QuestionTypes.NonBranded, OpenAiAndAcross, 0.2);
        var strict = ChangeTester.Test(Run(40, 1), Run(30, 8), Tracked, QuestionTypes.NonBranded, OpenAiAndAcross, 0.001);
        Assert.True(loose.Changes.Count(c => c.Significant) > strict.Changes.Count(c => c.Significant));
    }
}
