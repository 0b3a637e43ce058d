namespace Aeo.Analysis.Significance;

/// <summary>
/// Two-sided p values for the unpaired comparisons: a standard normal statistic and a Student t statistic.
/// </summary>
public static class PValues
{
    /// <summary>
    /// Two proportions p₁ over n₁ and p₂ over n₂ units (effective sizes allowed), pooled z test:
    /// <c>p̄ = (p₁n₁ + p₂n₂)/(n₁ + n₂)</c>, <c>z = (p₂ − p₁) / √(p̄(1 − p̄)(1/n₁ + 1/n₂))</c>, <c>p = 2(1 − Φ(|z|))</c>;
    /// 1 when p̄ is 0 or 1 (both runs all no or all yes).
    /// </summary>
    public static double TwoProportions(double p1, double n1, double p2, double n2)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n2);
        var pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
        var variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
        return variance <= 0 ? 1.0 : Normal(Math.Abs(p2 - p1) / Math.Sqrt(variance));
    }

    /// <summary>P(|Z| ≥ z) for a standard normal Z: <c>erfc(z / √2)</c>, kept within [0, 1] against the fit's error.</summary>
    public static double Normal(double z) => Math.Clamp(Erfc(Math.Abs(z) / Math.Sqrt(2)), 0, 1);

    /// <summary>
    /// P(|T| ≥ t) for Student's t with ν degrees of freedom (ν may be fractional, as Welch's is):
    /// <c>I_{ν/(ν + t²)}(ν/2, 1/2)</c>, the regularized incomplete beta function; the normal tail for infinite ν.
    /// </summary>
    public static double StudentT(double t, double degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        if (double.IsPositiveInfinity(degreesOfFreedom))
        {
            return Normal(t);
        }
        return Math.Clamp(RegularizedIncompleteBeta(degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5), 0, 1);
    }

    /// <summary>Complementary error function (Numerical Recipes' Chebyshev fit, fractional error below 1.2·10⁻⁷).</summary>
    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + 0.5 * z);
        var r = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }

    /// <summary>I_x(a, b) by Lentz's continued fraction, using the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) where it converges faster.</summary>
    internal static double RegularizedIncompleteBeta(double x, double a, double b)
    {
        if (x <= 0)
        {
            return 0;
        }
        if (x >= 1)
        {
            return 1;
        }
        var logFront = LogGamma(a + b) - LogGamma(a) - LogGamma(b) + a * Math.Log(x) + b * Math.Log(1 - x);
        return x < (a + 1) / (a + b + 2)
            ? Math.Exp(logFront) * ContinuedFraction(x, a, b) / a
            : 1 - Math.Exp(logFront) * ContinuedFraction(1 - x, b, a) / b;
    }

    private static double ContinuedFraction(double x, double a, double b)
    {
        const double tiny = 1e-300;
        var c = 1.0;
        var d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.Abs(d) < tiny ? tiny : d);
        var result = d;
        for (var m = 1; m <= 10_000; m++)
        {
            var m2 = 2 * m;
            var even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / NonZero(1 + even * d);
            c = NonZero(1 + even / c);
            result *= d * c;
            var odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / NonZero(1 + odd * d);
            c = NonZero(1 + odd / c);
            var step = d * c;
            result *= step;
            if (Math.Abs(step - 1) < 1e-15)
            {
                break;
            }
        }
        return result;

        static double NonZero(double value) => Math.Abs(value) < tiny ? tiny : value;
    }

    /// <summary>ln Γ(x) for x &gt; 0 (Lanczos, g = 7, nine coefficients; relative error about 10⁻¹⁵).</summary>
    internal static double LogGamma(double x)
    {
        ReadOnlySpan<double> coefficients =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        if (x < 0.5)
        {
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        }
        x -= 1;
        var sum = coefficients[0];
        for (var i = 1; i < coefficients.Length; i++)
        {
            sum += coefficients[i] / (x + i);
        }
        var t = x + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }
}
