namespace Aeo.Analysis.Tests.Significance;

public sealed class PValuesTests
{
    [Theory]
    [InlineData(1.959963984540054, 0.05)]
    [InlineData(2.5758293035489, 0.01)]
    [InlineData(0.0, 1.0)]
    public void Normal_tails_match_the_table(double z, double p) => Assert.Equal(p, PValues.Normal(z), 6);

    [Theory]
    [InlineData(2.228138851986, 10, 0.05)]
    [InlineData(2.0, 10, 0.0733880347)]
    [InlineData(12.7062047362, 1, 0.05)]
    [InlineData(2.0452296421, 29, 0.05)]
    public void Student_t_tails_match_the_table(double t, double degreesOfFreedom, double p) =>
        Assert.Equal(p, PValues.StudentT(t, degreesOfFreedom), 7);

    [Fact]
    public void Two_equal_proportions_are_not_different_and_far_ones_are()
    {
        Assert.Equal(1.0, PValues.TwoProportions(0.3, 100, 0.3, 100), 12);
        Assert.Equal(1.0, PValues.TwoProportions(0, 50, 0, 80));
        // 0.2 vs 0.6 of 100 each: pooled 0.4, z = 0.4 / √(0.24 · 0.02) = 5.7735.
        Assert.Equal(PValues.Normal(0.4 / Math.Sqrt(0.24 * 0.02)), PValues.TwoProportions(0.2, 100, 0.6, 100), 12);
        Assert.True(PValues.TwoProportions(0.2, 100, 0.6, 100) < 1e-7);
    }
}
