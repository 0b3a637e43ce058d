namespace Aeo.Analysis.Figures;

/// <summary>
/// The 95 % intervals used for every figure. <c>z = 1.959963984540054</c>, the 97.5th percentile of the standard normal.
/// </summary>
public static class Intervals
{
    /// <summary>The 97.5th percentile of the standard normal distribution.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>
    /// Wilson score interval for a proportion <c>p</c> observed over <c>n</c> units (n may be an effective,
    /// non-integer sample size):
    /// <c>centre = (p + z²/(2n)) / (1 + z²/n)</c>,
    /// <c>half-width = z / (1 + z²/n) · √(p(1−p)/n + z²/(4n²))</c>,
    /// interval = centre ± half-width, clipped to [0, 1].
    /// Unlike the Wald interval it stays inside [0, 1] and is not degenerate at p = 0 or 1.
    /// </summary>
    public static ConfidenceInterval Wilson(double proportion, double sampleSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(proportion, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(proportion, 1.0);
        const double zSquared = Z95 * Z95;
        var denominator = 1 + zSquared / sampleSize;
        var centre = (proportion + zSquared / (2 * sampleSize)) / denominator;
        var halfWidth = Z95 / denominator
            * Math.Sqrt(proportion * (1 - proportion) / sampleSize + zSquared / (4 * sampleSize * sampleSize));
        return new ConfidenceInterval(Math.Max(0, centre - halfWidth), Math.Min(1, centre + halfWidth));
    }

    /// <summary>
    /// Newcombe's hybrid score interval (his method 10, 1998) for the difference <c>d = p₂ − p₁</c> of two
    /// independent proportions, from each one's Wilson interval <c>[l₁, u₁]</c> and <c>[l₂, u₂]</c>:
    /// <c>lower = d − √((p₂ − l₂)² + (u₁ − p₁)²)</c>, <c>upper = d + √((u₂ − p₂)² + (p₁ − l₁)²)</c>.
    /// The sample sizes may be effective sizes (n / design effect).
    /// </summary>
    public static ConfidenceInterval NewcombeDifference(double p1, double n1, double p2, double n2)
    {
        var first = Wilson(p1, n1);
        var second = Wilson(p2, n2);
        var difference = p2 - p1;
        var lower = difference - Math.Sqrt(Square(p2 - second.Lower) + Square(first.Upper - p1));
        var upper = difference + Math.Sqrt(Square(second.Upper - p2) + Square(p1 - first.Lower));
        return new ConfidenceInterval(lower, upper);
    }

    /// <summary>
    /// Student-t interval: <c>estimate ± t(0.975; df) · standardError</c>; with a zero standard error the
    /// interval is the point itself.
    /// </summary>
    public static ConfidenceInterval StudentT(double estimate, double standardError, double degreesOfFreedom)
    {
        if (standardError == 0)
        {
            return new ConfidenceInterval(estimate, estimate);
        }

        var halfWidth = StudentTDistribution.Quantile975(degreesOfFreedom) * standardError;
        return new ConfidenceInterval(estimate - halfWidth, estimate + halfWidth);
    }

    private static double Square(double value) => value * value;
}
