namespace Aeo.Analysis.Tests.Figures;

public sealed class IntervalsTests
{
    // Published values are given to 4 decimals; 6e-5 accepts their rounding and nothing more.
    private const double Published = 6e-5;

    // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I, Wilson score method,
    // and the usual textbook values for 0/10, 5/10, 10/10 and 2/4.
    [Theory]
    [InlineData(0, 10, 0.0, 0.2775)]
    [InlineData(5, 10, 0.2366, 0.7634)]
    [InlineData(10, 10, 0.7225, 1.0)]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    [InlineData(2, 4, 0.1500, 0.8500)]
    public void Wilson_matches_published_values(int successes, int n, double lower, double upper)
    {
        var interval = Intervals.Wilson((double)successes / n, n);

        Assert.Equal(lower, interval.Lower, Published);
        Assert.Equal(upper, interval.Upper, Published);
    }

    // Newcombe (1998), "Interval estimation for the difference between independent proportions", method 10.
    // His differences are p_a − p_b; ours are after − before, so "before" is his second sample.
    [Theory]
    [InlineData(56, 70, 48, 80, 0.0524, 0.3339)]
    [InlineData(9, 10, 3, 10, 0.1705, 0.8090)]
    public void Newcombe_hybrid_score_matches_published_values(int xa, int na, int xb, int nb, double lower, double upper)
    {
        var interval = Intervals.NewcombeDifference((double)xb / nb, nb, (double)xa / na, na);

        Assert.Equal(lower, interval.Lower, Published);
        Assert.Equal(upper, interval.Upper, Published);
    }

    // Student t 97.5th percentiles from standard tables.
    [Theory]
    [InlineData(1, 12.7062)]
    [InlineData(2, 4.3027)]
    [InlineData(5, 2.5706)]
    [InlineData(10, 2.2281)]
    [InlineData(30, 2.0423)]
    [InlineData(120, 1.9799)]
    public void Student_t_interval_uses_the_t_quantile(int degreesOfFreedom, double quantile)
    {
        var interval = Intervals.StudentT(0, 1, degreesOfFreedom);

        Assert.Equal(quantile, interval.Upper, Published);
        Assert.Equal(-quantile, interval.Lower, Published);
    }

    [Fact]
    public void Student_t_with_infinite_degrees_of_freedom_is_normal_and_zero_error_is_a_point()
    {
        Assert.Equal(Intervals.Z95, Intervals.StudentT(0, 1, double.PositiveInfinity).Upper);
        Assert.Equal(new ConfidenceInterval(2.5, 2.5), Intervals.StudentT(2.5, 0, 3));
    }
}
