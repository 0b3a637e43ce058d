using Aeo.Abstractions.Schedules;

namespace Aeo.Api.Schedules;

public static class ScheduleMapping
{
    public static ScheduleResponse ToResponse(Schedule schedule)
    {
        var d = schedule.Definition;
        var self = $"/api/v1/schedules/{schedule.Id}";
        return new ScheduleResponse(
            schedule.Id, schedule.ClientId, d.Name, d.Kind.ToWire(), d.CronExpression, d.TimeZone, d.Interval, d.RunAt, d.Template,
            schedule.Status.ToWire(), schedule.PausedReason, d.MissedPolicy.ToWire(), d.MaxFailures, schedule.FailureCount,
            schedule.RunCount, schedule.NextRunAt, schedule.LastRunAt, schedule.CreatedAt, schedule.UpdatedAt,
            new ScheduleLinks(self, $"{self}/executions", $"{self}/pause", $"{self}/resume", $"{self}/trigger"));
    }

    public static ScheduleExecutionResponse ToResponse(ScheduleExecution e) =>
        new(e.Id, e.ScheduleId, e.OccurrenceAt, e.Trigger, e.Status, e.AuditRunId, e.Error, e.CreatedAt);
}
