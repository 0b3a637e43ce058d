using Aeo.Abstractions.Clients;
using Orleans.Concurrency;

namespace Aeo.Abstractions.Grains;

/// <summary>
/// One client's cap on audit runs at once, cluster-wide (keyed by client id): runs ask it for a slot before they
/// start and give the slot back when they end. Every call is idempotent per run id, so a repeated ask or a repeated
/// "ended" never counts twice.
/// </summary>
[Alias("aeo.IClientRunGateGrain")]
public interface IClientRunGateGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Gives the run a slot, queues it (oldest first) or refuses it, by the configured policy. Asking again for a run
    /// it already holds or queues answers the same without counting it again.
    /// </summary>
    [Alias("admit")]
    Task<GateDecision> AdmitAsync(Guid runId);

    /// <summary>The run ended (or was cancelled while queued): frees its place and starts the oldest queued runs.</summary>
    [Alias("release")]
    Task ReleaseAsync(Guid runId);

    /// <summary>
    /// Frees the slots of runs that <c>audit_runs</c> says have ended (their end was never reported) or that never
    /// stored a row; returns how many slots it freed.
    /// </summary>
    [Alias("reconcile")]
    Task<int> ReconcileAsync();

    [AlwaysInterleave, ReadOnly, Alias("view")]
    Task<GateView> GetViewAsync();
}
