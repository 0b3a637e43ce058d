using System.Globalization;
using Aeo.Abstractions.Schedules;
using Aeo.Abstractions.Webhooks;

namespace Aeo.Storage.Webhooks;

/// <summary>The webhook events a schedule's row reports.</summary>
public static class ScheduleEvents
{
    /// <summary><c>schedule.paused</c>: on request or after too many failures to start a run; its id names the pause.</summary>
    public static WebhookEvent Paused(Schedule schedule) => new(
        WebhookEvent.IdFor(WebhookEventTypes.SchedulePaused, schedule.Id.ToString(), schedule.UpdatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)),
        schedule.ClientId,
        WebhookEventTypes.SchedulePaused,
        $"Schedule \"{schedule.Definition.Name}\" was paused: {schedule.PausedReason ?? "no reason given"}",
        new { scheduleId = schedule.Id, clientId = schedule.ClientId, name = schedule.Definition.Name, reason = schedule.PausedReason, pausedAt = schedule.UpdatedAt },
        schedule.UpdatedAt);
}
