namespace Aeo.Grains.Audits;

/// <summary>
/// Adaptive sampling: once every planned work item of an adaptive run is settled, the next round is planned from the
/// stored answers (<see cref="AdaptiveSamplingRound"/>), and the run finalizes only when every platform has stopped.
/// The added samples are in the run's state and, once answered, in the tables, which a resumed run's plan takes back.
/// </summary>
public sealed partial class AuditRunGrain
{
    private Task? samplingRound;

    /// <summary>Whether sampling lets the run finalize: always for a fixed run, once every platform stopped for an adaptive one.</summary>
    private bool SamplingDone => Spec.Sampling is null || SamplingState.Finished(Spec);

    private RunSamplingState SamplingState => state.State.Sampling ??= new RunSamplingState();

    /// <summary>The run's plan of samples per (question, platform), over what its state saved.</summary>
    private SamplePlan SamplePlan() => new(Spec, Spec.Sampling is null ? null : SamplingState.Raised);

    private void SampleMoreIfDue()
    {
        if (Spec.Sampling is null || work.Ledger is not { } book || samplingRound is { IsCompleted: false } || finalizing is not null
            || Lifecycle.Phase != RunPhase.Processing || SamplingDone)
        {
            return;
        }
        if (BudgetReached)
        {
            if (book.IsIdle)
            {
                AdaptiveSamplingRound.StopAtBudget(Spec, SamplingState);
            }
            return;
        }
        if (book.IsComplete)
        {
            samplingRound = PlanRoundAsync(book);
        }
    }

    private async Task PlanRoundAsync(RunLedger book)
    {
        try
        {
            var answers = await records.AnswersAsync(RunId);
            // Resumed, cancelled or out of budget meanwhile: this round is no longer the run's to plan.
            if (ReferenceEquals(work.Ledger, book) && Lifecycle.Phase == RunPhase.Processing && !BudgetReached)
            {
                var added = AdaptiveSamplingRound.Plan(Spec, book, SamplingState, answers);
                logger.LogInformation("Run {Run} sampling round {Round}: {Added} more sample(s)", RunId, SamplingState.Rounds, added);
            }
        }
        catch (Exception ex)
        {
            // Usually the database being away: supervision's next look plans the round again.
            logger.LogWarning(ex, "Run {Run} could not plan its next sampling round", RunId);
            Lifecycle.NoteTrouble($"Planning the next sampling round failed: {ex.Message}");
            writer.Request();
            return;
        }
        finally
        {
            samplingRound = null;
        }
        if (Lifecycle.Phase == RunPhase.Processing)
        {
            Advance();
        }
    }
}
