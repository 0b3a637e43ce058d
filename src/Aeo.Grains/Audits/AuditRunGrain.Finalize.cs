using Microsoft.Extensions.Logging;

namespace Aeo.Grains.Audits;

/// <summary>Finalizing a run once every work item settled (or the budget stopped it): its figures from the tables, and its end.</summary>
public sealed partial class AuditRunGrain
{
    private void FinalizeIfDone()
    {
        if (ledger is { } book && finalizing is null && Lifecycle.Phase == RunPhase.Processing
            && (book.IsComplete || (BudgetReached && book.IsIdle)))
        {
            finalizing = FinalizeAsync(book);
        }
    }

    /// <summary>Checks the tables hold every work item, then computes the per-platform figures and ends the run.</summary>
    private async Task FinalizeAsync(RunLedger book)
    {
        Lifecycle.BeginFinalizing();
        writer.Request();
        try
        {
            var budgetReached = BudgetReached;
            var end = await finalizer.FinalizeAsync(
                RunId, Spec, book.Total, book.MustBeStored(budgetReached), budgetReached, p => state.State.Platforms[p].IsSimulated);
            if (!Lifecycle.IsActive)
            {
                return;
            }
            savingEnd = true;
            Lifecycle.Complete(end.Outcome, end.Stats, time.GetUtcNow());
            logger.LogInformation("Run {Run} ended {Status}: {Succeeded} answered, {Failed} failed", RunId, state.State.Status,
                end.Stats.Sum(s => s.SuccessfulQueries), end.Stats.Sum(s => s.FailedQueries));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Run {Run} could not finalize; supervision will try again", RunId);
            if (Lifecycle.IsActive)
            {
                Lifecycle.ReturnToProcessing($"Finalizing failed: {ex.Message}");
                ledger?.RequeueUnsettled();
                await ReloadSettledAsync();
                finalizing = null;
                writer.Request();
            }
            return;
        }
        await EndQuietlyAsync();
    }

    private async Task EndQuietlyAsync()
    {
        try
        {
            await EndAsync();
        }
        catch (Exception ex)
        {
            // The writer keeps retrying the final state, and the watchdog unregisters itself on a terminal run.
            logger.LogWarning(ex, "Run {Run} ended but could not save everything at once", RunId);
        }
        finally
        {
            savingEnd = false;
        }
    }

    private async Task ReloadSettledAsync()
    {
        try
        {
            var reloaded = await records.ReadLedgerAsync(RunId, Spec, await records.QuestionsAsync(RunId));
            if (ledger is not null)
            {
                reloaded.KeepPaceOf(ledger);
            }
            ledger = reloaded;
            UpdateTallies();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Run {Run} could not re-read its results", RunId);
        }
    }
}
