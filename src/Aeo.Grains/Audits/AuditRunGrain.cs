using Orleans.Storage;

namespace Aeo.Grains.Audits;

/// <summary>
/// Orchestrates one audit run: generates its questions, keeps a bounded number of them in flight on
/// <see cref="IQuestionGrain"/>s, tallies what they report, and finalizes from what the tables hold. Progress
/// lives in grain state, written coalesced; a watchdog reminder brings the run back if its silo dies, and the
/// resumed run re-dispatches only the work items the tables do not hold yet. Every change of status and stage is a
/// <see cref="RunLifecycle"/> transition; the tables are <see cref="RunRecords"/>' and the end <see cref="RunFinalizer"/>'s.
/// </summary>
public sealed partial class AuditRunGrain(
    [PersistentState("run", GrainStorage.Name)] IPersistentState<AuditRunState> state,
    RunRecords records,
    RunFinalizer finalizer,
    IAnswerEngineRegistry engines,
    IOptions<AuditOptions> options,
    IClusterMembershipService membership,
    AeoMetrics metrics,
    TimeProvider time,
    ILogger<AuditRunGrain> logger) : Grain, IAuditRunGrain, IRemindable, IRunLogScoped
{
    private readonly GaugeMark activeRun = metrics.ActiveRun();
    private CoalescingWriter writer = null!;
    private RunSlot slot = null!;
    private RunWatchdog watchdog = null!;
    private RunWork work = null!;
    private Task? preparing;
    private Task? finalizing;
    private IGrainTimer? supervision;
    private IGrainTimer? prepareRetry;

    // While the final state is being saved, the view still says finalizing (see RunViews.View).
    private bool savingEnd;

    /// <summary>How soon a run that could not prepare (the database away) tries again.</summary>
    private static readonly TimeSpan PrepareRetryDelay = TimeSpan.FromSeconds(3);

    private AuditOptions Settings => options.Value;
    private Guid RunId => this.GetPrimaryKey();
    private AuditSpec Spec => state.State.Spec!;
    private RunLifecycle Lifecycle => new(RunId, state.State);
    private bool BudgetReached => state.State.BudgetReachedAt is not null;

    public RunLogScope LogScope => field ??= new RunLogScope(() => RunId, () => state.State.Spec?.ClientId, () => state.State.TraceContext);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        writer = new CoalescingWriter(PersistAsync, Settings.ProgressWriteInterval, time, logger);
        slot = new RunSlot(GrainFactory, RunId, Settings.MaxConcurrentRunsPerClient, logger);
        watchdog = new RunWatchdog(this, Settings.WatchdogPeriod);
        var dispatcher = new RunDispatcher(GrainFactory, membership, RunId, () => state.State.TraceContext, logger);
        work = new RunWork(RunId, () => Lifecycle, records, dispatcher, Settings, metrics, time, logger);
        activeRun.Set(Lifecycle.IsActive);
        if (Lifecycle.IsActive && Lifecycle.Phase != RunPhase.Queued)
        {
            logger.LogInformation("Run {Run} resumes at stage {Stage}", RunId, state.State.Stage);
            StartPreparing();
        }
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        activeRun.Set(false);
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
        if (Lifecycle.IsActive && reason.ReasonCode == DeactivationReasonCode.ShuttingDown)
        {
            // Our silo is stopping: a call to ourselves waits for this deactivation and then activates the run on a
            // silo that stays, which resumes it now instead of at the next watchdog tick (the fallback if this is lost).
            GrainFactory.GetGrain<IAuditRunGrain>(RunId).GetStatusAsync().Ignore();
        }
    }

    public async Task<AuditRunView> StartAsync(AuditSpec spec)
    {
        if (!Lifecycle.Allows(RunTransition.Accept))
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
        var admission = await slot.AdmitAsync(spec.ClientId);
        if (admission.Refused)
        {
            throw admission.Refusal;
        }
        var now = time.GetUtcNow();
        state.State.TraceContext = RunSpans.CurrentContext();
        if (admission.Waiting is { } waiting)
        {
            Lifecycle.Queue(spec, IsSimulated, waiting, now);
        }
        else
        {
            Lifecycle.Accept(spec, IsSimulated, admission.Gated, now);
        }
        try
        {
            await records.InsertAsync(RunId, spec, now);
        }
        catch
        {
            state.State = new AuditRunState();
            await slot.ReleaseAsync(spec.ClientId, admission.Gated);
            throw;
        }
        metrics.RunStarted();
        await writer.FlushAsync();
        await watchdog.ArmAsync();
        if (!admission.Queued)
        {
            StartPreparing();
        }
        return View();
    }

    public async Task BeginAsync()
    {
        switch (Lifecycle.Phase)
        {
            case RunPhase.Ended:
                // It ended while the gate was not listening: the slot it was just given goes straight back.
                await slot.ReleaseAsync(Spec.ClientId, state.State.Gated);
                break;
            case RunPhase.Queued:
                logger.LogInformation("Run {Run} leaves the queue and starts", RunId);
                Lifecycle.Begin(time.GetUtcNow());
                writer.Request();
                StartPreparing();
                break;
        }
    }

    public Task<AuditRunView?> GetStatusAsync() => Task.FromResult(state.State.Spec is null ? null : View());

    public async Task<AuditRunView?> CancelAsync()
    {
        if (Lifecycle.Phase == RunPhase.New)
        {
            return null;
        }
        if (!Lifecycle.Allows(RunTransition.Cancel))
        {
            return View();
        }
        Lifecycle.Cancel(time.GetUtcNow());
        work.Stop();
        await EndAsync();
        logger.LogInformation("Run {Run} cancelled", RunId);
        return View();
    }

    public Task ReportAsync(WorkItemOutcome[] outcomes)
    {
        if (work.Report(outcomes))
        {
            Advance();
        }
        return Task.CompletedTask;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != RunWatchdog.Name)
        {
            return;
        }
        if (!Lifecycle.IsActive)
        {
            if (Lifecycle.Phase == RunPhase.Ended)
            {
                // The silo may have died between saving the ended state and the row: the row learns the end before
                // the watchdog, the only thing left to bring this run back, goes away.
                await records.SaveAsync(RunId, state.State);
            }
            await watchdog.DisarmAsync();
        }
        else if (Lifecycle.Phase == RunPhase.Queued)
        {
            await AskGateAgainAsync();
        }
        else if (work.Ledger is null && (preparing is null || preparing.IsCompleted))
        {
            StartPreparing();
        }
    }

    /// <summary>
    /// Preparing (and the dispatching it leads to) is the run's own work: a span under the run's trace, with the run's
    /// log scope, whichever call or timer set it going.
    /// </summary>
    private void StartPreparing()
    {
        using (logger.BeginScope(LogScope))
        {
            preparing = RunSpans.Start("run prepare", state.State.TraceContext, RunId, state.State.Spec?.ClientId, PrepareAsync);
        }
    }

    /// <summary>A queued run whose turn came while the gate's call to it was lost starts from here.</summary>
    private async Task AskGateAgainAsync()
    {
        var admission = await slot.AskAgainAsync(Spec.ClientId);
        if (admission.Refused)
        {
            // The policy became reject while it waited.
            await FailAsync(admission.Refusal.Message);
        }
        else if (admission.Waiting is { } waiting)
        {
            if (Lifecycle.WaitInQueue(waiting))
            {
                writer.Request();
            }
        }
        else
        {
            await BeginAsync();
        }
    }

    private async Task FailAsync(string reason)
    {
        Lifecycle.Fail(reason, time.GetUtcNow());
        await EndAsync();
        logger.LogWarning("Run {Run} failed: {Reason}", RunId, reason);
    }

    /// <summary>What every end does once the state says ended: save it, drop the watchdog, give the slot back.</summary>
    private async Task EndAsync()
    {
        metrics.RunEnded(state.State.Status.ToWire());
        supervision?.Dispose();
        supervision = null;
        await writer.FlushAsync();
        await watchdog.DisarmAsync();
        await slot.ReleaseAsync(Spec.ClientId, state.State.Gated);
    }

    private async Task PersistAsync()
    {
        // The writer's timer calls this outside any grain call, so the run's log scope is opened here too.
        using var scope = logger.BeginScope(LogScope);
        if (state.State.Spec is null)
        {
            // Forgotten by retention: there is nothing left to save.
            return;
        }
        // Every change of a run's life is followed by a write, so this is where the gauge follows it.
        activeRun.Set(Lifecycle.IsActive);
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
        await records.SaveAsync(RunId, state.State);
    }

    private bool IsSimulated(string platform) => engines.Describe(platform).IsSimulated;

    private AuditRunView View() => RunViews.View(RunId, state.State, savingEnd);
}
