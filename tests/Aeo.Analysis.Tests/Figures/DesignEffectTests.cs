using static Aeo.Analysis.Tests.Figures.Observations;

namespace Aeo.Analysis.Tests.Figures;

public sealed class DesignEffectTests
{
    private const double Exact = 1e-9;
    private const double FourDecimals = 6e-5;

    [Fact]
    public void Identical_samples_of_a_question_add_no_information()
    {
        var single = RunFiguresCalculator.Calculate(AcmeMentionedIn(5, 10), Tracked).Overall.Brands["Acme"].MentionRate;
        var tripled = RunFiguresCalculator.Calculate(Repeat(AcmeMentionedIn(5, 10), 3), Tracked).Overall.Brands["Acme"].MentionRate;

        // One sample: 5/10, Wilson 0.2366–0.7634.
        Assert.Equal(0.2366, single.Lower!.Value, FourDecimals);
        Assert.Equal(0.7634, single.Upper!.Value, FourDecimals);
        // Three identical samples: 15/30, but per question (Y, X) is (3, 3) or (0, 3):
        // V = 10 × 1.5² / 30² = 0.025; V0 = 0.25/30 = 0.00833; deff = 3; n_eff = 10 → the same interval,
        // not the naive Wilson(15/30, 30) = 0.3315–0.6685.
        Assert.Equal(0.5, tripled.Value!.Value, Exact);
        Assert.Equal(3, tripled.DesignEffect, Exact);
        Assert.Equal(10, tripled.EffectiveSampleSize, Exact);
        Assert.Equal(single.Lower!.Value, tripled.Lower!.Value, Exact);
        Assert.Equal(single.Upper!.Value, tripled.Upper!.Value, Exact);
        Assert.True(tripled.Upper - tripled.Lower > 0.6685 - 0.3315);
    }

    [Fact]
    public void Samples_that_disagree_within_questions_count_as_independent()
    {
        // q1: yes, yes; q2: yes, no → p = 3/4. V = [(2 − 1.5)² + (1 − 1.5)²]/4² = 0.03125;
        // V0 = (3/4)(1/4)/4 = 0.046875; V/V0 = 2/3 < 1, so deff is held at 1: Wilson(3/4, 4) = 0.3006–0.9544.
        AnswerObservation[] answers =
        [
            Answer("q1", [Mention("Acme", 1)], sample: 1),
            Answer("q1", [Mention("Acme", 1)], sample: 2),
            Answer("q2", [Mention("Acme", 1)], sample: 1),
            Answer("q2", [], sample: 2),
        ];

        var rate = RunFiguresCalculator.Calculate(answers, Tracked).Overall.Brands["Acme"].MentionRate;

        Assert.Equal(1, rate.DesignEffect);
        Assert.Equal(0.3006, rate.Lower!.Value, FourDecimals);
        Assert.Equal(0.9544, rate.Upper!.Value, FourDecimals);
    }

    [Fact]
    public void Partly_correlated_samples_give_a_design_effect_between_one_and_the_sample_count()
    {
        // 4 questions × 2 samples: (yes, yes), (yes, yes), (no, no), (yes, no) → p = 5/8.
        // Y − pX per question: 2 − 1.25 = 0.75 (twice), −1.25, 1 − 1.25 = −0.25;
        // V = (0.5625 × 2 + 1.5625 + 0.0625)/64 = 2.75/64 = 0.04297; V0 = (5/8)(3/8)/8 = 0.02930; deff = 1.4667.
        AnswerObservation[] answers =
        [
            .. Repeat([Answer("q1", [Mention("Acme", 1)]), Answer("q2", [Mention("Acme", 1)]), Answer("q3", [])], 2),
            Answer("q4", [Mention("Acme", 1)], sample: 1),
            Answer("q4", [], sample: 2),
        ];

        var rate = RunFiguresCalculator.Calculate(answers, Tracked).Overall.Brands["Acme"].MentionRate;

        Assert.Equal(0.625, rate.Value!.Value, Exact);
        Assert.Equal(2.75 / 64 / (0.625 * 0.375 / 8), rate.DesignEffect, Exact);
        Assert.Equal(8 / rate.DesignEffect, rate.EffectiveSampleSize, Exact);
        Assert.InRange(rate.DesignEffect, 1.0, 2.0);
    }

    [Fact]
    public void Means_use_the_question_means_when_samples_repeat()
    {
        // Ranks: q1 samples 1, 1; q2 samples 2, 2; q3 samples 3, 3 → question means 1, 2, 3; mean 2.
        // SE² = 3/2 × (2² + 0 + 2²)/6² = 1/3 = s²(question means)/3 = 1/3, so SE = 0.5774;
        // t(0.975; 2) = 4.3027 → 2 ± 2.4841, clipped to [1, 3]. Naively over 6 answers SE would be 0.3651.
        var answers = Repeat(
            [
                Answer("q1", [Mention("Acme", 1)]),
                Answer("q2", [Mention("Beta", 1), Mention("Acme", 2)]),
                Answer("q3", [Mention("Beta", 1), Mention("Gamma", 2), Mention("Acme", 3)]),
            ],
            2).ToArray();

        var rank = RunFiguresCalculator.Calculate(answers, Tracked).Overall.Brands["Acme"].AverageRank;

        Assert.Equal(2, rank.Value!.Value, Exact);
        Assert.Equal((6, 3), (rank.N, rank.Clusters));
        Assert.Equal(Math.Sqrt(1.0 / 3), rank.StandardError!.Value, Exact);
    }
}
