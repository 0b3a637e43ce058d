namespace Aeo.Grains.Audits;

/// <summary>
/// The one place a run's status, stage, current operation and timestamps change. Each transition first checks that it
/// applies where the run is (<see cref="Refusal"/>); when it does not, it throws <see cref="InvalidRunTransitionException"/>
/// and changes nothing. The progress notes at the end are not transitions: they record figures and errors and check
/// nothing. Wraps the state object it is given, so take a fresh one whenever the owner may have replaced its state.
/// </summary>
internal sealed class RunLifecycle(Guid runId, AuditRunState state)
{
    public RunPhase Phase => state switch
    {
        { Spec: null } => RunPhase.New,
        { Status: var status } when status.IsTerminal() => RunPhase.Ended,
        { Stage: RunStage.Queued } => RunPhase.Queued,
        { Stage: RunStage.GeneratingQuestions } => RunPhase.GeneratingQuestions,
        { Stage: RunStage.ProcessingQuestions } => RunPhase.Processing,
        { Stage: RunStage.Finalizing } => RunPhase.Finalizing,
        _ => RunPhase.Starting,
    };

    /// <summary>Stored and not ended: the run has work to do or waits for a slot to do it.</summary>
    public bool IsActive => Phase is not (RunPhase.New or RunPhase.Ended);

    public bool Allows(RunTransition transition) => Refusal(transition) is null;

    /// <summary>Why <paramref name="transition"/> does not apply to the run as it is, or null when it does.</summary>
    public string? Refusal(RunTransition transition)
    {
        var phase = Phase;
        if (phase == RunPhase.New && transition is not (RunTransition.Accept or RunTransition.Queue))
        {
            return "There is no such run.";
        }
        return transition switch
        {
            RunTransition.Accept or RunTransition.Queue => phase == RunPhase.New ? null : "The run exists already.",
            RunTransition.WaitInQueue or RunTransition.Begin => phase == RunPhase.Queued ? null : $"The run is not queued: it is {Where}.",
            RunTransition.GenerateQuestions or RunTransition.StartProcessing or RunTransition.ResumeFromTables => phase switch
            {
                RunPhase.Queued => "The run waits in its client's queue for a run slot.",
                RunPhase.Ended => Ended,
                _ => null,
            },
            RunTransition.StopAtBudget => phase is not (RunPhase.Processing or RunPhase.Finalizing)
                ? $"Only a run asking its questions stops at its budget: it is {Where}."
                : state.Spec!.MaxCostUsd is null ? "The run has no budget." : null,
            RunTransition.BeginFinalizing => phase == RunPhase.Processing ? null : $"Only a run asking its questions finalizes: it is {Where}.",
            RunTransition.ReturnToProcessing or RunTransition.Complete => phase == RunPhase.Finalizing ? null : $"The run is not finalizing: it is {Where}.",
            RunTransition.Cancel or RunTransition.Fail => phase == RunPhase.Ended ? Ended : null,
            RunTransition.ReopenForRetry => phase == RunPhase.Ended && state.Status is RunStatus.Failed or RunStatus.PartiallyCompleted
                ? null
                : $"The run is {state.Status.ToWire()}; only failed or partially completed runs are retried.",
            RunTransition.ReopenForReprocess => phase == RunPhase.Ended
                ? null
                : $"The run is {state.Status.ToWire()}; wait for it to end, then reprocess its dead letters.",
            _ => throw new ArgumentOutOfRangeException(nameof(transition), transition, null),
        };
    }

    public void Accept(AuditSpec spec, Func<string, bool> isSimulated, bool gated, DateTimeOffset now)
    {
        Require(RunTransition.Accept);
        Open(spec, isSimulated, gated, now);
        state.Stage = RunStage.Initializing;
        state.StartedAt = now;
        state.CurrentOperation = "Starting";
    }

    /// <param name="waiting">The operation a queued run shows: its place in line.</param>
    public void Queue(AuditSpec spec, Func<string, bool> isSimulated, string waiting, DateTimeOffset now)
    {
        Require(RunTransition.Queue);
        Open(spec, isSimulated, gated: true, now);
        state.Stage = RunStage.Queued;
        state.StartedAt = null; // a queued run starts when the gate gives it a slot
        state.CurrentOperation = waiting;
    }

    /// <returns>Whether the operation shown changed.</returns>
    public bool WaitInQueue(string waiting)
    {
        Require(RunTransition.WaitInQueue);
        var changed = waiting != state.CurrentOperation;
        state.CurrentOperation = waiting;
        return changed;
    }

    public void Begin(DateTimeOffset now)
    {
        Require(RunTransition.Begin);
        state.Stage = RunStage.Initializing;
        state.StartedAt ??= now; // set already when a reprocessed run waited for its slot
        state.CurrentOperation = "Starting";
    }

    public void GenerateQuestions(DateTimeOffset now)
    {
        Require(RunTransition.GenerateQuestions);
        state.Status = RunStatus.Running;
        state.Stage = RunStage.GeneratingQuestions;
        state.StartedAt ??= now;
        state.CurrentOperation = "Generating questions";
    }

    public void StartProcessing(int totalQuestions, int totalWorkItems, DateTimeOffset now)
    {
        Require(RunTransition.StartProcessing);
        state.Status = RunStatus.Running;
        state.Stage = RunStage.ProcessingQuestions;
        state.StartedAt ??= now;
        state.TotalQuestions = totalQuestions;
        state.TotalWorkItems = totalWorkItems;
    }

