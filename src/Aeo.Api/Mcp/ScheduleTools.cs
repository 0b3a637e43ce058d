using Aeo.Api.Schedules;

namespace Aeo.Api.Mcp;

/// <summary>Recurring audits: list them (read) and start one's audit now (write).</summary>
[McpServerToolType]
public sealed class ScheduleTools(ScheduleRepository schedules, IGrainFactory grains)
{
    [McpServerTool(Name = "list_schedules", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("The recurring audits, newest first, paged: name, timing (cron with time zone, interval or once), status "
        + "(active or paused, and why), run count, next and last run.")]
    public async Task<McpPage<ScheduleResponse>> ListSchedulesAsync(
        RequestContext<CallToolRequestParams> context,
        [Description("Page number, from 1.")] int page = 1,
        [Description("Schedules per page, 1 to 50.")] int pageSize = 10,
        CancellationToken ct = default)
    {
        var user = context.User();
        var (offset, number, size) = McpCaller.Paging(page, pageSize, 50);
        var found = await schedules.ListAsync(user.IsOperator() ? null : user.ClientId(), offset, size, ct);
        return new McpPage<ScheduleResponse>(found.Items.Select(ScheduleMapping.ToResponse).ToArray(), found.Total, number, size);
    }

    [McpServerTool(Name = "trigger_schedule", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = true)]
    [Description("WRITE: starts the schedule's audit now, as a manual execution (it asks real platforms and may cost money, "
        + "within the schedule's own budget if it has one). Returns the execution with the id of the run it started.")]
    public async Task<ScheduleExecutionResponse> TriggerScheduleAsync(
        RequestContext<CallToolRequestParams> context,
        [Description("The schedule's id (from list_schedules).")] Guid scheduleId,
        CancellationToken ct = default)
    {
        if (await schedules.GetAsync(scheduleId, ct) is not { } schedule || !context.MaySee(schedule.ClientId)
            || await grains.GetGrain<IScheduleGrain>(scheduleId).TriggerAsync() is not { } execution)
        {
            throw McpCaller.NotFound("schedule");
        }
        return execution.AuditRunId is null
            ? throw new McpException($"The run could not start: {execution.Error}")
            : ScheduleMapping.ToResponse(execution);
    }
}
