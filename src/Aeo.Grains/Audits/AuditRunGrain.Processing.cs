namespace Aeo.Grains.Audits;

/// <summary>
/// Processing a run: getting its questions and what the tables already hold, advancing its <see cref="RunWork"/>
/// after anything settled, and finalizing once every work item settled (or the budget stopped it).
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
            var loaded = await records.ReadLedgerAsync(RunId, Spec, questions, SamplePlan());
            if (!Lifecycle.IsActive)
            {
                // Cancelled while we were reading: the run must not come back to life.
                return;
            }
            work.Start(loaded, questions.Count);
            supervision = this.RegisterGrainTimer(SuperviseAsync, Settings.SupervisionInterval, Settings.SupervisionInterval);
            Advance();
        }
        catch (ArgumentException ex) when (Lifecycle.IsActive)
        {
            await FailAsync($"The audit cannot run: {ex.Message}");
        }
        catch (Exception ex)
        {
            // Usually the database being away: try again shortly (the watchdog reminder stays the fallback).
            logger.LogWarning(ex, "Run {Run} could not prepare; retrying in {Delay}", RunId, PrepareRetryDelay);
            Lifecycle.NoteTrouble($"Preparing the run failed: {ex.Message}");
            writer.Request();
            prepareRetry?.Dispose();
            prepareRetry = this.RegisterGrainTimer(RetryPreparingAsync, PrepareRetryDelay, Timeout.InfiniteTimeSpan);
        }
    }

    private Task RetryPreparingAsync(CancellationToken cancellationToken)
    {
        prepareRetry?.Dispose();
        prepareRetry = null;
        if (work.Ledger is null && Lifecycle.IsActive && Lifecycle.Phase != RunPhase.Queued && (preparing is null || preparing.IsCompleted))
        {
            StartPreparing();
        }
        return Task.CompletedTask;
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

    /// <summary>After anything settled: the figures and the budget, more questions handed out, perhaps the end.</summary>
    private void Advance()
    {
        work.Tally(Spec);
        work.Dispatch(Spec);
        SampleMoreIfDue();
        FinalizeIfDone();
        writer.Request();
    }

    private async Task SuperviseAsync(CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(LogScope);
        if (await work.SuperviseAsync(Spec, cancellationToken))
        {
            Advance();
        }
    }

    private void FinalizeIfDone()
    {
        if (work.Ledger is { } book && finalizing is null && Lifecycle.Phase == RunPhase.Processing
            && (book.IsComplete || (BudgetReached && book.IsIdle)) && SamplingDone)
        {
            // Its own span under the run's trace: whichever call found the run done (a report, a timer, the writer's
            // notice) may belong to another trace or none.
            finalizing = RunSpans.Start("run finalize", state.State.TraceContext, RunId, Spec.ClientId, () => FinalizeAsync(book));
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
                await work.ReloadAsync(Spec, SamplePlan());
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
}
