namespace Aeo.Analysis.Tests.Significance;

public sealed class PairedProportionsTests
{
    [Fact]
    public void Newcombes_first_example_gives_his_method_10_interval()
    {
        // Newcombe (1998, Statistics in Medicine 17:2635), 36 / 12 / 2 / 0 of 50 pairs: difference 0.2, method 10
        // interval 0.0569 to 0.3404. Here the difference is after − before, so the signs turn.
        var table = new PairedProportions(YesYes: 36, YesNo: 12, NoYes: 2, NoNo: 0);
        Assert.Equal(0.96, table.Before, 12);
        Assert.Equal(0.76, table.After, 12);
        var interval = table.Interval();
        Assert.Equal(-0.3404, interval.Lower, 4);
        Assert.Equal(-0.0569, interval.Upper, 4);
        Assert.Equal(2 * (1 + 14 + 91) / 16384.0, table.PValue, 12);
    }

    [Fact]
    public void No_change_gives_an_interval_around_zero_and_p_one()
    {
        var table = new PairedProportions(263, 3, 3, 3);
        var interval = table.Interval();
        Assert.Equal(-interval.Upper, interval.Lower, 12);
        Assert.InRange(interval.Upper, 0.0219, 0.0221);
        Assert.Equal(1.0, table.PValue);
    }
}
