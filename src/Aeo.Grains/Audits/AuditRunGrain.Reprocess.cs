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
        var admission = await slot.AdmitAsync(Spec.ClientId);
        if (admission.Refused)
        {
            return new ReprocessOutcome(ReprocessAction.Refused, admission.Refusal.Message, 0);
        }
        var deleted = await ReopenAsync(
            () => Lifecycle.ReopenForReprocess(admission.Gated, admission.Waiting), () => records.DeleteDeadLettersAsync(RunId, deadLetterIds));
        logger.LogInformation(
            "Run {Run} reprocesses {Deleted} dead-lettered work item(s){Queued}", RunId, deleted, admission.Queued ? " once its slot frees" : "");
        if (admission.Queued)
        {
            return new ReprocessOutcome(
                ReprocessAction.Queued, $"{deleted} work item(s) will be asked again once one of the client's run slots frees.", deleted);
        }
        StartPreparing();
        return new ReprocessOutcome(ReprocessAction.Reprocessing, $"{deleted} work item(s) are asked again.", deleted);
    }
}
