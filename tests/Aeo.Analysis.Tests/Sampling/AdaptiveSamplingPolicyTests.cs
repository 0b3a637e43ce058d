using Aeo.Analysis.Sampling;

namespace Aeo.Analysis.Tests.Sampling;

/// <summary>The adaptive sampling decision against hand-computed cases (Wilson half-widths worked out by hand from z = 1.96).</summary>
public sealed class AdaptiveSamplingPolicyTests
{
    private const string Client = "Acme";

    private static readonly string[] WithClient = [Client];
    private static readonly string[] Without = [];

    private static SampledQuestion Question(int ordinal, params string[][] answers) =>
        new(ordinal, Branded: false, answers.Length, answers.Select(a => (IReadOnlySet<string>)a.ToHashSet()).ToList());

    private static string[] Mentions(params string[] brands) => brands;

    [Theory]
    [InlineData(1, 1, 0.25, 0.28125)] // (1 − 0.25)² / (1·2)
    [InlineData(1, 0, 0.25, 0.03125)] // (0 − 0.25)² / 2
    [InlineData(2, 1, 0.9, 0.0833333333)] // s² = 1·1/(2·1) = 0.5; 0.5 / (2·3)
    [InlineData(2, 2, 0.5, 0)] // both samples agree
    [InlineData(2, 0, 0.5, 0)]
    [InlineData(3, 1, 0.5, 0.0277777778)] // s² = 1·2/(3·2) = 1/3; (1/3) / (3·4)
    [InlineData(0, 0, 0.5, 0)] // nothing answered
    public void The_gain_of_a_sample_more_is_the_within_question_variance_it_takes_off(int answers, int mentioning, double rate, double expected) =>
        Assert.Equal(expected, AdaptiveSamplingPolicy.Gain(answers, mentioning, rate), 9);

    [Fact]
    public void After_one_sample_each_the_answers_against_the_platforms_tendency_go_first_up_to_half_the_questions()
    {
        // p = 1/4 over four questions, one answer each: deff = 1, Wilson(0.25, n = 4) = [0.04559, 0.69936], h = 0.32689.
        var questions = new[] { Question(0, WithClient), Question(1, Without), Question(2, Without), Question(3, Without) };

        var decision = AdaptiveSamplingPolicy.Decide(questions, Client, targetHalfWidth: 0.1, maxSamplesPerQuestion: 3);

        Assert.Null(decision.Halt);
        Assert.Equal(0.25, decision.Headline!.Value);
        Assert.Equal(0.3268854, decision.HalfWidth!.Value, 6);
        // Gains 0.28125 for question 0, 0.03125 for the rest (ties by ordinal); at most ⌈4 / 2⌉ = 2 of them.
        Assert.Equal([0, 1], decision.MoreSamples);
    }

    [Fact]
    public void The_interval_stop_uses_the_same_half_width()
    {
        var questions = new[] { Question(0, WithClient), Question(1, Without), Question(2, Without), Question(3, Without) };

        var met = AdaptiveSamplingPolicy.Decide(questions, Client, targetHalfWidth: 0.327, maxSamplesPerQuestion: 3);
        var missed = AdaptiveSamplingPolicy.Decide(questions, Client, targetHalfWidth: 0.326, maxSamplesPerQuestion: 3);

        Assert.Equal(SamplingHalt.Interval, met.Halt);
        Assert.Empty(met.MoreSamples);
        Assert.Null(missed.Halt);
    }

    [Fact]
    public void Questions_whose_samples_disagree_get_the_samples_and_brands_that_disagree_break_ties()
    {
        var questions = new[]
        {
            Question(0, WithClient, WithClient),
            Question(1, WithClient, Without),
            Question(2, Mentions(Client, "Globex"), Without),
            Question(3, Without, Without),
        };

        var decision = AdaptiveSamplingPolicy.Decide(questions, Client, targetHalfWidth: 0.01, maxSamplesPerQuestion: 4);

        // Questions 1 and 2 both have gain 0.5 / 6; question 2 also disagrees on Globex. Questions 0 and 3 agree: gain 0.
        Assert.Equal([2, 1], decision.MoreSamples);
    }

    [Fact]
    public void The_interval_is_clustered_by_question_so_agreeing_samples_do_not_count_as_independent()
    {
        // p = 2/4; V = ((2 − 1)² + (0 − 1)²) / 4² = 0.125, V₀ = 0.25 / 4 = 0.0625, deff = 2, n_eff = 2:
        // Wilson(0.5, 2) = [0.09453, 0.90547], h = 0.40547 (four independent answers would give 0.34996).
        var questions = new[] { Question(0, WithClient, WithClient), Question(1, Without, Without) };

        var decision = AdaptiveSamplingPolicy.Decide(questions, Client, targetHalfWidth: 0.01, maxSamplesPerQuestion: 3);

        Assert.Equal(2, decision.Headline!.DesignEffect, 9);
        Assert.Equal(0.4054688, decision.HalfWidth!.Value, 6);
        Assert.Equal(SamplingHalt.SamplesAgree, decision.Halt);
    }

    [Fact]
    public void A_question_at_the_maximum_that_still_disagrees_makes_the_stop_the_maximum()
    {
        var questions = new[] { Question(0, WithClient, Without, WithClient), Question(1, Without, Without) };

        var decision = AdaptiveSamplingPolicy.Decide(questions, Client, targetHalfWidth: 0.01, maxSamplesPerQuestion: 3);

        Assert.Equal(SamplingHalt.Maximum, decision.Halt);
        Assert.Empty(decision.MoreSamples);
    }

    [Fact]
    public void Every_question_at_the_maximum_stops_at_the_maximum()
    {
        var questions = new[] { Question(0, WithClient, WithClient), Question(1, Without, Without) };

        Assert.Equal(SamplingHalt.Maximum, AdaptiveSamplingPolicy.Decide(questions, Client, 0.01, maxSamplesPerQuestion: 2).Halt);
    }

    [Fact]
    public void Branded_questions_are_not_in_the_headline_and_get_no_more_samples()
    {
        var branded = new SampledQuestion(9, Branded: true, 1, [WithClient.ToHashSet()]);
        var questions = new[] { Question(0, WithClient), Question(1, Without), Question(2, Without), Question(3, Without), branded };

        var decision = AdaptiveSamplingPolicy.Decide(questions, Client, targetHalfWidth: 0.1, maxSamplesPerQuestion: 3);

        Assert.Equal(0.25, decision.Headline!.Value);
        Assert.Equal(4, decision.Headline.Denominator);
        Assert.DoesNotContain(9, decision.MoreSamples);
    }

    [Fact]
    public void Without_an_answered_non_branded_question_there_is_no_headline_to_narrow()
    {
        var branded = new SampledQuestion(0, Branded: true, 1, [WithClient.ToHashSet()]);
        var unanswered = new SampledQuestion(1, Branded: false, 1, []);

        var decision = AdaptiveSamplingPolicy.Decide([branded, unanswered], Client, 0.05, 5);

        Assert.Equal(SamplingHalt.NoHeadline, decision.Halt);
        Assert.Null(decision.HalfWidth);
    }
}
