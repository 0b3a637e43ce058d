using static Aeo.Analysis.Tests.Figures.Observations;

namespace Aeo.Analysis.Tests.Figures;

/// <summary>
/// Intervals when every answer agrees (a rate of exactly 0 or 1, a mean with no spread). The Wilson interval at
/// p = 0 over n units is [0, z²/(n + z²)] and at p = 1 it is [n/(n + z²), 1], with z² = 1.959963984540054² = 3.8414588.
/// </summary>
public sealed class EdgeIntervalTests
{
    private const double SixDecimals = 5e-7;

    [Fact]
    public void Ten_questions_of_five_identical_no_samples_count_as_ten_units()
    {
        // 10 questions × 5 samples, Acme never mentioned. ΣX = 50, ΣX² = 10 × 5² = 250, deff = 250/50 = 5, n_eff = 10:
        // upper = 3.8414588/(10 + 3.8414588) = 0.277533, not the 3.8414588/53.8414588 = 0.071348 of 50 independent answers.
        var rate = MentionRate(Repeat(AcmeMentionedIn(0, 10), 5));

        Assert.Equal(0, rate.Value);
        Assert.Equal(5, rate.DesignEffect, SixDecimals);
        Assert.Equal(10, rate.EffectiveSampleSize, SixDecimals);
        Assert.Equal(0, rate.Lower);
        Assert.Equal(0.277533, rate.Upper!.Value, SixDecimals);
    }

    [Fact]
    public void A_rate_of_one_is_bounded_below_the_same_way()
    {
        // 10 questions × 5 samples, all mentioning Acme: deff = 5, n_eff = 10, lower = 10/13.8414588 = 0.722467.
        var rate = MentionRate(Repeat(AcmeMentionedIn(10, 10), 5));

        Assert.Equal(1, rate.Value);
        Assert.Equal(0.722467, rate.Lower!.Value, SixDecimals);
        Assert.Equal(1, rate.Upper!.Value, SixDecimals);
    }

    [Fact]
    public void Unequal_samples_per_question_weigh_the_larger_questions_more()
    {
        // Questions with 1, 2, 3 and 4 samples, none mentioning Acme. ΣX = 10, ΣX² = 1 + 4 + 9 + 16 = 30, deff = 3,
        // n_eff = 10/3: upper = 3.8414588/(3.3333333 + 3.8414588) = 0.535410.
        AnswerObservation[] answers =
        [
            .. Repeat(AcmeMentionedIn(0, 1, "a"), 1), .. Repeat(AcmeMentionedIn(0, 1, "b"), 2),
            .. Repeat(AcmeMentionedIn(0, 1, "c"), 3), .. Repeat(AcmeMentionedIn(0, 1, "d"), 4),
        ];

        var rate = MentionRate(answers);

        Assert.Equal(3, rate.DesignEffect, SixDecimals);
        Assert.Equal(10.0 / 3, rate.EffectiveSampleSize, SixDecimals);
        Assert.Equal(0.535410, rate.Upper!.Value, SixDecimals);
    }

    [Fact]
    public void One_sample_per_question_keeps_the_plain_wilson_interval()
    {
        // 8 questions × 1 sample, none mentioning Acme: ΣX² = ΣX = 8, deff = 1, upper = 3.8414588/11.8414588 = 0.324408.
        var rate = MentionRate(AcmeMentionedIn(0, 8));

        Assert.Equal(1, rate.DesignEffect);
        Assert.Equal(0.324408, rate.Upper!.Value, SixDecimals);
    }

    [Fact]
    public void A_brand_always_ranked_first_is_not_certain_to_stay_first()
    {
        // Acme rank 1 in 3 questions × 2 samples, 3 tracked brands (rank range [1, 3]). SE = 0, so the mean is bounded as
        // the share (1 − 1)/(3 − 1) = 0 over n_eff = 6²/(3 × 2²) = 3 questions: Wilson upper 3.8414588/6.8414588 = 0.561497,
        // rank upper = 1 + 2 × 0.561497 = 2.122994.
        var rank = RunFiguresCalculator.Calculate(Repeat(AcmeMentionedIn(3, 3), 2), Tracked).Overall.Brands["Acme"].AverageRank;

        Assert.Equal(1, rank.Value);
        Assert.Equal(0, rank.StandardError);
        Assert.Equal(1, rank.Lower!.Value, SixDecimals);
        Assert.Equal(2.122994, rank.Upper!.Value, SixDecimals);
    }

    [Fact]
    public void A_mean_without_spread_inside_its_range_gets_a_two_sided_bound()
    {
        // Sentiment 0 in 4 questions × 1 sample, range [−1, 1]: share 0.5 over n_eff = 4.
        // Wilson(0.5, 4): centre 0.5, half-width z/(1 + z²/4) · √(0.25/4 + z²/64) = 0.999796 × 0.350033 = 0.349961,
        // so [0.150039, 0.849961] → sentiment [−0.699922, 0.699922].
        var answers = Enumerable.Range(1, 4).Select(i => Answer($"q{i}", [Mention("Acme", 1, sentiment: 0)])).ToArray();

        var sentiment = RunFiguresCalculator.Calculate(answers, Tracked).Overall.Brands["Acme"].Sentiment;

        Assert.Equal(-0.699922, sentiment.Lower!.Value, SixDecimals);
        Assert.Equal(0.699922, sentiment.Upper!.Value, SixDecimals);
    }

    [Fact]
    public void One_disagreeing_sample_is_evidence_that_samples_differ()
    {
        // 10 questions × 5 samples, Acme mentioned once (q1, sample 1): p = 0.02. Y − pX: 1 − 0.1 = 0.9 once, −0.1 nine
        // times; V = (0.81 + 0.09)/2500 = 0.00036 < V0 = 0.02 × 0.98/50 = 0.000392, so deff = 1: the observed variance
        // decides away from the edge, and the interval is Wilson(0.02, 50) = [0.003539, 0.104954].
        var answers = Repeat(AcmeMentionedIn(0, 10), 5);
        answers[0] = answers[0] with { Brands = [Mention("Acme", 1)] };

        var rate = MentionRate(answers);

        Assert.Equal(1, rate.DesignEffect);
        Assert.Equal(0.003539, rate.Lower!.Value, SixDecimals);
        Assert.Equal(0.104954, rate.Upper!.Value, SixDecimals);
    }

    private static RateEstimate MentionRate(IReadOnlyList<AnswerObservation> answers) =>
        RunFiguresCalculator.Calculate(answers, Tracked).Overall.Brands["Acme"].MentionRate;
}
