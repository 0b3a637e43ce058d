namespace Aeo.Grains.Audits;

/// <summary>
/// The processing stage of one run activation: the ledger of its work items (read from the tables, so a resumed run
/// asks only what they lack), reports that arrive before the ledger is read, handing questions out within the in-flight
/// cap, stopping at the budget, and handing stalled questions out again. It runs on its grain's scheduler and changes
/// the run's state only through <see cref="RunLifecycle"/>; what happens around it (finalizing, the end) is the grain's.
/// </summary>
internal sealed class RunWork(
    Guid runId,
    Func<RunLifecycle> lifecycle,
    RunRecords records,
    RunDispatcher dispatcher,
    AuditOptions settings,
    AeoMetrics metrics,
    TimeProvider time,
    ILogger logger)
{
    private readonly List<WorkItemOutcome> early = [];

    /// <summary>The book of work items; null until the tables were read, and again once forgotten.</summary>
    public RunLedger? Ledger { get; private set; }

    private RunLifecycle Lifecycle => lifecycle();

    /// <summary>Starts processing on <paramref name="ledger"/>, then applies what was reported while it was being read.</summary>
    public void Start(RunLedger ledger, int questionCount)
    {
        Ledger = ledger;
        dispatcher.SiloDiedSinceLastLook();
        var now = time.GetUtcNow();
        ledger.StartPacing(now);
        Lifecycle.StartProcessing(questionCount, ledger.Total, now);
        Apply(early.ToArray());
        early.Clear();
    }

    /// <summary>Applies what question grains report, or keeps it for when the ledger is read.</summary>
    /// <returns>Whether any work item newly settled.</returns>
    public bool Report(IReadOnlyList<WorkItemOutcome> outcomes)
    {
        if (Ledger is null)
        {
            early.AddRange(outcomes);
            return false;
        }
        return Apply(outcomes);
    }

    /// <summary>The figures of what is settled, and a stop at the budget once the known cost reaches it.</summary>
    public void Tally(AuditSpec spec)
    {
        if (Ledger is null)
        {
            return;
        }
        Lifecycle.RecordProgress(Ledger, time.GetUtcNow());
        StopAtBudget(spec);
    }

    /// <summary>Hands out waiting questions while the run is processing, within the in-flight cap.</summary>
    public void Dispatch(AuditSpec spec)
    {
        if (Ledger is null || Lifecycle.Phase != RunPhase.Processing)
        {
            return;
        }
        dispatcher.HandOut(Ledger, spec, settings.MaxInFlightQuestions, time.GetUtcNow());
        Lifecycle.NoteDispatch(Ledger);
    }

    /// <summary>
    /// Hands out again the questions that stalled, at once for every question in flight when a silo died (its question
    /// grains took their work with them), after the tables say what really settled.
    /// </summary>
    /// <returns>False when the run is not processing, so there is nothing to advance.</returns>
    public async Task<bool> SuperviseAsync(AuditSpec spec, CancellationToken cancellationToken)
    {
        if (Ledger is not { } book || Lifecycle.Phase != RunPhase.Processing)
        {
            return false;
        }
        var timeout = dispatcher.SiloDiedSinceLastLook() ? TimeSpan.Zero : settings.StalledQuestionTimeout;
        var stalled = book.TakeStalled(time.GetUtcNow(), timeout);
        if (stalled.Count > 0)
        {
            // Reports can be lost with a silo; questions still alive ignore items they already hold.
            await records.SettleFromTablesAsync(runId, book, cancellationToken);
            foreach (var ordinal in stalled.Where(o => book.UnsettledItems(o).Length > 0))
            {
                logger.LogInformation("Run {Run} hands out stalled question {Ordinal} again", runId, ordinal);
                dispatcher.Send(book, spec, ordinal);
            }
        }
        return true;
    }

    /// <summary>After a failed finalize: everything unsettled waits again, and the ledger is re-read from the tables.</summary>
    public async Task ReloadAsync(AuditSpec spec, SamplePlan plan)
    {
        Ledger?.RequeueUnsettled();
        try
        {
            var reloaded = await records.ReadLedgerAsync(runId, spec, await records.QuestionsAsync(runId), plan);
            if (Ledger is not null)
            {
                reloaded.KeepPaceOf(Ledger);
            }
            Ledger = reloaded;
            Tally(spec);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Run {Run} could not re-read its results", runId);
        }
    }

    /// <summary>Stops handing out questions and tells those in flight to stop.</summary>
    public void Stop()
    {
        if (Ledger is not null)
        {
            dispatcher.Stop(Ledger);
        }
    }

    /// <summary>Forgets what this activation believes; the tables say what is settled when the run is next prepared.</summary>
    public void Forget() => Ledger = null;

    private bool Apply(IReadOnlyList<WorkItemOutcome> outcomes)
    {
        var now = time.GetUtcNow();
        var changed = false;
        foreach (var outcome in outcomes)
        {
            Ledger!.Touch(outcome.Item.Ordinal, now);
            if (!Ledger.Settle(outcome.Item, outcome.Succeeded, outcome.CostUsd))
            {
                continue;
            }
            changed = true;
            metrics.Settled(outcome.Item.Platform, outcome.Succeeded);
            if (!outcome.Succeeded)
            {
                Lifecycle.NoteFailure(outcome.Item.Platform, outcome.Error);
            }
        }
        return changed;
    }

    /// <summary>
    /// Once the answers' known costs reach the run's budget, no new question is handed out; questions already begun
    /// finish, so nothing paid for is thrown away. The spent figure comes from the tables whenever the run resumes.
    /// </summary>
    private void StopAtBudget(AuditSpec spec)
    {
        if (Ledger is null || !Ledger.HasSpent(spec.MaxCostUsd) || !Lifecycle.Allows(RunTransition.StopAtBudget))
        {
            return;
        }
        Ledger.StopStartingNew();
        if (Lifecycle.StopAtBudget(Ledger.Skipped, time.GetUtcNow()))
        {
            logger.LogInformation("Run {Run} reached its budget of {Limit} USD ({Spent} USD spent); no new questions are handed out",
                runId, spec.MaxCostUsd, Ledger.SpentUsd);
        }
    }
}
