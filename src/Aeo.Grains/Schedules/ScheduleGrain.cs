using System.Globalization;
using Aeo.Abstractions.Schedules;
using Aeo.Grains.Webhooks;

namespace Aeo.Grains.Schedules;

/// <summary>
/// One recurring audit. Its <c>schedules</c> row is its state, read afresh by every call, so a second activation (during
/// a membership change) never acts on a stale copy. A reminder ticks while the schedule is active; each tick starts
/// the occurrences that fell due, each claimed once in <c>schedule_executions</c> and started under a run id derived
/// from (schedule, occurrence): a repeated tick, a tick racing another activation, or a retry after a crash between
/// the claim and the start all end with one run per occurrence.
/// </summary>
public sealed class ScheduleGrain(
    ScheduleRepository schedules,
    IAuditStarter starter,
    IOptions<ScheduleOptions> options,
    IOptions<ReminderOptions> reminderOptions,
    TimeProvider time,
    ILogger<ScheduleGrain> logger) : Grain, IScheduleGrain, IRemindable
{
    private const string TickReminder = "tick";
    private const string Scheduled = "scheduled";
    private const string Manual = "manual";

    private Guid Id => this.GetPrimaryKey();

    /// <summary>Now, at PostgreSQL's microsecond precision, so what a call returns is what a later read gives.</summary>
    private DateTimeOffset Now
    {
        get
        {
            var now = time.GetUtcNow();
            return now.AddTicks(-(now.UtcTicks % (TimeSpan.TicksPerMillisecond / 1000)));
        }
    }

    /// <summary>How often an active schedule looks for due occurrences; never below what the silo's reminders allow.</summary>
    private TimeSpan TickPeriod =>
        options.Value.MinimumInterval > reminderOptions.Value.MinimumReminderPeriod
            ? options.Value.MinimumInterval
            : reminderOptions.Value.MinimumReminderPeriod;

    public async Task<Schedule> CreateAsync(Guid clientId, ScheduleDefinition definition)
    {
        if (await schedules.GetAsync(Id, CancellationToken.None) is { } existing)
        {
            return existing;
        }
        var now = Now;
        var schedule = new Schedule(
            Id, clientId, definition, ScheduleStatus.Active, null, 0, 0, ScheduleClock.Start(definition, now), null, now, now);
        if (!await schedules.InsertAsync(schedule, CancellationToken.None))
        {
            return (await schedules.GetAsync(Id, CancellationToken.None))!;
        }
        await ArmAsync(schedule);
        logger.LogInformation("Schedule {Schedule} created; next run at {Next}", Id, schedule.NextRunAt);
        return schedule;
    }

    public Task<Schedule?> UpdateAsync(ScheduleDefinition definition) =>
        ChangeAsync(current => current with
        {
            Definition = definition,
            NextRunAt = current.Status == ScheduleStatus.Active ? ScheduleClock.Start(definition, Now) : null,
        });

    public Task<Schedule?> PauseAsync() =>
        ChangeAsync(current => current with { Status = ScheduleStatus.Paused, PausedReason = "Paused on request.", NextRunAt = null });

    public Task<Schedule?> ResumeAsync() =>
        ChangeAsync(current => current with
        {
            Status = ScheduleStatus.Active,
            PausedReason = null,
            FailureCount = 0,
            NextRunAt = ScheduleClock.FirstAfter(current.Definition, Now),
        });

    public async Task<ScheduleExecution?> TriggerAsync()
    {
        if (await schedules.GetAsync(Id, CancellationToken.None) is not { } current)
        {
            return null;
        }
        var (updated, execution) = await StartOccurrenceAsync(current, ScheduleClock.WholeSeconds(Now), Manual);
        await SaveAsync(updated);
        return execution;
    }

    public async Task<bool> DeleteAsync()
    {
        await UnregisterAsync();
        return await schedules.DeleteAsync(Id, CancellationToken.None);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != TickReminder)
        {
            return;
        }
        if (await schedules.GetAsync(Id, CancellationToken.None) is not { Status: ScheduleStatus.Active } current)
        {
            // Deleted or paused while this tick was on its way.
            await UnregisterAsync();
            return;
        }

        var definition = current.Definition;
        var keep = definition.MissedPolicy == MissedRunPolicy.CatchUp ? options.Value.MaxCatchUp : 1;
        var (due, dropped, following) = ScheduleClock.Due(definition, current.NextRunAt, Now, keep);
        if (dropped > 0)
        {
            logger.LogWarning("Schedule {Schedule} skips {Dropped} missed occurrence(s) ({Policy})", Id, dropped, definition.MissedPolicy.ToWire());
        }
        if (due.Count == 0)
        {
            if (current.NextRunAt is null)
            {
                await UnregisterAsync();
            }
            return;
        }

        var schedule = current with { NextRunAt = following };
        foreach (var occurrence in due)
        {
            (schedule, _) = await StartOccurrenceAsync(schedule, occurrence, Scheduled);
            if (schedule.Status == ScheduleStatus.Paused)
            {
                break;
            }
        }
        await SaveAsync(schedule);
        if (schedule.Status == ScheduleStatus.Paused || schedule.NextRunAt is null)
        {
            await UnregisterAsync();
        }
    }

    /// <summary>Reads the row, applies the change, stores it and re-arms the reminder to match, all before returning.</summary>
    private async Task<Schedule?> ChangeAsync(Func<Schedule, Schedule> change)
    {
        if (await schedules.GetAsync(Id, CancellationToken.None) is not { } current)
        {
            return null;
        }
        var updated = await SaveAsync(change(current));
        await ArmAsync(updated);
        return updated;
    }

    /// <summary>
    /// Claims the occurrence and, unless an earlier tick or another activation settled it already, starts its run
    /// and counts the outcome; a failure to start counts toward the schedule's limit, which pauses it.
    /// </summary>
    private async Task<(Schedule Schedule, ScheduleExecution Execution)> StartOccurrenceAsync(
        Schedule schedule, DateTimeOffset occurrence, string trigger)
    {
        var now = Now;
        var execution = await schedules.ClaimAsync(Id, occurrence, trigger, now, CancellationToken.None);
        if (execution.Status != "pending")
        {
            return (schedule, execution);
        }

        var runId = AuditRunIds.For(Id, occurrence.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        string? error = null;
        try
        {
            await starter.StartAsync(runId, schedule.ClientId, schedule.Definition.Template);
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException or Npgsql.NpgsqlException { IsTransient: true })
        {
            // The cluster or the database could not answer (a silo dying or stopping): the start may or may not have
            // happened. Leave the claim pending, so the next tick (here or on a surviving silo) starts the same
            // occurrence again with the same run id, which is idempotent; it is not the schedule's failure.
            logger.LogWarning(ex, "Schedule {Schedule} could not reach the cluster to start {Occurrence}; the next tick retries", Id, occurrence);
            throw;
        }
        catch (Exception ex)
        {
            error = ex.Message;
            logger.LogWarning(ex, "Schedule {Schedule} could not start the run for {Occurrence}", Id, occurrence);
        }

        if (!await schedules.SettleAsync(execution.Id, error is null ? runId : null, error, CancellationToken.None))
        {
            return (schedule, await schedules.GetExecutionAsync(execution.Id, CancellationToken.None) ?? execution);
        }
        execution = execution with { Status = error is null ? "started" : "failed", AuditRunId = error is null ? runId : null, Error = error };
        if (error is null)
        {
            return (schedule with { RunCount = schedule.RunCount + 1, FailureCount = 0, LastRunAt = now }, execution);
        }

        var failures = schedule.FailureCount + 1;
        if (failures < schedule.Definition.MaxFailures)
        {
            return (schedule with { FailureCount = failures }, execution);
        }
        logger.LogWarning("Schedule {Schedule} pauses itself after {Failures} consecutive failures", Id, failures);
        return (schedule with
        {
            FailureCount = failures,
            Status = ScheduleStatus.Paused,
            PausedReason = $"Paused after {failures} consecutive failures to start a run; the last: {error}",
            NextRunAt = null,
        }, execution);
    }

    private async Task<Schedule> SaveAsync(Schedule schedule)
    {
        var stamped = schedule with { UpdatedAt = Now };
        if (await schedules.UpdateAsync(stamped, CancellationToken.None))
        {
            // The pause wrote a schedule.paused webhook event: have it sent now rather than at the next poll.
            await GrainFactory.GetGrain<IWebhookDispatcherGrain>(WebhookDispatcherGrain.Key).PokeAsync();
        }
        return stamped;
    }

    private async Task ArmAsync(Schedule schedule)
    {
        if (schedule is not { Status: ScheduleStatus.Active, NextRunAt: { } next })
        {
            await UnregisterAsync();
            return;
        }
        var dueIn = next - Now;
        await this.RegisterOrUpdateReminder(TickReminder, dueIn > TimeSpan.Zero ? dueIn : TimeSpan.Zero, TickPeriod);
    }

    private async Task UnregisterAsync()
    {
        if (await this.GetReminder(TickReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
