using Aeo.Abstractions.Audits;
using Aeo.Grains.Clients;
using Microsoft.Extensions.Logging;

namespace Aeo.Grains.Audits;

/// <summary>Reprocessing chosen dead letters: the ended run asks those work items again and finalizes anew.</summary>
public sealed partial class AuditRunGrain
{
    public async Task<ReprocessOutcome> ReprocessAsync(Guid[] deadLetterIds)
    {
        if (ReprocessRule.Check(state.State.Spec is null ? null : View()) is { } refusal)
        {
            return new ReprocessOutcome(refusal.Action, refusal.Reason, 0);
        }

        // The run needs a place at its client's gate like any running audit; nothing is changed if it is refused.
        var gate = Settings.MaxConcurrentRunsPerClient > 0 ? await Gate(Spec.ClientId).AdmitAsync(RunId) : null;
        if (gate is { Verdict: GateVerdict.Refused })
        {
            return new ReprocessOutcome(ReprocessAction.Refused, new RunLimitReachedException(gate.ActiveRuns, gate.Limit).Message, 0);
        }
        var queued = gate is { Verdict: GateVerdict.Queued };

        // Armed first: on an ended run the watchdog only unregisters itself, and once the run is active again it must be there.
        await this.RegisterOrUpdateReminder(WatchdogReminder, Settings.WatchdogPeriod, Settings.WatchdogPeriod);
        var s = state.State;
        s.Gated = gate is not null;
        s.Status = queued ? RunStatus.Pending : RunStatus.Running;
        s.Stage = queued ? RunStage.Queued : RunStage.ProcessingQuestions;
        s.CompletedAt = null;
        s.EstimatedCompletion = null;
        s.LastError = null;
        s.CurrentOperation = queued ? QueuedOperation(gate!) : "Reprocessing: asking dead-lettered work items again";
        ledger = null;
        finalizing = null;
        int deleted;
        try
        {
            await writer.FlushAsync();
            deleted = await deadLetterStore.DeleteAsync(RunId, deadLetterIds, CancellationToken.None);
        }
        catch
        {
            // What was saved is the truth: a fresh activation resumes from it and finalizes again from the tables.
            DeactivateOnIdle();
            throw;
        }
        logger.LogInformation("Run {Run} reprocesses {Deleted} dead-lettered work item(s){Queued}", RunId, deleted, queued ? " once its slot frees" : "");
        if (!queued)
        {
            StartPreparing();
        }
        return queued
            ? new ReprocessOutcome(ReprocessAction.Queued, $"{deleted} work item(s) will be asked again once one of the client's run slots frees.", deleted)
            : new ReprocessOutcome(ReprocessAction.Reprocessing, $"{deleted} work item(s) are asked again.", deleted);
    }
}
