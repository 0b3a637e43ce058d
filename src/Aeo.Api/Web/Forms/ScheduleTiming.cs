using Aeo.Abstractions.Schedules;

namespace Aeo.Api.Web;

/// <summary>A schedule's timing in words, in the reader's culture.</summary>
public static class ScheduleTiming
{
    public static string Describe(ScheduleDefinition definition) => definition.Kind switch
    {
        ScheduleKind.Cron => $"cron {definition.CronExpression} ({definition.TimeZone})",
        ScheduleKind.Interval when definition.Interval is { } every => "every " + Duration(every),
        ScheduleKind.Once when definition.RunAt is { } at => "once, " + at.UtcDateTime.ToString("g", CultureInfo.CurrentCulture) + " UTC",
        _ => definition.Kind.ToWire(),
    };

    private static string Duration(TimeSpan span) =>
        span.TotalDays >= 1 && span.TotalDays == Math.Floor(span.TotalDays) ? Count(span.TotalDays, "day")
        : span.TotalHours >= 1 && span.TotalHours == Math.Floor(span.TotalHours) ? Count(span.TotalHours, "hour")
        : Count(Math.Floor(span.TotalMinutes), "minute");

    private static string Count(double value, string unit) =>
        $"{value.ToString("N0", CultureInfo.CurrentCulture)} {unit}{(value == 1 ? "" : "s")}";
}
