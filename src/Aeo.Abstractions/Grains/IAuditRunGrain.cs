using Aeo.Abstractions.Audits;
using Orleans.Concurrency;

namespace Aeo.Abstractions.Grains;

/// <summary>Orchestrates one audit run (keyed by run id).</summary>
[Alias("aeo.IAuditRunGrain")]
public interface IAuditRunGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Starts the run, or accepts it queued (status pending, stage queued) when its client already runs as many as
    /// allowed; under the reject policy it throws instead and stores nothing. Calling it again with the same run id
    /// returns the run as it is.
    /// </summary>
    [Alias("start")]
    Task<AuditRunView> StartAsync(AuditSpec spec);

    [AlwaysInterleave, ReadOnly, Alias("status")]
    Task<AuditRunView?> GetStatusAsync();

    /// <summary>Stops dispatch and ends the run cancelled; a no-op on a run already cancelled.</summary>
    [Alias("cancel")]
    Task<AuditRunView?> CancelAsync();

    /// <summary>
    /// The client's run gate hands a queued run its slot: the run leaves the queue and starts. A no-op on a run that
    /// already started; a run that already ended gives the slot straight back.
    /// </summary>
    [Alias("begin")]
    Task BeginAsync();

    /// <summary>Question grains report settled work items here; duplicates are ignored.</summary>
    [Alias("report")]
    Task ReportAsync(WorkItemOutcome[] outcomes);

    /// <summary>
    /// Takes a run that ended failed or partially completed back to processing: its dead letters of recoverable
    /// classes are deleted and what the tables then lack is asked again. Counts one retry; refused (skipped) once
    /// <paramref name="maxRetries"/> are used, or when the run is unknown or did not end that way.
    /// </summary>
    [Alias("retry")]
    Task<RunRecoveryOutcome> RetryAsync(int maxRetries);

    /// <summary>
    /// For a run that made no progress for too long: re-reads the tables and hands out what they lack, counting one
    /// retry; once <paramref name="maxRetries"/> are used it ends the run failed with the reason instead.
    /// </summary>
    [Alias("resume-stalled")]
    Task<RunRecoveryOutcome> ResumeStalledAsync(int maxRetries, TimeSpan stalledFor);

    /// <summary>
    /// Takes an ended run back to processing for the named dead letters: they are deleted and what the tables then lack
    /// is asked again, after which the run finalizes again. The run first takes a place at its client's run gate (it may
    /// wait queued). Nothing changes when the run has not ended, has spent its budget, or is refused by the gate; a repeat
    /// finds the letters gone and only finalizes again. Does not count as a recovery retry.
    /// </summary>
    [Alias("reprocess")]
    Task<ReprocessOutcome> ReprocessAsync(Guid[] deadLetterIds);

    /// <summary>Deletes the grain state of an ended run (retention); false, and nothing changes, if it has not ended.</summary>
    [Alias("forget")]
    Task<bool> ForgetAsync();
}
