namespace Aeo.Analysis.Figures;

/// <summary>
/// The 97.5th percentile of Student's t distribution for any positive degrees of freedom, by bisection on
/// its upper tail <c>P(T &gt; t) = ½ · I_{df/(df+t²)}(df/2, ½)</c>, where I is the regularised incomplete
/// beta function (continued fraction, modified Lentz; log-gamma by Lanczos, g = 7).
/// </summary>
internal static class StudentTDistribution
{
    private const double UpperTail = 0.025;

    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    public static double Quantile975(double degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        if (double.IsPositiveInfinity(degreesOfFreedom))
        {
            return Intervals.Z95;
        }

        var low = 0.0;
        var high = 16.0;
        while (UpperTailProbability(high, degreesOfFreedom) > UpperTail)
        {
            high *= 2;
        }

        for (var iteration = 0; iteration < 200 && high - low > 1e-13; iteration++)
        {
            var middle = (low + high) / 2;
            if (UpperTailProbability(middle, degreesOfFreedom) > UpperTail)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return (low + high) / 2;
    }

    private static double UpperTailProbability(double t, double degreesOfFreedom) =>
        0.5 * RegularizedIncompleteBeta(degreesOfFreedom / 2, 0.5, degreesOfFreedom / (degreesOfFreedom + t * t));

    private static double RegularizedIncompleteBeta(double a, double b, double x)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        var front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + a * Math.Log(x) + b * Math.Log(1 - x));
        return x < (a + 1) / (a + b + 2)
            ? front * ContinuedFraction(a, b, x) / a
            : 1 - front * ContinuedFraction(b, a, 1 - x) / b;
    }

    private static double ContinuedFraction(double a, double b, double x)
    {
        const double tiny = 1e-300;
        var c = 1.0;
        var d = NonZero(1 - (a + b) * x / (a + 1), tiny);
        d = 1 / d;
        var result = d;
        for (var m = 1; m <= 500; m++)
        {
            var twoM = 2 * m;
            var even = m * (b - m) * x / ((a - 1 + twoM) * (a + twoM));
            d = 1 / NonZero(1 + even * d, tiny);
            c = NonZero(1 + even / c, tiny);
            result *= d * c;

            var odd = -(a + m) * (a + b + m) * x / ((a + twoM) * (a + 1 + twoM));
            d = 1 / NonZero(1 + odd * d, tiny);
            c = NonZero(1 + odd / c, tiny);
            var step = d * c;
            result *= step;
            if (Math.Abs(step - 1) < 1e-15)
            {
                break;
            }
        }

        return result;
    }

    private static double NonZero(double value, double tiny) => Math.Abs(value) < tiny ? tiny : value;

    private static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }

        x -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
        {
            sum += Lanczos[i] / (x + i);
        }

        var t = x + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }
}
