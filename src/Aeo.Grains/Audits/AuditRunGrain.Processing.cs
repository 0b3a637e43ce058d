using Aeo.Abstractions.Audits;
using Aeo.Storage.Repositories;
using Microsoft.Extensions.Logging;

namespace Aeo.Grains.Audits;

/// <summary>
/// Processing a run: getting its questions and what the tables already hold, handing questions out within the
/// in-flight cap, applying what question grains report, stopping at the budget, and handing out again what stalled.
/// </summary>
public sealed partial class AuditRunGrain
{
    /// <summary>Gets the run's questions and what is already settled, then starts dispatching.</summary>
    private async Task PrepareAsync()
    {
        try
        {
            var questions = await LoadOrGenerateQuestionsAsync();
            if (!Lifecycle.IsActive)
            {
                return;
            }
            var loaded = await records.ReadLedgerAsync(RunId, Spec, questions);
            if (!Lifecycle.IsActive)
            {
                // Cancelled while we were reading: the run must not come back to life.
                return;
            }
            ledger = loaded;
            dispatcher.SiloDiedSinceLastLook();
            var now = time.GetUtcNow();
            ledger.StartPacing(now);
            Lifecycle.StartProcessing(questions.Count, ledger.Total, now);
            supervision = this.RegisterGrainTimer(SuperviseAsync, Settings.SupervisionInterval, Settings.SupervisionInterval);
            Apply(earlyReports.ToArray());
            earlyReports.Clear();
            Advance();
        }
        catch (ArgumentException ex) when (Lifecycle.IsActive)
        {
            await FailAsync($"The audit cannot run: {ex.Message}");
        }
        catch (Exception ex)
        {
            // Usually the database being away; the watchdog reminder tries again.
            logger.LogWarning(ex, "Run {Run} could not prepare; the watchdog will retry", RunId);
            Lifecycle.NoteTrouble($"Preparing the run failed: {ex.Message}");
            writer.Request();
        }
    }

    private async Task<IReadOnlyList<QuestionRecord>> LoadOrGenerateQuestionsAsync()
    {
        var stored = await records.QuestionsAsync(RunId);
        if (stored.Count > 0 || !Lifecycle.IsActive)
        {
            return stored;
        }
        Lifecycle.GenerateQuestions(time.GetUtcNow());
        writer.Request();
        return await records.GenerateQuestionsAsync(RunId, Spec);
    }

    private void Apply(IReadOnlyList<WorkItemOutcome> outcomes)
    {
        if (ledger is null)
        {
            return;
        }
        var now = time.GetUtcNow();
        var changed = false;
        foreach (var outcome in outcomes)
        {
            ledger.Touch(outcome.Item.Ordinal, now);
            if (!ledger.Settle(outcome.Item, outcome.Succeeded, outcome.CostUsd))
            {
                continue;
            }
            changed = true;
            AeoMetrics.Settled(outcome.Item.Platform, outcome.Succeeded);
            if (!outcome.Succeeded)
            {
                Lifecycle.NoteFailure(outcome.Item.Platform, outcome.Error);
            }
        }
        if (changed)
        {
            Advance();
        }
    }

    /// <summary>After anything settled: the figures and the budget, more questions handed out, perhaps the end.</summary>
    private void Advance()
    {
        UpdateTallies();
        Dispatch();
        FinalizeIfDone();
        writer.Request();
    }

    private void Dispatch()
    {
        if (ledger is null || Lifecycle.Phase != RunPhase.Processing)
        {
            return;
        }
        dispatcher.HandOut(ledger, Spec, Settings.MaxInFlightQuestions, time.GetUtcNow());
        Lifecycle.NoteDispatch(ledger);
    }

    private async Task SuperviseAsync(CancellationToken cancellationToken)
    {
        if (ledger is not { } book || Lifecycle.Phase != RunPhase.Processing)
        {
            return;
        }
        // A dead silo took its question grains' work with it: hand out everything in flight at once rather than
        // wait for the stall timeout. Questions still alive ignore items they already hold.
        var timeout = dispatcher.SiloDiedSinceLastLook() ? TimeSpan.Zero : Settings.StalledQuestionTimeout;
        var stalled = book.TakeStalled(time.GetUtcNow(), timeout);
        if (stalled.Count > 0)
        {
            // Reports can be lost with a silo; the tables say what really settled before anything is re-asked.
            await records.SettleFromTablesAsync(RunId, book, cancellationToken);
            foreach (var ordinal in stalled.Where(o => book.UnsettledItems(o).Length > 0))
            {
                logger.LogInformation("Run {Run} hands out stalled question {Ordinal} again", RunId, ordinal);
                dispatcher.Send(book, Spec, ordinal);
            }
        }
        Advance();
    }

    private void UpdateTallies()
    {
        if (ledger is null)
        {
            return;
        }
        Lifecycle.RecordProgress(ledger, time.GetUtcNow());
        StopAtBudget();
    }

    /// <summary>
    /// Once the answers' known costs reach the run's budget, no new question is handed out; questions already begun
    /// finish, so nothing paid for is thrown away. The spent figure comes from the tables whenever the run resumes.
    /// </summary>
    private void StopAtBudget()
    {
        if (ledger is null || !ledger.HasSpent(Spec.MaxCostUsd) || !Lifecycle.Allows(RunTransition.StopAtBudget))
        {
            return;
        }
        ledger.StopStartingNew();
        if (Lifecycle.StopAtBudget(ledger.Skipped, time.GetUtcNow()))
        {
            logger.LogInformation("Run {Run} reached its budget of {Limit} USD ({Spent} USD spent); no new questions are handed out",
                RunId, Spec.MaxCostUsd, ledger.SpentUsd);
        }
    }

    /// <summary>Stops handing out questions and tells those in flight to stop.</summary>
    private void StopQuestions()
    {
        if (ledger is not null)
        {
            dispatcher.Stop(ledger);
        }
    }
}
