using System.ComponentModel.DataAnnotations;

namespace Aeo.Abstractions.Schedules;

/// <summary>Schedule bounds, bound from <c>Aeo:Schedules</c>.</summary>
public sealed class ScheduleOptions
{
    public const string Section = "Aeo:Schedules";

    /// <summary>
    /// The shortest interval a schedule may have, and how often an active schedule's reminder ticks (never below the
    /// silo's reminder minimum). Below a minute only for tests, with the reminder minimum lowered too.
    /// </summary>
    public TimeSpan MinimumInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The most occurrences one tick starts when several fell due (catch-up policy); older ones are skipped.</summary>
    [Range(1, 100)]
    public int MaxCatchUp { get; set; } = 5;
}
