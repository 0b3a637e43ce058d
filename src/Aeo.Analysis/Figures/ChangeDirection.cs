namespace Aeo.Analysis.Figures;

/// <summary>
/// The sign of a metric's change, numerically (for average rank, Up means a larger rank number, i.e. a worse position).
/// Whether the change is more than noise is <see cref="MetricChange.Significant"/>.
/// </summary>
public enum ChangeDirection
{
    Up,
    Down,
    Unchanged,
}
