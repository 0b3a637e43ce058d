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
    public void The_mixed_flag_is_separate_from_the_label()
    {
        var plain = new SentimentResult(0.5, SentimentLabel.Positive, 0.8, "lexicon");
        var mixed = new SentimentResult(0.5, SentimentLabel.Positive, 0.8, "lexicon", mixed: true);

        Assert.False(plain.Mixed);
        Assert.True(mixed.Mixed);
        Assert.Equal(plain.Label, mixed.Label);
        Assert.NotEqual(plain, mixed);
        Assert.Equal(3, Enum.GetValues<SentimentLabel>().Length);
    }
}
