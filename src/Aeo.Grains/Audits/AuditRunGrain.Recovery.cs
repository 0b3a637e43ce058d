namespace Aeo.Grains.Audits;

/// <summary>What recovery and retention ask of a run: retry an ended run, resume a stalled one, forget an old one.</summary>
public sealed partial class AuditRunGrain
{
    public async Task<RunRecoveryOutcome> RetryAsync(int maxRetries)
    {
        if (Lifecycle.Refusal(RunTransition.ReopenForRetry) is { } refusal)
        {
            return Skipped(refusal);
        }
        if (state.State.RetryCount >= maxRetries)
        {
            return Skipped($"Its retries are used up ({state.State.RetryCount} of at most {maxRetries}).");
        }
        var cleared = await ReopenAsync(() => Lifecycle.ReopenForRetry(), () => records.DeleteRecoverableDeadLettersAsync(RunId));
        var retry = state.State.RetryCount;
        logger.LogInformation("Run {Run} retries {Cleared} failed work item(s) (retry {Retry})", RunId, cleared, retry);
        StartPreparing();
        return new RunRecoveryOutcome(RunRecoveryAction.Retried, $"Retry {retry}: the failed work items are asked again.", retry);
    }

    public async Task<RunRecoveryOutcome> ResumeStalledAsync(int maxRetries, TimeSpan stalledFor)
    {
        var s = state.State;
        if (Lifecycle.Refusal(RunTransition.ResumeFromTables) is { } refusal)
        {
            return Skipped(refusal);
        }
        if (finalizing is not null)
        {
            return Skipped("The run is finalizing.");
        }
        if (s.RetryCount >= maxRetries)
        {
            work.Stop();
            await FailAsync($"No progress for {stalledFor}; gave up after {s.RetryCount} recovery attempt(s).");
            return new RunRecoveryOutcome(RunRecoveryAction.Failed, s.LastError!, s.RetryCount);
        }

        await watchdog.ArmAsync();
        Lifecycle.ResumeFromTables();
        // Forget what this activation believes is in flight: the tables say what is settled, and question grains still
        // alive ignore items they already hold.
        supervision?.Dispose();
        supervision = null;
        work.Forget();
        if (preparing is null || preparing.IsCompleted)
        {
            StartPreparing();
        }
        writer.Request();
        logger.LogInformation("Run {Run} made no progress for {Stalled}; resumed from the tables (retry {Retry})", RunId, stalledFor, s.RetryCount);
        return new RunRecoveryOutcome(
            RunRecoveryAction.Resumed, $"No progress for {stalledFor}: resumed from the tables (retry {s.RetryCount}).", s.RetryCount);
    }

    public async Task<bool> ForgetAsync()
    {
        if (Lifecycle.Phase == RunPhase.New)
        {
            return true;
        }
        if (Lifecycle.IsActive)
        {
            return false;
        }
        // No write of ours may overlap the clear; none is needed either, since the run's end was saved when it ended.
        await writer.IdleAsync();
        await state.ClearStateAsync();
        work.Forget();
        DeactivateOnIdle();
        return true;
    }

    /// <summary>
    /// Takes an ended run back to work: the watchdog is armed first (on an ended run it only unregisters itself, and
    /// once the run is active again it must be there), <paramref name="reopen"/> changes the state, and the state is
    /// saved before <paramref name="deleteLetters"/> deletes the dead letters to ask again.
    /// </summary>
    /// <returns>How many dead letters were deleted.</returns>
    private async Task<int> ReopenAsync(Action reopen, Func<Task<int>> deleteLetters)
    {
        await watchdog.ArmAsync();
        reopen();
        work.Forget();
        finalizing = null;
        try
        {
            await writer.FlushAsync();
            return await deleteLetters();
        }
        catch
        {
            // What was saved is the truth: a fresh activation resumes from it and finalizes again from the tables (or
            // stays ended if nothing was saved).
            DeactivateOnIdle();
            throw;
        }
    }

    private RunRecoveryOutcome Skipped(string reason) => new(RunRecoveryAction.Skipped, reason, state.State.RetryCount);
}
