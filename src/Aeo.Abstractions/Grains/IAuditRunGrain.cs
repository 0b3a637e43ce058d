using Aeo.Abstractions.Audits;
using Orleans.Concurrency;

namespace Aeo.Abstractions.Grains;

/// <summary>Orchestrates one audit run (keyed by run id).</summary>
[Alias("aeo.IAuditRunGrain")]
public interface IAuditRunGrain : IGrainWithGuidKey
{
    /// <summary>Starts the run; calling it again with the same run id returns the run as it is.</summary>
    [Alias("start")]
    Task<AuditRunView> StartAsync(AuditSpec spec);

    [AlwaysInterleave, ReadOnly, Alias("status")]
    Task<AuditRunView?> GetStatusAsync();

    /// <summary>Stops dispatch and ends the run cancelled; a no-op on a run already cancelled.</summary>
    [Alias("cancel")]
    Task<AuditRunView?> CancelAsync();

    /// <summary>Question grains report settled work items here; duplicates are ignored.</summary>
    [Alias("report")]
    Task ReportAsync(WorkItemOutcome[] outcomes);
}
