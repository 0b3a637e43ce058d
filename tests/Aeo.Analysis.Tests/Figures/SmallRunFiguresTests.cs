using static Aeo.Analysis.Tests.Figures.Observations;

namespace Aeo.Analysis.Tests.Figures;

/// <summary>
/// Four non-branded answers, one sample each, every figure worked out by hand:
/// <code>
/// q1: Acme (3×, rank 1, +0.8), Beta (1×, rank 2, +0.2)   cited acme.com, g2.com; retrieved beta.io
/// q2: Beta (2×, rank 1, −0.4)                             cited beta.io; retrieved blog.acme.com
/// q3: Beta (1×, rank 1, 0.0), Acme (1×, rank 2, none), Gamma (1×, rank 3, +0.5)   cited g2.com
/// q4: no tracked brand, no sources
/// </code>
/// </summary>
public sealed class SmallRunFiguresTests
{
    private const double Exact = 1e-12;
    private const double FourDecimals = 6e-5;

    private static readonly AnswerObservation[] Answers =
    [
        Answer("q1", [Mention("Acme", 1, 3, 0.8), Mention("Beta", 2, 1, 0.2)], [Cited("acme.com"), Cited("g2.com"), Retrieved("beta.io")]),
        Answer("q2", [Mention("Beta", 1, 2, -0.4)], [Cited("beta.io"), Retrieved("blog.acme.com")], category: "comparison"),
        Answer("q3", [Mention("Beta", 1, 1, 0.0), Mention("Acme", 2), Mention("Gamma", 3, 1, 0.5)], [Cited("g2.com")], category: "comparison"),
        Answer("q4", [], category: "comparison"),
    ];

    private static readonly SegmentFigures Overall = RunFiguresCalculator.Calculate(Answers, Tracked).Overall;

    [Fact]
    public void Segment_totals()
    {
        Assert.Equal(4, Overall.Answers);
        Assert.Equal(4, Overall.Questions);
        Assert.Equal(3, Overall.AnswersMentioningAnyBrand); // q1, q2, q3
        Assert.Equal(6, Overall.BrandMentions);             // 2 + 1 + 3 + 0
        Assert.Equal(4, Overall.CitedSources);              // 2 + 1 + 1 + 0
        Assert.Equal(["Acme", "Beta", "Gamma"], Overall.Brands.Keys);
    }

    [Theory]
    [InlineData("Acme", 2, 4)]  // q1, q3
    [InlineData("Beta", 3, 4)]  // q1, q2, q3
    [InlineData("Gamma", 1, 4)] // q3
    public void Mention_rate_is_answers_mentioning_over_answers(string brand, int numerator, int denominator)
    {
        var rate = Overall.Brands[brand].MentionRate;

        Assert.Equal(numerator, rate.Numerator);
        Assert.Equal(denominator, rate.Denominator);
        Assert.Equal((double)numerator / denominator, rate.Value!.Value, Exact);
    }

    [Fact]
    public void Mention_rate_with_one_sample_per_question_has_the_plain_wilson_interval()
    {
        var acme = Overall.Brands["Acme"].MentionRate;

        // 2/4: Wilson 0.1500–0.8500 (published); design effect 1, effective size 4.
        Assert.Equal(1, acme.DesignEffect, Exact);
        Assert.Equal(4, acme.EffectiveSampleSize, Exact);
        Assert.Equal(0.1500, acme.Lower!.Value, FourDecimals);
        Assert.Equal(0.8500, acme.Upper!.Value, FourDecimals);
    }

    [Theory]
    [InlineData("Acme", 2.0 / 6)]  // presence in q1, q3 over 6 brand mentions
    [InlineData("Beta", 3.0 / 6)]
    [InlineData("Gamma", 1.0 / 6)]
    public void Share_of_voice_pools_presence(string brand, double expected)
    {
        Assert.Equal(expected, Overall.Brands[brand].ShareOfVoice.Value!.Value, Exact);
    }

