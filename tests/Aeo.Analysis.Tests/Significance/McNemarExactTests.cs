namespace Aeo.Analysis.Tests.Significance;

public sealed class McNemarExactTests
{
    [Fact]
    public void One_pair_one_way_and_seven_the_other_is_18_over_256()
    {
        // 2 · (C(8,0) + C(8,1)) / 2⁸ = 18/256; the airway hyper-responsiveness example (1 and 7 discordant pairs) of
        // Fagerland, Lydersen and Laake (2013) reports the exact conditional p as 0.070.
        Assert.Equal(18.0 / 256, McNemarExact.PValue(1, 7), 12);
        Assert.Equal(18.0 / 256, McNemarExact.PValue(7, 1), 12);
    }

    [Fact]
    public void Six_pairs_all_one_way_is_2_over_64()
    {
        Assert.Equal(2.0 / 64, McNemarExact.PValue(0, 6), 12);
    }

    [Fact]
    public void No_discordant_pair_and_balanced_ones_give_one()
    {
        Assert.Equal(1.0, McNemarExact.PValue(0, 0));
        // 2 · 638 / 1024 exceeds 1.
        Assert.Equal(1.0, McNemarExact.PValue(5, 5));
    }

    [Fact]
    public void Many_pairs_do_not_underflow()
    {
        // Agresti's presidential approval ratings (150 and 86 discordant); the exact sum in rational arithmetic is 3.7159361e-5.
        Assert.Equal(3.715936139571442e-05, McNemarExact.PValue(150, 86), 1e-12);
        // 2000 pairs split evenly: p near 1; 1100 against 900: far below 0.001 yet above 0.
        Assert.Equal(1.0, McNemarExact.PValue(1000, 1000));
        var p = McNemarExact.PValue(900, 1100);
        Assert.InRange(p, 1e-12, 1e-5);
    }
}
