using Aeo.Analysis.Sentiment;

namespace Aeo.Analysis.Tests.Sentiment;

public sealed class SentimentResultTests
{
    [Theory]
    [InlineData(1.01, 0.5)]
    [InlineData(-1.01, 0.5)]
    [InlineData(double.NaN, 0.5)]
    [InlineData(0.2, 1.2)]
    [InlineData(0.2, -0.1)]
    public void Out_of_range_numbers_are_rejected(double score, double confidence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SentimentResult(score, SentimentLabel.Neutral, confidence, "test"));

    [Theory]
    [InlineData(0.2, SentimentLabel.Positive)]
    [InlineData(0.19, SentimentLabel.Neutral)]
    [InlineData(-0.19, SentimentLabel.Neutral)]
    [InlineData(-0.2, SentimentLabel.Negative)]
    public void Labels_follow_the_neutral_band(double score, SentimentLabel expected) =>
        Assert.Equal(expected, SentimentResult.LabelFor(score));

    [Fact]
    public void Combine_is_the_confidence_weighted_mean_scaled_by_agreement()
    {
        var results = new[]
        {
            new SentimentResult(0.8, SentimentLabel.Positive, 0.9, "lexicon"),
            new SentimentResult(0.2, SentimentLabel.Positive, 0.3, "lexicon"),
        };

        var combined = SentimentResult.Combine(results);

        // S = (0.9·0.8 + 0.3·0.2) / 1.2 = 0.65; mean confidence = (0.81 + 0.09) / 1.2 = 0.75;
        // D = (0.9·0.15 + 0.3·0.45) / 1.2 = 0.225; confidence = 0.75 · (1 − 0.1125) = 0.665625.
        Assert.Equal(0.65, combined.Score, 10);
        Assert.Equal(0.665625, combined.Confidence, 10);
        Assert.Equal(SentimentLabel.Positive, combined.Label);
        Assert.Equal("lexicon", combined.Source);
    }

    [Fact]
    public void Combine_is_mixed_when_strong_praise_and_criticism_both_occur()
    {
        var combined = SentimentResult.Combine(
        [
            new SentimentResult(0.7, SentimentLabel.Positive, 0.8, "lexicon"),
            new SentimentResult(-0.5, SentimentLabel.Negative, 0.6, "llm:gpt"),
            new SentimentResult(0, SentimentLabel.Neutral, 0.3, "lexicon"),
        ]);

        Assert.Equal(SentimentLabel.Mixed, combined.Label);
        Assert.Equal("lexicon+llm:gpt", combined.Source);
    }

    [Fact]
    public void Weak_opposite_opinions_do_not_make_a_mix()
    {
        var combined = SentimentResult.Combine(
        [
            new SentimentResult(0.7, SentimentLabel.Positive, 0.8, "lexicon"),
            new SentimentResult(-0.5, SentimentLabel.Negative, 0.4, "lexicon"),
        ]);

        // −0.5 at confidence 0.4 is below the strong-confidence bar; S = (0.56 − 0.2) / 1.2 = 0.3.
        Assert.Equal(SentimentLabel.Positive, combined.Label);
        Assert.Equal(0.3, combined.Score, 10);
    }

    [Fact]
    public void A_passing_caveat_does_not_make_a_mix()
    {
        var combined = SentimentResult.Combine(
        [
            new SentimentResult(0.8, SentimentLabel.Positive, 0.9, "lexicon"),
            new SentimentResult(0.6, SentimentLabel.Positive, 0.8, "lexicon"),
            new SentimentResult(-0.35, SentimentLabel.Negative, 0.55, "lexicon"),
        ]);

        // Strong positive side 0.72 + 0.48 = 1.2, strong negative side 0.1925: under 0.4 of it, so no mix.
        Assert.Equal(SentimentLabel.Positive, combined.Label);
    }

    [Fact]
    public void Mentions_without_evaluation_do_not_dilute_the_others()
    {
        var combined = SentimentResult.Combine(
        [
            new SentimentResult(0.3, SentimentLabel.Positive, 0.6, "lexicon"),
            new SentimentResult(0, SentimentLabel.Neutral, 0.3, "lexicon"),
            new SentimentResult(0, SentimentLabel.Neutral, 0.3, "lexicon"),
        ]);

        Assert.Equal(SentimentLabel.Positive, combined.Label);
        Assert.Equal(0.3, combined.Score, 10);
    }

    [Fact]
    public void Combine_of_one_is_that_result_and_of_none_is_refused()
    {
        var only = new SentimentResult(0.4, SentimentLabel.Positive, 0.7, "lexicon");

        Assert.Same(only, SentimentResult.Combine([only]));
        Assert.Throws<ArgumentException>(() => SentimentResult.Combine([]));
    }

    [Fact]
    public void Combine_with_zero_confidences_is_the_plain_mean()
    {
        var combined = SentimentResult.Combine(
        [
            new SentimentResult(0.6, SentimentLabel.Positive, 0, "a"),
            new SentimentResult(0.2, SentimentLabel.Positive, 0, "b"),
        ]);

        Assert.Equal(0.4, combined.Score, 10);
        Assert.Equal(0, combined.Confidence);
    }
}
