namespace Aeo.Analysis.Significance;

/// <summary>
/// The Benjamini–Hochberg step-up procedure controlling the false discovery rate of a family of m tests at q.
/// With the p values sorted ascending p₍₁₎ ≤ … ≤ p₍ₘ₎, the adjusted p value of the i-th is
/// <c>min(1, min_{j ≥ i} p₍ⱼ₎ · m / j)</c>; a test is a discovery when its adjusted p value is at most q, which rejects
/// exactly the hypotheses with rank up to the largest i where <c>p₍ᵢ₎ ≤ i · q / m</c>.
/// </summary>
public static class BenjaminiHochberg
{
    /// <summary>The adjusted p values, in the order of <paramref name="pValues"/>.</summary>
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var m = pValues.Count;
        var adjusted = new double[m];
        if (m == 0)
        {
            return adjusted;
        }
        if (pValues.Any(p => double.IsNaN(p) || p < 0 || p > 1))
        {
            throw new ArgumentOutOfRangeException(nameof(pValues), "Every p value must lie in [0, 1].");
        }

        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ThenBy(i => i).ToArray();
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            var index = order[rank - 1];
            running = Math.Min(running, pValues[index] * m / rank);
            adjusted[index] = running;
        }
        return adjusted;
    }

    /// <summary>Whether each test is a discovery at false discovery rate <paramref name="q"/>.</summary>
    public static bool[] Discoveries(IReadOnlyList<double> pValues, double q)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(q);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(q, 1.0);
        return Array.ConvertAll(Adjust(pValues), p => p <= q);
    }
}
