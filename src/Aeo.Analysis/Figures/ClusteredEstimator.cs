namespace Aeo.Analysis.Figures;

/// <summary>The cluster-aware rate and mean estimators documented on <see cref="RateEstimate"/> and <see cref="MeanEstimate"/>.</summary>
internal static class ClusteredEstimator
{
    /// <param name="units">One entry per answer: its question (cluster), numerator and denominator.</param>
    public static RateEstimate Rate(IEnumerable<(string Cluster, double Numerator, double Denominator)> units)
    {
        var numbering = new ClusterNumbering();
        return Rate(units.Select(u => (numbering.Of(u.Cluster), u.Numerator, u.Denominator)), numbering);
    }

    /// <param name="units">One entry per answer: its question's number in <paramref name="numbering"/>, numerator and denominator.</param>
    public static RateEstimate Rate(IEnumerable<(int Cluster, double Numerator, double Denominator)> units, ClusterNumbering numbering)
    {
        var clusters = SumByCluster(units, numbering);
        var numerator = clusters.Sum(c => c.Y);
        var denominator = clusters.Sum(c => c.X);
        if (denominator <= 0)
        {
            return new RateEstimate(numerator, denominator, null, null, null, 1, 0);
        }

        var p = numerator / denominator;
        var clusterVariance = clusters.Sum(c => Square(c.Y - p * c.X)) / Square(denominator);
        var independentVariance = p * (1 - p) / denominator;

        // At p = 0 or 1 every unit agrees, so the observed variance says nothing about how alike a question's
        // samples are: take the design effect of samples that always agree, which the data cannot rule out.
        var designEffect = independentVariance > 0
            ? Math.Max(1, clusterVariance / independentVariance)
            : StructuralDesignEffect(clusters, denominator);
        var effectiveSize = denominator / designEffect;
        var interval = Intervals.Wilson(Math.Clamp(p, 0, 1), effectiveSize);
        return new RateEstimate(numerator, denominator, p, interval.Lower, interval.Upper, designEffect, effectiveSize);
    }

    /// <param name="values">One entry per answer that has a value: its question (cluster) and the value.</param>
    public static MeanEstimate Mean(IEnumerable<(string Cluster, double Value)> values, double minimum, double maximum)
    {
        var numbering = new ClusterNumbering();
        return Mean(values.Select(v => (numbering.Of(v.Cluster), v.Value)), numbering, minimum, maximum);
    }

    /// <param name="values">One entry per answer that has a value: its question's number in <paramref name="numbering"/>, and the value.</param>
    public static MeanEstimate Mean(IEnumerable<(int Cluster, double Value)> values, ClusterNumbering numbering, double minimum, double maximum)
    {
        var clusters = SumByCluster(values.Select(v => (v.Cluster, v.Value, 1.0)), numbering);
        var n = (int)clusters.Sum(c => c.X);
        if (n == 0)
        {
            return new MeanEstimate(null, 0, 0, null, null, null);
        }

        var mean = clusters.Sum(c => c.Y) / n;
        var m = clusters.Count;
        if (m < 2)
        {
            return new MeanEstimate(mean, n, m, null, null, null);
        }

        var variance = (double)m / (m - 1) * clusters.Sum(c => Square(c.Y - mean * c.X)) / Square(n);
        var standardError = Math.Sqrt(variance);
        if (standardError == 0 && maximum > minimum)
        {
            // Every question has the same mean: a zero spread is no evidence of a zero error. Bound the mean as a
            // proportion of its range, over the questions as units (see MeanEstimate).
            var share = Intervals.Wilson(Math.Clamp((mean - minimum) / (maximum - minimum), 0, 1), n / StructuralDesignEffect(clusters, n));
            return new MeanEstimate(
                mean, n, m, standardError, minimum + share.Lower * (maximum - minimum), minimum + share.Upper * (maximum - minimum));
        }

        var interval = Intervals.StudentT(mean, standardError, m - 1);
        return new MeanEstimate(
            mean, n, m, standardError, Math.Max(minimum, interval.Lower), Math.Min(maximum, interval.Upper));
    }

    /// <summary>
    /// The design effect if every sample of a question were identical: <c>ΣX_c² / ΣX_c</c> (the mean cluster size,
    /// weighted by size), so that <c>n_eff = (ΣX_c)² / ΣX_c²</c> is the effective number of questions.
    /// </summary>
    private static double StructuralDesignEffect(List<(double Y, double X)> clusters, double denominator) =>
        Math.Max(1, clusters.Sum(c => Square(c.X)) / denominator);

    /// <summary>
    /// Each cluster's sums, in the order the clusters first appear among <paramref name="units"/>, each summed in the
    /// units' order (so every figure comes out to the last bit the same whatever numbering the clusters have).
    /// </summary>
    private static List<(double Y, double X)> SumByCluster(IEnumerable<(int Cluster, double Y, double X)> units, ClusterNumbering numbering)
    {
        var slots = new int[numbering.Count];
        Array.Fill(slots, -1);
        var clusters = new List<(double Y, double X)>();
        foreach (var (cluster, y, x) in units)
        {
            if (cluster >= slots.Length)
            {
                // Numbered after this call began (a lazily numbered sequence): make room.
                var grown = new int[Math.Max(slots.Length * 2, cluster + 1)];
                Array.Fill(grown, -1);
                slots.CopyTo(grown, 0);
                slots = grown;
            }
            var slot = slots[cluster];
            if (slot < 0)
            {
                slots[cluster] = clusters.Count;
                clusters.Add((0 + y, 0 + x)); // a sum from zero, as before: -0 becomes 0
            }
            else
            {
                var (sumY, sumX) = clusters[slot];
                clusters[slot] = (sumY + y, sumX + x);
            }
        }
        return clusters;
    }

    private static double Square(double value) => value * value;
}
