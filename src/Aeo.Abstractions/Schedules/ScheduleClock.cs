using Cronos;

namespace Aeo.Abstractions.Schedules;

/// <summary>Where a schedule's occurrences fall. Pure; times are whole seconds, so an occurrence is the same key every time it is computed.</summary>
public static class ScheduleClock
{
    /// <summary>
    /// Where a schedule that is being created or redefined starts: a one-time schedule at its instant even if that has
    /// just passed (it was in the future when the request was checked), any other at its first occurrence after now.
    /// </summary>
    public static DateTimeOffset? Start(ScheduleDefinition definition, DateTimeOffset now) =>
        definition.Kind == ScheduleKind.Once ? WholeSeconds(definition.RunAt!.Value) : FirstAfter(definition, now);

    /// <summary>The first occurrence strictly after <paramref name="now"/>; null when there is none (a one-time schedule in the past).</summary>
    public static DateTimeOffset? FirstAfter(ScheduleDefinition definition, DateTimeOffset now) =>
        definition.Kind == ScheduleKind.Interval ? WholeSeconds(now) + definition.Interval!.Value : NextAfter(definition, now);

    /// <summary>The occurrence that follows <paramref name="occurrence"/>; null when there is none.</summary>
    public static DateTimeOffset? NextAfter(ScheduleDefinition definition, DateTimeOffset occurrence) => definition.Kind switch
    {
        ScheduleKind.Cron => ParseCron(definition.CronExpression!)
            .GetNextOccurrence(occurrence.ToUniversalTime(), TimeZoneInfo.FindSystemTimeZoneById(definition.TimeZone!))?.ToUniversalTime(),
        ScheduleKind.Interval => occurrence + definition.Interval!.Value,
        ScheduleKind.Once => WholeSeconds(definition.RunAt!.Value) is var at && at > occurrence ? at : null,
        _ => throw new ArgumentOutOfRangeException(nameof(definition), definition.Kind, null),
    };

    /// <summary>
    /// The occurrences from <paramref name="next"/> up to <paramref name="now"/>, keeping the latest
    /// <paramref name="keep"/>; and the first one after them, where the schedule continues.
    /// </summary>
    public static (IReadOnlyList<DateTimeOffset> Due, int Dropped, DateTimeOffset? Following) Due(
        ScheduleDefinition definition, DateTimeOffset? next, DateTimeOffset now, int keep)
    {
        var due = new Queue<DateTimeOffset>();
        var dropped = 0;
        var occurrence = next;
        while (occurrence is { } at && at <= now)
        {
            due.Enqueue(at);
            if (due.Count > keep)
            {
                due.Dequeue();
                dropped++;
            }
            occurrence = NextAfter(definition, at);
            if (occurrence <= at)
            {
                throw new InvalidOperationException($"The schedule's occurrences do not advance past {at:O}.");
            }
        }
        return (due.ToArray(), dropped, occurrence);
    }

    /// <summary>Five fields, or a macro such as <c>@daily</c>.</summary>
    public static CronExpression ParseCron(string expression) => CronExpression.Parse(expression.Trim(), CronFormat.Standard);

    public static DateTimeOffset WholeSeconds(DateTimeOffset time) =>
        new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