    [Theory]
    [InlineData("Acme", 4.0 / 9)]  // 3 + 1 of 9 occurrences (q1: 4, q2: 2, q3: 3)
    [InlineData("Beta", 4.0 / 9)]  // 1 + 2 + 1
    [InlineData("Gamma", 1.0 / 9)]
    public void Share_of_voice_by_count_pools_raw_occurrences(string brand, double expected)
    {
        Assert.Equal(expected, Overall.Brands[brand].ShareOfVoiceByCount.Value!.Value, Exact);
    }

    [Theory]
    [InlineData("Acme", 5.0 / 18)]  // (1/2 + 0 + 1/3) / 3 answers with a brand
    [InlineData("Beta", 11.0 / 18)] // (1/2 + 1 + 1/3) / 3
    [InlineData("Gamma", 2.0 / 18)] // (0 + 0 + 1/3) / 3
    public void Share_of_voice_per_answer_splits_each_answer_equally(string brand, double expected)
    {
        var share = Overall.Brands[brand].ShareOfVoicePerAnswer;

        Assert.Equal(expected, share.Value!.Value, Exact);
        Assert.Equal(3, share.Denominator); // q4 names no brand and is not in this denominator
    }

    [Fact]
    public void Both_shares_of_voice_sum_to_one_over_the_tracked_brands()
    {
        Assert.Equal(1, Overall.Brands.Values.Sum(b => b.ShareOfVoice.Value!.Value), Exact);
        Assert.Equal(1, Overall.Brands.Values.Sum(b => b.ShareOfVoicePerAnswer.Value!.Value), Exact);
        Assert.Equal(1, Overall.Brands.Values.Sum(b => b.ShareOfVoiceByCount.Value!.Value), Exact);
    }

    [Fact]
    public void Pooled_share_of_voice_interval_uses_the_answers_as_clusters()
    {
        var acme = Overall.Brands["Acme"].ShareOfVoice;

        // p = 1/3 over 6 mentions; per answer (Y, X) = (1,2), (0,1), (1,3), (0,0):
        // V = [(1 − 2/3)² + (0 − 1/3)² + (1 − 1)²] / 6² = (2/9)/36 ≈ 0.00617; V0 = (1/3)(2/3)/6 ≈ 0.0370.
        // V < V0, so deff = 1 and the interval is Wilson(1/3, 6) = 0.0968–0.7000.
        Assert.Equal(1, acme.DesignEffect, Exact);
        Assert.Equal(0.0968, acme.Lower!.Value, FourDecimals);
        Assert.Equal(0.7000, acme.Upper!.Value, FourDecimals);
    }

    [Fact]
    public void Average_rank_and_its_t_interval_over_questions()
    {
        var beta = Overall.Brands["Beta"].AverageRank;

        // Ranks 2, 1, 1: mean 4/3; s² = (4/9 + 1/9 + 1/9)/2 = 1/3; SE = √(1/3 / 3) = 1/3;
        // t(0.975; 2) = 4.3027 → 4/3 ± 1.4342 = −0.1009…2.7676, clipped below at rank 1.
        Assert.Equal(4.0 / 3, beta.Value!.Value, Exact);
        Assert.Equal(3, beta.N);
        Assert.Equal(1.0 / 3, beta.StandardError!.Value, Exact);
        Assert.Equal(1, beta.Lower);
        Assert.Equal(2.7676, beta.Upper!.Value, FourDecimals);

        // Acme ranks 1, 2: mean 1.5; SE = 0.5; t(0.975; 1) = 12.706 → clipped to [1, 3 tracked brands].
        var acme = Overall.Brands["Acme"].AverageRank;
        Assert.Equal(1.5, acme.Value!.Value, Exact);
        Assert.Equal(0.5, acme.StandardError!.Value, Exact);
        Assert.Equal((1.0, 3.0), (acme.Lower!.Value, acme.Upper!.Value));
    }

    [Fact]
    public void A_mean_from_one_question_has_no_interval()
    {
        var gamma = Overall.Brands["Gamma"].AverageRank;

        Assert.Equal(new MeanEstimate(3, 1, 1, null, null, null), gamma);
    }

