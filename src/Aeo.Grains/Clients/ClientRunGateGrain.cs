using Aeo.Abstractions.Clients;
using Orleans.Storage;

namespace Aeo.Grains.Clients;

/// <summary>
/// The cluster-wide cap on one client's audit runs at once. One activation per client decides every slot, so two
/// silos can never start more than the cap; holders and queue are persisted, so a restart forgets nothing. A run
/// whose end was never reported (its silo died at the wrong moment) is found by reconciling with <c>audit_runs</c>:
/// on a timer, whenever the gate is full, and on request.
/// </summary>
public sealed class ClientRunGateGrain(
    [PersistentState("gate", GrainStorage.Name)] IPersistentState<ClientRunGateState> state,
    AuditRunRepository runs,
    IOptions<AuditOptions> options,
    TimeProvider time,
    ILogger<ClientRunGateGrain> logger) : Grain, IClientRunGateGrain
{
    private List<GateEntry> Active => state.State.Active;
    private List<GateEntry> Queued => state.State.Queued;
    private int Limit => options.Value.MaxConcurrentRunsPerClient;
    private bool HasFreeSlot => Limit == 0 || Active.Count < Limit;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var every = options.Value.RunGateReconcileInterval;
        this.RegisterGrainTimer(ReconcileOnTimerAsync, every, every);
        return Task.CompletedTask;
    }

    public async Task<GateDecision> AdmitAsync(Guid runId)
    {
        if (IndexOf(Active, runId) >= 0)
        {
            return Decision(GateVerdict.Admitted, 0);
        }
        if (IndexOf(Queued, runId) is var waiting and >= 0)
        {
            return Decision(GateVerdict.Queued, waiting + 1);
        }

        if (!HasFreeSlot)
        {
            // Before anyone waits or is turned away, make sure every holder is really still running.
            await ReconcileCoreAsync();
        }
        if (HasFreeSlot && Queued.Count == 0)
        {
            Active.Add(new GateEntry(runId, time.GetUtcNow()));
            await SaveAsync();
            return Decision(GateVerdict.Admitted, 0);
        }
        if (options.Value.ConcurrencyPolicy == RunConcurrencyPolicy.Reject)
        {
            logger.LogInformation("Client {Client} is at its cap of {Limit} runs; run {Run} is refused", this.GetPrimaryKey(), Limit, runId);
            return Decision(GateVerdict.Refused, 0);
        }
        Queued.Add(new GateEntry(runId, time.GetUtcNow()));
        await SaveAsync();
        return Decision(GateVerdict.Queued, Queued.Count);
    }

    public async Task ReleaseAsync(Guid runId)
    {
        var removed = Active.RemoveAll(e => e.RunId == runId) + Queued.RemoveAll(e => e.RunId == runId);
        var promoted = Promote();
        if (removed == 0 && promoted.Count == 0)
        {
            return;
        }
        await SaveAsync();
        Begin(promoted);
    }

    public Task<int> ReconcileAsync() => ReconcileCoreAsync();

    public Task<GateView> GetViewAsync() =>
        Task.FromResult(new GateView(Active.Select(e => e.RunId).ToArray(), Queued.Select(e => e.RunId).ToArray(), Limit));

    private async Task ReconcileOnTimerAsync(CancellationToken cancellationToken)
    {
        if (Active.Count == 0 && Queued.Count == 0)
        {
            return;
        }
        try
        {
            await ReconcileCoreAsync();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "The run gate of client {Client} could not reconcile; the next tick tries again", this.GetPrimaryKey());
        }
    }

    /// <summary>Drops holders whose row says they ended, or that never stored a row within the grace period; promotes.</summary>
    private async Task<int> ReconcileCoreAsync()
    {
        var graceStart = time.GetUtcNow() - options.Value.RunGateReconcileInterval;
        var gone = new List<GateEntry>();
        foreach (var entry in Active.ToArray())
        {
            var row = await runs.GetAsync(entry.RunId, CancellationToken.None);
            var ended = row is not null && row.Status.IsTerminal();
            if (ended || (row is null && entry.Since < graceStart))
            {
                gone.Add(entry);
            }
        }
        foreach (var entry in gone)
        {
            Active.Remove(entry);
            logger.LogWarning("The run gate of client {Client} frees the slot of run {Run}, which ended without saying so", this.GetPrimaryKey(), entry.RunId);
        }
        var promoted = Promote();
        if (gone.Count > 0 || promoted.Count > 0)
        {
            await SaveAsync();
            Begin(promoted);
        }
        return gone.Count;
    }

    /// <summary>Moves the oldest queued runs into free slots; the caller saves, then tells them.</summary>
    private List<Guid> Promote()
    {
        var promoted = new List<Guid>();
        while (HasFreeSlot && Queued.Count > 0)
        {
            var next = Queued[0];
            Queued.RemoveAt(0);
            Active.Add(next with { Since = time.GetUtcNow() });
            promoted.Add(next.RunId);
        }
        return promoted;
    }

    /// <summary>
    /// Tells promoted runs to start, without waiting: a run may be inside its own start, asking this gate. A lost call
    /// is made good by the run's watchdog, which asks the gate again while the run is queued.
    /// </summary>
    private void Begin(List<Guid> promoted)
    {
        foreach (var runId in promoted)
        {
            GrainFactory.GetGrain<IAuditRunGrain>(runId).BeginAsync().Ignore();
        }
    }

    private async Task SaveAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch (InconsistentStateException)
        {
            // Another activation of this gate wrote since we read (a membership change): it decides from now on.
            DeactivateOnIdle();
            throw;
        }
    }

    private GateDecision Decision(GateVerdict verdict, int position) => new(verdict, Active.Count, Limit, position);

    private static int IndexOf(List<GateEntry> entries, Guid runId) => entries.FindIndex(e => e.RunId == runId);
}
