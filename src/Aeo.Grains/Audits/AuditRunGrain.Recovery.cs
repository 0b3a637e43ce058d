using Aeo.Abstractions.Audits;
using Aeo.Grains.Maintenance;
using Microsoft.Extensions.Logging;

namespace Aeo.Grains.Audits;

/// <summary>What recovery and retention ask of a run: retry an ended run, resume a stalled one, forget an old one.</summary>
public sealed partial class AuditRunGrain
{
    public async Task<RunRecoveryOutcome> RetryAsync(int maxRetries)
    {
        var s = state.State;
        if (s.Spec is null)
        {
            return Skipped("There is no such run.");
        }
        if (s.Status is not (RunStatus.Failed or RunStatus.PartiallyCompleted))
        {
            return Skipped($"The run is {s.Status.ToWire()}; only failed or partially completed runs are retried.");
        }
        if (s.RetryCount >= maxRetries)
        {
            return Skipped($"Its retries are used up ({s.RetryCount} of at most {maxRetries}).");
        }

        // Armed first: on an ended run the watchdog only unregisters itself, and once the run is active again it must be there.
        await this.RegisterOrUpdateReminder(WatchdogReminder, Settings.WatchdogPeriod, Settings.WatchdogPeriod);
        s.RetryCount++;
        s.Status = RunStatus.Running;
        s.Stage = RunStage.ProcessingQuestions;
        s.CompletedAt = null;
        s.EstimatedCompletion = null;
        s.LastError = null;
        s.CurrentOperation = $"Retry {s.RetryCount}: asking the failed work items again";
        ledger = null;
        finalizing = null;
        try
        {
            await writer.FlushAsync();
            var cleared = await deadLetterStore.DeleteAsync(RunId, RecoverableErrors.Classes.ToArray(), CancellationToken.None);
            logger.LogInformation("Run {Run} retries {Cleared} failed work item(s) (retry {Retry})", RunId, cleared, s.RetryCount);
        }
        catch
        {
            // What was saved is the truth: a fresh activation resumes from it (or stays ended if nothing was saved).
            DeactivateOnIdle();
            throw;
        }
        StartPreparing();
        return new RunRecoveryOutcome(RunRecoveryAction.Retried, $"Retry {s.RetryCount}: the failed work items are asked again.", s.RetryCount);
    }

    public async Task<RunRecoveryOutcome> ResumeStalledAsync(int maxRetries, TimeSpan stalledFor)
    {
        var s = state.State;
        if (s.Spec is null)
        {
            return Skipped("There is no such run.");
        }
        if (s.Status.IsTerminal())
        {
            return Skipped($"The run has ended {s.Status.ToWire()}.");
        }
        if (finalizing is not null)
        {
            return Skipped("The run is finalizing.");
        }
        if (s.RetryCount >= maxRetries)
        {
            StopQuestions();
            await FailAsync($"No progress for {stalledFor}; gave up after {s.RetryCount} recovery attempt(s).");
            return new RunRecoveryOutcome(RunRecoveryAction.Failed, s.LastError!, s.RetryCount);
        }

        await this.RegisterOrUpdateReminder(WatchdogReminder, Settings.WatchdogPeriod, Settings.WatchdogPeriod);
        s.RetryCount++;
        // Forget what this activation believes is in flight: the tables say what is settled, and question grains still
        // alive ignore items they already hold.
        supervision?.Dispose();
        supervision = null;
        ledger = null;
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
        if (state.State.Spec is null)
        {
            return true;
        }
        if (!state.State.Status.IsTerminal())
        {
            return false;
        }
        // No write of ours may overlap the clear; none is needed either, since the run's end was saved when it ended.
        await writer.IdleAsync();
        await state.ClearStateAsync();
        ledger = null;
        DeactivateOnIdle();
        return true;
    }

    /// <summary>Stops handing out questions and tells those in flight to stop.</summary>
    private void StopQuestions()
    {
        if (ledger is null)
        {
            return;
        }
        ledger.StopDispatch();
        foreach (var ordinal in ledger.InFlightQuestions)
        {
            QuestionGrain(ordinal).CancelAsync().Ignore();
        }
    }

    private RunRecoveryOutcome Skipped(string reason) => new(RunRecoveryAction.Skipped, reason, state.State.RetryCount);
}
