namespace Aeo.Analysis.Figures;

/// <summary>A two-sided 95 % confidence interval.</summary>
public sealed record ConfidenceInterval(double Lower, double Upper)
{
    /// <summary>Whether the interval lies entirely above or entirely below zero.</summary>
    public bool ExcludesZero => Lower > 0 || Upper < 0;
}
