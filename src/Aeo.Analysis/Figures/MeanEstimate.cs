namespace Aeo.Analysis.Figures;

/// <summary>
/// A mean of per-answer values (rank, sentiment) over the <see cref="N"/> answers that have one, with its
/// 95 % interval. Value is null when N = 0; the interval and standard error are null with fewer than two
/// questions (<see cref="Clusters"/>).
/// <para>
/// With values summed per question c into Y_c over X_c answers and m questions:
/// <c>mean = ΣY_c / ΣX_c</c>;
/// <c>SE² = m/(m − 1) · Σ_c (Y_c − mean·X_c)² / (ΣX_c)²</c> (cluster-robust);
/// interval <c>mean ± t(0.975; m − 1) · SE</c>, clipped to the metric's range (rank ≥ 1, sentiment in [−1, 1]).
/// With equal samples per question this is the t-interval over the question means; with one answer per
/// question it is the ordinary t-interval.
/// </para>
/// <para>
/// When every question has the same mean (SE = 0, e.g. a brand always ranked first) a zero spread is no evidence of
/// a zero error, so the mean is bounded as a proportion of the metric's range [a, b] instead:
/// <c>[a + (b − a)·L, a + (b − a)·U]</c> with [L, U] the Wilson interval for <c>(mean − a)/(b − a)</c> over
/// <c>n_eff = (ΣX_c)² / ΣX_c²</c> (the questions as units, see <see cref="RateEstimate"/>).
/// </para>
/// </summary>
public sealed record MeanEstimate(
    double? Value,
    int N,
    int Clusters,
    double? StandardError,
    double? Lower,
    double? Upper);
