namespace Aeo.Analysis.Figures;

/// <summary>
/// A rate <c>Value = Numerator / Denominator</c> with its 95 % interval [<see cref="Lower"/>, <see cref="Upper"/>].
/// Value and interval are null when the denominator is 0 (no data is not 0 %).
/// <para>
/// Answers to the same question (several samples, several platforms) are correlated, so the question is
/// the cluster. With per-answer numerator yᵢ and denominator xᵢ summed per question c into Y_c and X_c:
/// <list type="bullet">
/// <item><c>p = ΣY_c / ΣX_c</c> (ratio of sums);</item>
/// <item>cluster-robust (linearised ratio-estimator) variance <c>V = Σ_c (Y_c − p·X_c)² / (ΣX_c)²</c>;</item>
/// <item>variance if the ΣX units were independent: <c>V₀ = p(1 − p) / ΣX_c</c>;</item>
/// <item><see cref="DesignEffect"/> <c>deff = max(1, V / V₀)</c>;</item>
/// <item>at the edges (p = 0 or 1, so V = V₀ = 0 and the variance cannot tell independent samples from identical
/// ones) <c>deff = ΣX_c² / ΣX_c</c>, the design effect of samples that always agree within a question: the question
/// is the unit, and ten questions × five identical "no" samples give n_eff = 10, upper bound 27.8 %, not the
/// 7.1 % of fifty independent answers;</item>
/// <item><see cref="EffectiveSampleSize"/> <c>n_eff = ΣX_c / deff</c>;</item>
/// <item>the interval is the Wilson score interval for p with n = n_eff (<see cref="Intervals.Wilson"/>).</item>
/// </list>
/// With one answer per question and a yes/no numerator, V = V₀ exactly, so deff = 1 and this is the plain
/// Wilson interval. The variance has no small-sample factor m/(m − 1) for m questions precisely so that it
/// reduces to Wilson; with few questions (fewer than about 20) read the interval as approximate.
/// deff is never taken below 1, so negatively correlated samples never narrow an interval.
/// For a numerator that is a fraction per answer (share of voice per answer) V₀ is an upper bound on the
/// independent-units variance, so the interval is conservative.
/// </para>
/// </summary>
public sealed record RateEstimate(
    double Numerator,
    double Denominator,
    double? Value,
    double? Lower,
    double? Upper,
    double DesignEffect,
    double EffectiveSampleSize);
