using Aeo.Abstractions.Audits;
using Aeo.Abstractions.Grains;
using Aeo.Grains.Analysis;
using Aeo.Grains.Clients;
using Aeo.Grains.Hosting;
using Aeo.Platforms;
using Aeo.Storage.Repositories;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace Aeo.Grains.Audits;

/// <summary>
/// Orchestrates one audit run: generates its questions, keeps a bounded number of them in flight on
/// <see cref="IQuestionGrain"/>s, tallies what they report, and finalizes from what the tables hold. Progress
/// lives in grain state, written coalesced; a watchdog reminder brings the run back if its silo dies, and the
/// resumed run re-dispatches only the work items the tables do not hold yet.
/// </summary>
public sealed partial class AuditRunGrain(
    [PersistentState("run", GrainStorage.Name)] IPersistentState<AuditRunState> state,
    AuditRunRepository runs,
    QuestionRepository questionStore,
    ResponseRepository responseStore,
    DeadLetterRepository deadLetterStore,
    QuestionPlanner planner,
    IAnswerEngineRegistry engines,
    IOptions<AuditOptions> options,
    IClusterMembershipService membership,
    TimeProvider time,
    ILogger<AuditRunGrain> logger) : Grain, IAuditRunGrain, IRemindable
{
    private const string WatchdogReminder = "watchdog";

    private readonly List<WorkItemOutcome> earlyReports = [];
    private readonly HashSet<SiloAddress> deadSilos = [];
    private CoalescingWriter writer = null!;
    private RunLedger? ledger;
    private Task? preparing;
    private Task? finalizing;
    private IGrainTimer? supervision;
    private (DateTimeOffset At, int Settled) etaBase;

    // While the final state is being saved, status still says "finalizing": a run reads as ended only once
    // its row says so too, so a listing right after never misses it.
    private bool savingEnd;

    private AuditOptions Settings => options.Value;
    private Guid RunId => this.GetPrimaryKey();
    private AuditSpec Spec => state.State.Spec!;
    private bool IsActiveRun => state.State.Spec is not null && !state.State.Status.IsTerminal();
    private bool IsQueued => IsActiveRun && state.State.Stage == RunStage.Queued;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        writer = new CoalescingWriter(PersistAsync, Settings.ProgressWriteInterval, time, logger);
        if (IsActiveRun && !IsQueued)
        {
            logger.LogInformation("Run {Run} resumes at stage {Stage}", RunId, state.State.Stage);
            StartPreparing();
        }
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (state.State.Spec is not null)
        {
            try
            {
                await writer.FlushAsync();
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Run {Run} could not save its progress on deactivation; the tables still hold the truth", RunId);
            }
        }
        if (IsActiveRun && reason.ReasonCode == DeactivationReasonCode.ShuttingDown)
        {
            // Our silo is stopping: a call to ourselves waits for this deactivation and then activates the run on a
            // silo that stays, which resumes it now instead of at the next watchdog tick (the fallback if this is lost).
            GrainFactory.GetGrain<IAuditRunGrain>(RunId).GetStatusAsync().Ignore();
        }
    }

    public async Task<AuditRunView> StartAsync(AuditSpec spec)
    {
        if (state.State.Spec is not null)
        {
            return View();
        }
        foreach (var platform in spec.Platforms)
        {
            if (!engines.TryGet(platform, out _))
            {
                throw new ArgumentException($"Platform '{platform}' is not configured.", nameof(spec));
            }
        }

        // Ask for a slot before anything is stored: a refused run leaves no trace.
        var gate = Settings.MaxConcurrentRunsPerClient > 0 ? await Gate(spec.ClientId).AdmitAsync(RunId) : null;
        if (gate is { Verdict: GateVerdict.Refused })
        {
            throw new RunLimitReachedException(gate.ActiveRuns, gate.Limit);
        }
        var queued = gate is { Verdict: GateVerdict.Queued };

        var now = time.GetUtcNow();
        state.State.Spec = spec;
        state.State.CreatedAt = now;
        state.State.Gated = gate is not null;
        state.State.Stage = queued ? RunStage.Queued : RunStage.Initializing;
        state.State.StartedAt = queued ? null : now; // a queued run starts when the gate gives it a slot
        state.State.CurrentOperation = queued ? QueuedOperation(gate!) : "Starting";
        foreach (var platform in spec.Platforms)
        {
            state.State.Platforms[platform] = new PlatformTally { IsSimulated = engines.Describe(platform).IsSimulated };
        }
        try
        {
            await runs.InsertAsync(RunId, spec, now, CancellationToken.None);
        }
        catch
        {
            state.State = new AuditRunState();
            await ReleaseSlotAsync(spec.ClientId, gate is not null);
            throw;
        }
        await writer.FlushAsync();
        await this.RegisterOrUpdateReminder(WatchdogReminder, Settings.WatchdogPeriod, Settings.WatchdogPeriod);
        if (!queued)
        {
            StartPreparing();
        }
        return View();
    }

    public async Task BeginAsync()
    {
        if (state.State.Spec is null)
        {
            return;
        }
        if (!IsActiveRun)
        {
            // It ended while the gate was not listening: the slot it was just given goes straight back.
            await ReleaseSlotAsync(Spec.ClientId, state.State.Gated);
            return;
        }
        if (!IsQueued)
        {
            return;
        }
        logger.LogInformation("Run {Run} leaves the queue and starts", RunId);
        state.State.Stage = RunStage.Initializing;
        state.State.StartedAt ??= time.GetUtcNow(); // set already when a reprocessed run waited for its slot
        state.State.CurrentOperation = "Starting";
        writer.Request();
        StartPreparing();
    }

    public Task<AuditRunView?> GetStatusAsync() =>
        Task.FromResult(state.State.Spec is null ? null : View());

    public async Task<AuditRunView?> CancelAsync()
    {
        if (state.State.Spec is null)
        {
            return null;
        }
        if (state.State.Status.IsTerminal())
        {
            return View();
        }

        state.State.Status = RunStatus.Cancelled;
        state.State.Stage = RunStage.Cancelled;
        state.State.CurrentOperation = "Cancelled";
        state.State.CompletedAt = time.GetUtcNow();
        state.State.EstimatedCompletion = null;
        StopQuestions();
        await EndAsync();
        logger.LogInformation("Run {Run} cancelled", RunId);
        AeoMetrics.RunEnded(state.State.Status.ToWire());
        return View();
    }

    public Task ReportAsync(WorkItemOutcome[] outcomes)
    {
        if (ledger is null)
        {
            earlyReports.AddRange(outcomes);
            return Task.CompletedTask;
        }
        Apply(outcomes);
        return Task.CompletedTask;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != WatchdogReminder)
        {
            return;
        }
        if (!IsActiveRun)
        {
            if (state.State.Spec is not null)
            {
                // The silo may have died between saving the ended state and the row: the row learns the end before
                // the watchdog, the only thing left to bring this run back, goes away.
                await runs.UpdateAsync(ToProgress(), CancellationToken.None);
            }
            await UnregisterWatchdogAsync();
            return;
        }
        if (IsQueued)
        {
            await AskGateAgainAsync();
            return;
        }
        if (ledger is null && (preparing is null || preparing.IsCompleted))
        {
            StartPreparing();
        }
    }

    private void StartPreparing() => preparing = PrepareAsync();

    /// <summary>A queued run whose turn came while the gate's call to it was lost starts from here.</summary>
    private async Task AskGateAgainAsync()
    {
        var gate = await Gate(Spec.ClientId).AdmitAsync(RunId);
        switch (gate.Verdict)
        {
            case GateVerdict.Admitted:
                await BeginAsync();
                break;
            case GateVerdict.Queued:
                var waiting = QueuedOperation(gate);
                if (waiting != state.State.CurrentOperation)
                {
                    state.State.CurrentOperation = waiting;
                    writer.Request();
                }
                break;
            case GateVerdict.Refused:
                // The policy became reject while it waited.
                await FailAsync(new RunLimitReachedException(gate.ActiveRuns, gate.Limit).Message);
                break;
        }
    }

    private static string QueuedOperation(GateDecision gate) =>
        $"Queued: number {gate.QueuePosition} in line for one of the client's {gate.Limit} run slot(s)";

    /// <summary>Gets the run's questions and what is already settled, then starts dispatching.</summary>
    private async Task PrepareAsync()
    {
        try
        {
            var questions = await LoadOrGenerateQuestionsAsync();
            if (!IsActiveRun)
            {
                return;
            }
            var loaded = await ReadLedgerAsync(questions);
            if (!IsActiveRun)
            {
                // Cancelled while we were reading: the run must not come back to life.
                return;
            }
            ledger = loaded;

            SiloDiedSinceLastLook();
            var now = time.GetUtcNow();
            etaBase = (now, ledger.Settled);
            state.State.Status = RunStatus.Running;
            state.State.Stage = RunStage.ProcessingQuestions;
            state.State.StartedAt ??= now;
            state.State.TotalQuestions = questions.Count;
            state.State.TotalWorkItems = ledger.Total;
            supervision = this.RegisterGrainTimer(SuperviseAsync, Settings.SupervisionInterval, Settings.SupervisionInterval);

            Apply(earlyReports.ToArray());
            earlyReports.Clear();
            UpdateTallies();
            Dispatch();
            FinalizeIfDone();
            writer.Request();
        }
        catch (ArgumentException ex) when (IsActiveRun)
        {
            await FailAsync($"The audit cannot run: {ex.Message}");
        }
        catch (Exception ex)
        {
            // Usually the database being away; the watchdog reminder tries again.
            logger.LogWarning(ex, "Run {Run} could not prepare; the watchdog will retry", RunId);
            state.State.LastError = $"Preparing the run failed: {ex.Message}";
            writer.Request();
        }
    }

    /// <summary>A ledger of the run's questions with everything the tables hold marked settled, the rest queued.</summary>
    private async Task<RunLedger> ReadLedgerAsync(IReadOnlyList<QuestionRecord> questions)
    {
        var fromTables = new RunLedger(Spec, questions);
        SettleFromTables(fromTables, await responseStore.SettledItemsAsync(RunId, CancellationToken.None));
        fromTables.RequeueUnsettled();
        return fromTables;
    }

    /// <returns>Whether any item was newly settled.</returns>
    private static bool SettleFromTables(RunLedger target, IEnumerable<SettledItem> stored)
    {
        var any = false;
        foreach (var item in stored)
        {
            any |= target.Settle(new WorkItem(item.Ordinal, item.Platform, item.Sample), item.Succeeded, item.CostUsd);
        }
        return any;
    }

    private async Task<IReadOnlyList<QuestionRecord>> LoadOrGenerateQuestionsAsync()
    {
        var stored = await questionStore.ListAsync(RunId, CancellationToken.None);
        if (stored.Count > 0 || !IsActiveRun)
        {
            return stored;
        }

        state.State.Stage = RunStage.GeneratingQuestions;
        state.State.Status = RunStatus.Running;
        state.State.StartedAt ??= time.GetUtcNow();
        state.State.CurrentOperation = "Generating questions";
        writer.Request();

        var records = await planner.PlanAsync(RunId, Spec, CancellationToken.None);
        await questionStore.InsertManyAsync(RunId, records, CancellationToken.None);
        // Re-read: if an earlier activation stored its questions first, theirs are the ones with answers.
        return await questionStore.ListAsync(RunId, CancellationToken.None);
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
                state.State.LastError = outcome.Error;
                state.State.Platforms[outcome.Item.Platform].LastError = outcome.Error;
            }
        }
        if (!changed)
        {
            return;
        }
        UpdateTallies();
        Dispatch();
        FinalizeIfDone();
        writer.Request();
    }

    private void Dispatch()
    {
        if (ledger is null || !IsActiveRun || state.State.Stage != RunStage.ProcessingQuestions)
        {
            return;
        }
        var now = time.GetUtcNow();
        while (ledger.TryStartNext(Settings.MaxInFlightQuestions, now, out var ordinal))
        {
            Send(ordinal);
        }
        state.State.CurrentOperation =
            $"Asking {ledger.InFlight} question(s) in flight; {ledger.Settled} of {ledger.Total} work items settled";
    }

    private void Send(int ordinal)
    {
        var question = ledger!.Question(ordinal);
        var work = new QuestionWork(
            RunId, question.Id, ordinal, question.Text, ledger.UnsettledItems(ordinal), Spec.TrackedBrands.ToArray(), Spec.Brand.Name)
        {
            WebSearch = Spec.WebSearch,
        };
        SendAsync(ordinal, work).Ignore();
    }

    private async Task SendAsync(int ordinal, QuestionWork work)
    {
        try
        {
            await QuestionGrain(ordinal).ExecuteAsync(work);
        }
        catch (Exception ex)
        {
            // Supervision hands the question out again once it counts as stalled.
            logger.LogWarning(ex, "Run {Run} could not hand out question {Ordinal}", RunId, ordinal);
        }
    }

    private async Task SuperviseAsync(CancellationToken cancellationToken)
    {
        if (ledger is null || !IsActiveRun || state.State.Stage != RunStage.ProcessingQuestions)
        {
            return;
        }
        // A dead silo took its question grains' work with it: hand out everything in flight at once rather than
        // wait for the stall timeout. Questions still alive ignore items they already hold.
        var timeout = SiloDiedSinceLastLook() ? TimeSpan.Zero : Settings.StalledQuestionTimeout;
        var stalled = ledger.TakeStalled(time.GetUtcNow(), timeout);
        if (stalled.Count > 0)
        {
            // Reports can be lost with a silo; the tables say what really settled before anything is re-asked.
            if (SettleFromTables(ledger, await responseStore.SettledItemsAsync(RunId, cancellationToken)))
            {
                UpdateTallies();
            }
            foreach (var ordinal in stalled.Where(o => ledger.UnsettledItems(o).Length > 0))
            {
                logger.LogInformation("Run {Run} hands out stalled question {Ordinal} again", RunId, ordinal);
                Send(ordinal);
            }
        }
        UpdateEta();
        Dispatch();
        FinalizeIfDone();
        writer.Request();
    }

    private bool SiloDiedSinceLastLook()
    {
        var died = false;
        foreach (var member in membership.CurrentSnapshot.Members.Values.Where(m => m.Status == SiloStatus.Dead))
        {
            died |= deadSilos.Add(member.SiloAddress);
        }
        return died;
    }

    private void FinalizeIfDone()
    {
        if (ledger is not null && (ledger.IsComplete || (BudgetReached && ledger.IsIdle)) && IsActiveRun && finalizing is null)
        {
            finalizing = FinalizeAsync();
        }
    }

    /// <summary>Checks the tables hold every work item, then computes the per-platform figures and ends the run.</summary>
    private async Task FinalizeAsync()
    {
        state.State.Stage = RunStage.Finalizing;
        state.State.CurrentOperation = "Verifying stored results and computing figures";
        writer.Request();
        try
        {
            var stored = await responseStore.SettledItemsAsync(RunId, CancellationToken.None);
            var storedItems = stored.Select(s => new WorkItem(s.Ordinal, s.Platform, s.Sample)).ToHashSet();
            var expected = BudgetReached ? ledger!.Settled : ledger!.Total;
            if (storedItems.Count < expected)
            {
                throw new InvalidOperationException(
                    $"The tables hold {storedItems.Count} of {expected} work items although all were reported settled.");
            }
            var aggregates = await responseStore.AggregateAsync(RunId, CancellationToken.None);
            var answers = new RunAnswers(Spec, await responseStore.AnalyzedAnswersAsync(RunId, CancellationToken.None));
            if (!IsActiveRun)
            {
                return;
            }
            var figures = answers.Figures(plannedCount: null);
            state.State.Stats = Spec.Platforms
                .Select(p => RunViews.StatsFor(
                    p, state.State.Platforms[p].IsSimulated, aggregates.FirstOrDefault(a => a.Platform == p), figures, Spec.Brand.Name))
                .ToArray();
            var outcome = RunOutcome.Decide(state.State.Stats, BudgetReached, ledger.Total, storedItems.Count, Spec.MaxCostUsd);
            var succeeded = state.State.Stats.Sum(s => s.SuccessfulQueries);
            var failed = state.State.Stats.Sum(s => s.FailedQueries);
            state.State.SpentUsd = outcome.SpentUsd;
            state.State.Skipped = outcome.Skipped;
            state.State.Status = outcome.Status;
            state.State.Stage = outcome.Stage;
            state.State.CurrentOperation = outcome.Operation;
            state.State.LastError = outcome.LastError ?? state.State.LastError;
            savingEnd = true;
            state.State.CompletedAt = time.GetUtcNow();
            state.State.EstimatedCompletion = null;
            logger.LogInformation("Run {Run} ended {Status}: {Succeeded} answered, {Failed} failed", RunId, state.State.Status, succeeded, failed);
            AeoMetrics.RunEnded(state.State.Status.ToWire());
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Run {Run} could not finalize; supervision will try again", RunId);
            state.State.LastError = $"Finalizing failed: {ex.Message}";
            state.State.Stage = RunStage.ProcessingQuestions;
            ledger?.RequeueUnsettled();
            await ReloadSettledAsync();
            finalizing = null;
            writer.Request();
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
            ledger = await ReadLedgerAsync(await questionStore.ListAsync(RunId, CancellationToken.None));
            UpdateTallies();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Run {Run} could not re-read its results", RunId);
        }
    }

    private async Task FailAsync(string reason)
    {
        state.State.Status = RunStatus.Failed;
        state.State.Stage = RunStage.Failed;
        state.State.LastError = reason;
        state.State.CurrentOperation = "Failed";
        state.State.CompletedAt = time.GetUtcNow();
        await EndAsync();
        logger.LogWarning("Run {Run} failed: {Reason}", RunId, reason);
        AeoMetrics.RunEnded(state.State.Status.ToWire());
    }

    private async Task EndAsync()
    {
        supervision?.Dispose();
        supervision = null;
        await writer.FlushAsync();
        await UnregisterWatchdogAsync();
        await ReleaseSlotAsync(Spec.ClientId, state.State.Gated);
    }

    /// <summary>Gives the run's place at the gate back; if the gate cannot be reached, its reconciling frees the slot.</summary>
    private async Task ReleaseSlotAsync(Guid clientId, bool gated)
    {
        if (!gated)
        {
            return;
        }
        try
        {
            await Gate(clientId).ReleaseAsync(RunId);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Run {Run} could not give its slot back; the gate will find it ended", RunId);
        }
    }

    private IClientRunGateGrain Gate(Guid clientId) => GrainFactory.GetGrain<IClientRunGateGrain>(clientId);

    private async Task UnregisterWatchdogAsync()
    {
        var reminder = await this.GetReminder(WatchdogReminder);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private void UpdateTallies()
    {
        if (ledger is null)
        {
            return;
        }
        foreach (var (platform, tally) in state.State.Platforms)
        {
            (tally.Processed, tally.Failed) = ledger.PlatformFigures(platform);
            tally.Total = ledger.Total / Math.Max(1, Spec.Platforms.Length);
        }
        state.State.SpentUsd = ledger.SpentUsd;
        StopAtBudget();
        UpdateEta();
    }

    private bool BudgetReached => state.State.BudgetReachedAt is not null;

    /// <summary>
    /// Once the answers' known costs reach the run's budget, no new question is handed out; questions already begun
    /// finish, so nothing paid for is thrown away. The spent figure comes from the tables whenever the run resumes.
    /// </summary>
    private void StopAtBudget()
    {
        if (ledger is null || !IsActiveRun || Spec.MaxCostUsd is not { } limit || ledger.SpentUsd < limit)
        {
            return;
        }
        if (state.State.BudgetReachedAt is null)
        {
            state.State.BudgetReachedAt = time.GetUtcNow();
            logger.LogInformation("Run {Run} reached its budget of {Limit} USD ({Spent} USD spent); no new questions are handed out",
                RunId, limit, ledger.SpentUsd);
        }
        ledger.StopStartingNew();
        state.State.Skipped = ledger.Skipped;
    }

    /// <summary>Extrapolates from the pace since this activation started processing.</summary>
    private void UpdateEta()
    {
        if (ledger is null)
        {
            return;
        }
        var now = time.GetUtcNow();
        var done = ledger.Settled - etaBase.Settled;
        var elapsed = now - etaBase.At;
        state.State.EstimatedCompletion = done <= 0 || elapsed <= TimeSpan.Zero
            ? null
            : now + elapsed * ((double)(ledger.Total - ledger.Settled) / done);
    }

    private async Task PersistAsync()
    {
        if (state.State.Spec is null)
        {
            // Forgotten by retention: there is nothing left to save.
            return;
        }
        try
        {
            await state.WriteStateAsync();
        }
        catch (InconsistentStateException ex)
        {
            // Another activation of this run wrote since we read: it is the live one, so this one steps aside.
            logger.LogWarning(ex, "Run {Run} lost its state to another activation; deactivating", RunId);
            DeactivateOnIdle();
            return;
        }
        await runs.UpdateAsync(ToProgress(), CancellationToken.None);
    }

    private AuditRunProgress ToProgress() => RunViews.ToProgress(RunId, state.State);

    private AuditRunView View() => RunViews.View(RunId, state.State, savingEnd);

    private IQuestionGrain QuestionGrain(int ordinal) => GrainFactory.GetGrain<IQuestionGrain>(GrainKeys.Question(RunId, ordinal));
}
