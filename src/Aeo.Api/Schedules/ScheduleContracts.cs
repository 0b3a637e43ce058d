namespace Aeo.Api.Schedules;

/// <summary>
/// A schedule to create, or its full replacement (PUT). <c>kind</c> picks which timing fields apply: <c>cron</c> with
/// <c>timeZone</c> (IANA, default UTC), <c>interval</c> ("hh:mm:ss"), or <c>runAt</c> for <c>once</c>.
/// <c>audit</c> holds the fields of an audit request, used for every run the schedule starts.
/// </summary>
public sealed record ScheduleRequest(
    Guid? ClientId,
    string? Name,
    string? Kind,
    string? Cron,
    string? TimeZone,
    TimeSpan? Interval,
    DateTimeOffset? RunAt,
    CreateAuditRequest? Audit,
    string? MissedPolicy,
    int? MaxFailures);

public sealed record ScheduleLinks(string Self, string Executions, string Pause, string Resume, string Trigger);

public sealed record ScheduleResponse(
    Guid Id,
    Guid ClientId,
    string Name,
    string Kind,
    string? Cron,
    string? TimeZone,
    TimeSpan? Interval,
    DateTimeOffset? RunAt,
    AuditTemplate Audit,
    string Status,
    string? PausedReason,
    string MissedPolicy,
    int MaxFailures,
    int FailureCount,
    int RunCount,
    DateTimeOffset? NextRunAt,
    DateTimeOffset? LastRunAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    ScheduleLinks Links);

/// <param name="Status">pending, started or failed.</param>
/// <param name="Trigger">scheduled or manual.</param>
public sealed record ScheduleExecutionResponse(
    Guid Id, Guid ScheduleId, DateTimeOffset OccurrenceAt, string Trigger, string Status, Guid? AuditRunId, string? Error,
    DateTimeOffset CreatedAt);
