using static Aeo.Analysis.Tests.Figures.Observations;

namespace Aeo.Analysis.Tests.Figures;

/// <summary>Flagged mentions counted apart from visibility, and prominence as a mean with its interval.</summary>
public sealed class VisibilityAndProminenceFiguresTests
{
    private const double SixDecimals = 5e-7;

    // q1: Acme named first only to say nothing is known of it, then Beta; q2: Acme then Beta; q3: Beta, then Acme only in
    // a disclaimer; q4: no brand.
    private static readonly AnswerObservation[] Answers =
    [
        Answer("q1", [new("Acme", 1, 1, null, 0.2, UnknownToEngine: true), new("Beta", 2, 2, null, 0.6)]),
        Answer("q2", [new("Acme", 1, 1, null, 0.5), new("Beta", 1, 2, null, 0.3)]),
        Answer("q3", [new("Beta", 3, 1, null, 0.9), new("Acme", 1, 2, null, 0.1, EchoOrDisclaimerOnly: true)]),
        Answer("q4", []),
    ];

    private static readonly SegmentFigures Overall = RunFiguresCalculator.Calculate(Answers, Tracked).Overall;

    [Fact]
    public void Flagged_mentions_are_not_visibility_and_have_counts_of_their_own()
    {
        var acme = Overall.Brands["Acme"];

        Assert.Equal((1.0, 4.0), (acme.MentionRate.Numerator, acme.MentionRate.Denominator));
        Assert.Equal((1.0, 4.0), (acme.UnknownToEngineRate.Numerator, acme.UnknownToEngineRate.Denominator));
        Assert.Equal((1.0, 4.0), (acme.EchoOrDisclaimerOnlyRate.Numerator, acme.EchoOrDisclaimerOnlyRate.Denominator));

        // Share of voice over visible mentions only: q1 1 (Beta), q2 2, q3 1 (Beta) → Acme 1/4, Beta 3/4.
        Assert.Equal(0.25, acme.ShareOfVoice.Value!.Value, SixDecimals);
        Assert.Equal(0.75, Overall.Brands["Beta"].ShareOfVoice.Value!.Value, SixDecimals);
        Assert.Equal(4, Overall.BrandMentions);
    }

    [Fact]
    public void Ranks_are_among_the_visible_mentions()
    {
        // Beta is second in q1 only behind a flagged Acme, so it ranks first there: ranks 1, 2, 1.
        var beta = Overall.Brands["Beta"];

        Assert.Equal(4.0 / 3, beta.AverageRank.Value!.Value, SixDecimals);
        Assert.Equal((2.0, 3.0), (beta.FirstRankRateWhenMentioned.Numerator, beta.FirstRankRateWhenMentioned.Denominator));
    }

    [Fact]
    public void Prominence_is_a_mean_over_the_answers_with_its_clustered_interval()
    {
        // Acme per answer: q1 0 (flagged, not visibility), q2 0.5, q3 0 (flagged), q4 0 → mean 0.125.
        // SE² = 4/3 × [3 × 0.125² + 0.375²] / 4² = 4/3 × 0.1875 / 16 = 0.015625, SE = 0.125;
        // t(0.975; 3) = 3.182446 → 0.125 ± 0.397806 = [−0.272806, 0.522806], clipped below at 0.
        var prominence = Overall.Brands["Acme"].Prominence;

        Assert.Equal(0.125, prominence.Value!.Value, SixDecimals);
        Assert.Equal((4, 4), (prominence.N, prominence.Clusters));
        Assert.Equal(0.125, prominence.StandardError!.Value, SixDecimals);
        Assert.Equal(0, prominence.Lower!.Value, SixDecimals);
        Assert.Equal(0.522806, prominence.Upper!.Value, SixDecimals);

        // When mentioned: q2 alone, one question, so no interval.
        Assert.Equal(new MeanEstimate(0.5, 1, 1, null, null, null), Overall.Brands["Acme"].ProminenceWhenMentioned);

        // Beta: 0.6, 0.3, 0.9, 0 → 0.45.
        Assert.Equal(0.45, Overall.Brands["Beta"].Prominence.Value!.Value, SixDecimals);
    }

    [Fact]
    public void Answers_stored_before_prominence_was_measured_are_left_out_of_it()
    {
        var run = RunFiguresCalculator.Calculate([.. Answers, Answer("q5", [Mention("Acme", 1)])], Tracked).Overall;

        Assert.Equal(4, run.Brands["Acme"].Prominence.N);
        Assert.Equal(2.0 / 5, run.Brands["Acme"].MentionRate.Value!.Value, SixDecimals);
    }

    [Theory]
    [InlineData(1.5, false, false)]
    [InlineData(-0.1, false, false)]
    [InlineData(0.5, true, true)]
    public void An_impossible_observation_is_rejected(double prominence, bool unknown, bool echo) =>
        Assert.Throws<ArgumentException>(() => RunFiguresCalculator.Calculate(
            [Answer("q1", [new("Acme", 1, 1, null, prominence, unknown, echo)])], Tracked));

    [Fact]
    public void The_figures_json_carries_prominence_and_the_flag_rates()
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(RunFiguresCalculator.Calculate(Answers, Tracked)));
        var acme = json.RootElement.GetProperty("Overall").GetProperty("Brands").GetProperty("Acme");

        Assert.Equal(0.125, acme.GetProperty("Prominence").GetProperty("Value").GetDouble(), SixDecimals);
        Assert.Equal(1, acme.GetProperty("UnknownToEngineRate").GetProperty("Numerator").GetDouble());
        Assert.Equal(1, acme.GetProperty("EchoOrDisclaimerOnlyRate").GetProperty("Numerator").GetDouble());
    }
}
