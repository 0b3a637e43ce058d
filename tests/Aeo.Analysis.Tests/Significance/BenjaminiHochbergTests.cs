namespace Aeo.Analysis.Tests.Significance;

public sealed class BenjaminiHochbergTests
{
    /// <summary>The 15 p values of Benjamini and Hochberg's (1995) worked example; at q = 0.05 the procedure rejects the four smallest.</summary>
    private static readonly double[] Published =
        [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.0000];

    [Fact]
    public void The_published_example_rejects_the_four_smallest()
    {
        var discoveries = BenjaminiHochberg.Discoveries(Published, 0.05);
        Assert.Equal([true, true, true, true, false, false, false, false, false, false, false, false, false, false, false], discoveries);
    }

    [Fact]
    public void Adjusted_values_are_the_running_minimum_of_p_times_m_over_rank()
    {
        var adjusted = BenjaminiHochberg.Adjust(Published);
        // p·15/i: 0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.0695, 0.063857…, 0.0645, 0.0765, then the minimum from above.
        double[] expected =
        [
            0.0001 * 15, 0.0004 * 15 / 2, 0.0019 * 15 / 3, 0.0095 * 15 / 4, 0.0201 * 15 / 5, 0.0298 * 15 / 7, 0.0298 * 15 / 7,
            0.0344 * 15 / 8, 0.0459 * 15 / 9, 0.3240 * 15 / 10, 0.4262 * 15 / 11, 0.5719 * 15 / 12, 0.6528 * 15 / 13, 0.7590 * 15 / 14, 1.0,
        ];
        Assert.Equal(expected.Length, adjusted.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], adjusted[i], 12);
        }
    }

    [Fact]
    public void Order_of_input_is_kept_and_ties_share_a_value()
    {
        var adjusted = BenjaminiHochberg.Adjust([0.04, 0.01, 0.04, 0.5]);
        // Sorted 0.01, 0.04, 0.04, 0.5 → 0.04, 0.0533…, 0.0533…, 0.5.
        double[] expected = [0.16 / 3, 0.04, 0.16 / 3, 0.5];
        Assert.All(expected.Zip(adjusted), pair => Assert.Equal(pair.First, pair.Second, 12));
        Assert.Empty(BenjaminiHochberg.Adjust([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => BenjaminiHochberg.Adjust([1.5]));
    }
}
