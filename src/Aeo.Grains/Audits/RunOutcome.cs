namespace Aeo.Grains.Audits;

/// <summary>How a finalized run ends, decided from its per-platform figures and what the tables hold.</summary>
/// <param name="LastError">Replaces the run's last error when set: why the run stopped short at its budget.</param>
public sealed record RunOutcome(RunStatus Status, RunStage Stage, int Skipped, decimal SpentUsd, string Operation, string? LastError)
{
    /// <summary>
    /// Completed when nothing failed and nothing was skipped; failed when nothing was answered; partially completed
    /// otherwise. A run stopped at its budget skips the work items the tables lack, and says so.
    /// </summary>
    /// <param name="stats">The run's per-platform figures from the tables.</param>
    /// <param name="budgetReached">Whether the run stopped handing out questions at its budget.</param>
    /// <param name="totalItems">The run's work items: questions × platforms × samples.</param>
    /// <param name="storedItems">The work items the tables hold, answered or dead-lettered.</param>
    /// <param name="budgetUsd">The run's budget, if it has one.</param>
    public static RunOutcome Decide(IReadOnlyCollection<PlatformRunStats> stats, bool budgetReached, int totalItems, int storedItems, decimal? budgetUsd)
    {
        var spent = stats.Sum(s => s.CostUsd);
        var succeeded = stats.Sum(s => s.SuccessfulQueries);
        var failed = stats.Sum(s => s.FailedQueries);
        var skipped = budgetReached ? Math.Max(0, totalItems - storedItems) : 0;
        var status = failed == 0 && skipped == 0 ? RunStatus.Completed
            : succeeded == 0 ? RunStatus.Failed
            : RunStatus.PartiallyCompleted;
        var stage = status == RunStatus.Failed ? RunStage.Failed : RunStage.Completed;
        var operation = failed == 0 ? "Done" : $"Done; {failed} work item(s) failed";
        if (skipped == 0)
        {
            return new RunOutcome(status, stage, skipped, spent, operation, null);
        }
        var stop = FormattableString.Invariant($"{spent:0.######} of {budgetUsd:0.######} USD spent, {skipped} work item(s) never asked");
        return new RunOutcome(status, stage, skipped, spent, $"{operation}; stopped at the budget: {stop}", $"Stopped at the budget: {stop}");
    }
}