    [Theory]
    [InlineData("Acme", 1, 2, 1, 4)]  // rank 1 in q1; mentioned in q1, q3
    [InlineData("Beta", 2, 3, 2, 4)]  // rank 1 in q2, q3; mentioned in q1, q2, q3
    [InlineData("Gamma", 0, 1, 0, 4)]
    public void First_rank_rates_over_mentioning_answers_and_over_all_answers(
        string brand, int firsts, int mentioning, int firstsOfAll, int answers)
    {
        var figures = Overall.Brands[brand];

        Assert.Equal((firsts, mentioning), ((int)figures.FirstRankRateWhenMentioned.Numerator, (int)figures.FirstRankRateWhenMentioned.Denominator));
        Assert.Equal((firstsOfAll, answers), ((int)figures.FirstRankRateOfAllAnswers.Numerator, (int)figures.FirstRankRateOfAllAnswers.Denominator));
    }

    [Fact]
    public void Sentiment_is_the_mean_where_available_with_its_count()
    {
        var beta = Overall.Brands["Beta"].Sentiment;

        // (0.2 − 0.4 + 0.0)/3 = −0.0667; deviations 0.2667, −0.3333, 0.0667 → s² = 0.18667/2 = 0.09333;
        // SE = √(0.09333/3) = 0.17638; ± 4.3027 × 0.17638 = ± 0.75891 → −0.8256…0.6922.
        Assert.Equal(-0.2 / 3, beta.Value!.Value, Exact);
        Assert.Equal(3, beta.N);
        Assert.Equal(-0.8256, beta.Lower!.Value, FourDecimals);
        Assert.Equal(0.6922, beta.Upper!.Value, FourDecimals);

        // Acme is mentioned twice but has a sentiment only in q1.
        var acme = Overall.Brands["Acme"].Sentiment;
        Assert.Equal(0.8, acme.Value!.Value, Exact);
        Assert.Equal(1, acme.N);
    }

    [Theory]
    [InlineData("Acme", 1, 1, 1)]  // cites acme.com in q1; one of 4 cited sources; blog.acme.com only retrieved in q2
    [InlineData("Beta", 1, 1, 1)]  // cites beta.io in q2; beta.io only retrieved in q1
    [InlineData("Gamma", 0, 0, 0)]
    public void Citation_rate_share_and_retrieved_not_cited(string brand, int citingAnswers, int citedSources, int retrievedOnlyAnswers)
    {
        var figures = Overall.Brands[brand];

        Assert.Equal(citingAnswers / 4.0, figures.CitationRate.Value!.Value, Exact);
        Assert.Equal(citedSources / 4.0, figures.CitationShare.Value!.Value, Exact);
        Assert.Equal(4, figures.CitationShare.Denominator);
        Assert.Equal(retrievedOnlyAnswers / 4.0, figures.RetrievedNotCitedRate.Value!.Value, Exact);
    }

    [Fact]
    public void A_brand_never_mentioned_has_zero_rates_and_no_means()
    {
        var run = RunFiguresCalculator.Calculate(Answers, [.. Tracked, new TrackedBrand("Delta", ["delta.com"], false)]);
        var delta = run.Overall.Brands["Delta"];

        Assert.Equal(0, delta.MentionRate.Value);
        Assert.Equal(0, delta.MentionRate.Lower);
        Assert.Equal(0.4899, delta.MentionRate.Upper!.Value, FourDecimals); // Wilson 0/4
        Assert.Equal(0, delta.ShareOfVoice.Value);
        Assert.Null(delta.FirstRankRateWhenMentioned.Value); // 0/0 is no data, not 0 %
        Assert.Equal(new MeanEstimate(null, 0, 0, null, null, null), delta.AverageRank);
        Assert.Equal(new MeanEstimate(null, 0, 0, null, null, null), delta.Sentiment);
    }

    [Fact]
    public void Categories_are_segments_of_their_own()
    {
        var run = RunFiguresCalculator.Calculate(Answers, Tracked);

        Assert.Equal(["comparison", "recommendation"], run.ByCategory.Keys);
        var comparison = run.ByCategory["comparison"];
        Assert.Equal("category:comparison", comparison.Key);
        Assert.Equal(3, comparison.Answers);
        Assert.Equal(1.0 / 3, comparison.Brands["Acme"].MentionRate.Value!.Value, Exact); // q3 of q2, q3, q4
    }
}
