using Aeo.Abstractions.Clients;

namespace Aeo.Grains.Audits;

/// <summary>
/// A run's side of its client's run gate: asking for a slot before it starts (or starts again) and giving its place
/// back when it ends. With no cap configured (<paramref name="limit"/> 0) a new run asks nothing and holds nothing.
/// </summary>
internal sealed class RunSlot(IGrainFactory grains, Guid runId, int limit, ILogger logger)
{
    /// <summary>Asks the client's gate for a slot; admits at once when runs are not capped.</summary>
    public async Task<Admission> AdmitAsync(Guid clientId) => limit > 0 ? await AskAgainAsync(clientId) : Admission.Uncapped;

    /// <summary>Asks the gate whatever the cap is now: for a run that took its place in line earlier.</summary>
    public async Task<Admission> AskAgainAsync(Guid clientId) => new(await Gate(clientId).AdmitAsync(runId));

    /// <summary>Gives the run's place back; if the gate cannot be reached, its reconciling frees the slot.</summary>
    /// <param name="gated">Whether the run took a place at the gate at all.</param>
    public async Task ReleaseAsync(Guid clientId, bool gated)
    {
        if (!gated)
        {
            return;
        }
        try
        {
            await Gate(clientId).ReleaseAsync(runId);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Run {Run} could not give its slot back; the gate will find it ended", runId);
        }
    }

    private IClientRunGateGrain Gate(Guid clientId) => grains.GetGrain<IClientRunGateGrain>(clientId);
}

/// <summary>What the client's run gate said to a run asking for a slot; no decision at all when runs are not capped.</summary>
internal readonly record struct Admission(GateDecision? Decision)
{
    public static Admission Uncapped => default;

    /// <summary>Whether the run took a place at the gate, and so must give it back when it ends.</summary>
    public bool Gated => Decision is not null;

    public bool Refused => Decision is { Verdict: GateVerdict.Refused };

    public bool Queued => Decision is { Verdict: GateVerdict.Queued };

    /// <summary>The operation a queued run shows, its place in line; null unless queued.</summary>
    public string? Waiting => Decision is { Verdict: GateVerdict.Queued } queued
        ? $"Queued: number {queued.QueuePosition} in line for one of the client's {queued.Limit} run slot(s)"
        : null;

    /// <summary>Why a refused run may not run; only for a refusal.</summary>
    public RunLimitReachedException Refusal => new(Decision!.ActiveRuns, Decision.Limit);
}
