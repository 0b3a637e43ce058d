using Aeo.Abstractions.Schedules;

namespace Aeo.Abstractions.Grains;

/// <summary>
/// One recurring audit (keyed by schedule id). A reminder drives it; every occurrence is claimed once in
/// <c>schedule_executions</c> and starts its run under an id derived from the occurrence, so no occurrence starts
/// two runs however often a tick repeats. The <c>schedules</c> row is its state.
/// </summary>
[Alias("aeo.IScheduleGrain")]
public interface IScheduleGrain : IGrainWithGuidKey
{
    /// <summary>Stores the schedule and arms it; calling it again for an existing schedule returns it unchanged.</summary>
    [Alias("create")]
    Task<Schedule> CreateAsync(Guid clientId, ScheduleDefinition definition);

    /// <summary>Replaces the definition and re-arms at once; null when there is no such schedule.</summary>
    [Alias("update")]
    Task<Schedule?> UpdateAsync(ScheduleDefinition definition);

    [Alias("pause")]
    Task<Schedule?> PauseAsync();

    /// <summary>Activates the schedule from now on (what fell due while paused is not run) and clears its failures.</summary>
    [Alias("resume")]
    Task<Schedule?> ResumeAsync();

    /// <summary>Starts a run now, recorded as a manual execution; null when there is no such schedule.</summary>
    [Alias("trigger")]
    Task<ScheduleExecution?> TriggerAsync();

    /// <returns>Whether there was a schedule to delete.</returns>
    [Alias("delete")]
    Task<bool> DeleteAsync();
}