    /// <param name="skipped">Work items that will never be handed out now.</param>
    /// <returns>Whether the budget was reached just now rather than at an earlier stop.</returns>
    public bool StopAtBudget(int skipped, DateTimeOffset now)
    {
        Require(RunTransition.StopAtBudget);
        var first = state.BudgetReachedAt is null;
        state.BudgetReachedAt ??= now;
        state.Skipped = skipped;
        return first;
    }

    public void BeginFinalizing()
    {
        Require(RunTransition.BeginFinalizing);
        state.Stage = RunStage.Finalizing;
        state.CurrentOperation = "Verifying stored results and computing figures";
    }

    public void ReturnToProcessing(string error)
    {
        Require(RunTransition.ReturnToProcessing);
        state.Stage = RunStage.ProcessingQuestions;
        state.LastError = error;
    }

    public void Complete(RunOutcome outcome, PlatformRunStats[] stats, DateTimeOffset now)
    {
        Require(RunTransition.Complete);
        state.Stats = stats;
        state.SpentUsd = outcome.SpentUsd;
        state.Skipped = outcome.Skipped;
        state.Status = outcome.Status;
        state.Stage = outcome.Stage;
        state.CurrentOperation = outcome.Operation;
        state.LastError = outcome.LastError ?? state.LastError;
        End(now);
    }

    public void Cancel(DateTimeOffset now)
    {
        Require(RunTransition.Cancel);
        state.Status = RunStatus.Cancelled;
        state.Stage = RunStage.Cancelled;
        state.CurrentOperation = "Cancelled";
        End(now);
    }

    public void Fail(string reason, DateTimeOffset now)
    {
        Require(RunTransition.Fail);
        state.Status = RunStatus.Failed;
        state.Stage = RunStage.Failed;
        state.LastError = reason;
        state.CurrentOperation = "Failed";
        End(now);
    }

    public void ReopenForRetry()
    {
        Require(RunTransition.ReopenForRetry);
        state.RetryCount++;
        Reopen(RunStatus.Running, RunStage.ProcessingQuestions, $"Retry {state.RetryCount}: asking the failed work items again");
    }

    public void ResumeFromTables()
    {
        Require(RunTransition.ResumeFromTables);
        state.RetryCount++;
    }

    /// <param name="gated">Whether the run holds (or waits for) a place at its client's run gate.</param>
    /// <param name="waiting">The run's place in line when it waits in its client's queue; null when it starts at once.</param>
    public void ReopenForReprocess(bool gated, string? waiting)
    {
        Require(RunTransition.ReopenForReprocess);
        state.Gated = gated;
        if (waiting is null)
        {
            Reopen(RunStatus.Running, RunStage.ProcessingQuestions, "Reprocessing: asking dead-lettered work items again");
        }
        else
        {
            Reopen(RunStatus.Pending, RunStage.Queued, waiting);
        }
    }

    /// <summary>The figures of what is settled so far; a completion estimate only while the run is active.</summary>
    public void RecordProgress(RunLedger ledger, DateTimeOffset now)
    {
        foreach (var (platform, tally) in state.Platforms)
        {
            (tally.Processed, tally.Failed) = ledger.PlatformFigures(platform);
            tally.Total = ledger.ItemsOn(platform);
        }
        state.TotalWorkItems = ledger.Total;
        state.SpentUsd = ledger.SpentUsd;
        state.EstimatedCompletion = IsActive ? ledger.EstimateCompletion(now) : null;
    }

    public void NoteDispatch(RunLedger ledger) =>
        state.CurrentOperation = $"Asking {ledger.InFlight} question(s) in flight; {ledger.Settled} of {ledger.Total} work items settled";

    /// <summary>A work item failed for good on <paramref name="platform"/>.</summary>
    public void NoteFailure(string platform, string? error)
    {
        state.LastError = error;
        state.Platforms[platform].LastError = error;
    }

    /// <summary>Something went wrong that a later attempt may get past; the run stays where it is.</summary>
    public void NoteTrouble(string error) => state.LastError = error;

    private string Where => $"{state.Status.ToWire()}/{state.Stage.ToWire()}";

    private string Ended => $"The run has ended {state.Status.ToWire()}.";

    private void Require(RunTransition transition)
    {
        if (Refusal(transition) is { } reason)
        {
            throw new InvalidRunTransitionException(runId, state.Status, state.Stage, transition, reason);
        }
    }

    private void Open(AuditSpec spec, Func<string, bool> isSimulated, bool gated, DateTimeOffset now)
    {
        state.Spec = spec;
        state.CreatedAt = now;
        state.Gated = gated;
        foreach (var platform in spec.Platforms)
        {
            state.Platforms[platform] = new PlatformTally { IsSimulated = isSimulated(platform) };
        }
    }

    private void Reopen(RunStatus status, RunStage stage, string operation)
    {
        state.Status = status;
        state.Stage = stage;
        state.CompletedAt = null;
        state.EstimatedCompletion = null;
        state.LastError = null;
        state.CurrentOperation = operation;
    }

    private void End(DateTimeOffset now)
    {
        state.CompletedAt = now;
        state.EstimatedCompletion = null;
    }
}
