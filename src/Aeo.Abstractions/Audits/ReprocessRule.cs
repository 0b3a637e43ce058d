namespace Aeo.Abstractions.Audits;

/// <summary>
/// Which runs may have their dead letters reprocessed: only a run that has ended, has budget left and settled every
/// work item. A run cut short (cancelled) would ask every item it never asked, not only the dead letters; only its own
/// retry may do that. The run and the API both decide by this rule, from the run's view.
/// </summary>
public static class ReprocessRule
{
    /// <summary>Why <paramref name="run"/> may not be reprocessed now, or null when it may.</summary>
    /// <param name="run">The run's view; null when there is no such run.</param>
    public static ReprocessRefusal? Check(AuditRunView? run) => run switch
    {
        null => new(ReprocessAction.Unknown, "There is no such run."),
        { Status: var status } when !status.IsTerminal() => new(
            ReprocessAction.NotEnded, $"The run is {status.ToWire()}; wait for it to end, then reprocess its dead letters."),
        { Budget: { } budget } when budget.Reached || budget.SpentUsd >= budget.LimitUsd => new(
            ReprocessAction.BudgetReached,
            FormattableString.Invariant(
                $"The run has spent {budget.SpentUsd:0.######} USD of its {budget.LimitUsd:0.######} USD budget; asking again would go over it.")),
        _ when run.Processed + run.Failed < run.TotalWorkItems => new(
            ReprocessAction.Incomplete,
            $"The run ended {run.Status.ToWire()} with work items never asked; only a run that settled every item can have its dead letters reprocessed."),
        _ => null,
    };
}

/// <summary>Why a run may not be reprocessed: the action a run answers with, and the reason in words.</summary>
public sealed record ReprocessRefusal(ReprocessAction Action, string Reason);
