using Aeo.Abstractions.Audits;

namespace Aeo.Abstractions.Schedules;

/// <summary>What a schedule runs and when: everything its owner sets (create and update replace it whole).</summary>
/// <param name="CronExpression">Cron only: five fields (or a macro such as <c>@daily</c>).</param>
/// <param name="TimeZone">Cron only: the IANA zone the expression is read in.</param>
/// <param name="Interval">Interval only.</param>
/// <param name="RunAt">Once only.</param>
/// <param name="MaxFailures">Consecutive failures to start a run after which the schedule pauses itself.</param>
[GenerateSerializer, Immutable, Alias("aeo.schedule-definition")]
public sealed record ScheduleDefinition(
    [property: Id(0)] string Name,
    [property: Id(1)] ScheduleKind Kind,
    [property: Id(2)] string? CronExpression,
    [property: Id(3)] string? TimeZone,
    [property: Id(4)] TimeSpan? Interval,
    [property: Id(5)] DateTimeOffset? RunAt,
    [property: Id(6)] AuditTemplate Template,
    [property: Id(7)] MissedRunPolicy MissedPolicy,
    [property: Id(8)] int MaxFailures);

/// <summary>A schedule as stored: its definition and where it stands.</summary>
/// <param name="FailureCount">Consecutive failures to start a run; a started run resets it.</param>
/// <param name="NextRunAt">The next occurrence not yet handled; null when paused or nothing is left (a one-time schedule that ran).</param>
[GenerateSerializer, Immutable, Alias("aeo.schedule")]
public sealed record Schedule(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid ClientId,
    [property: Id(2)] ScheduleDefinition Definition,
    [property: Id(3)] ScheduleStatus Status,
    [property: Id(4)] string? PausedReason,
    [property: Id(5)] int FailureCount,
    [property: Id(6)] int RunCount,
    [property: Id(7)] DateTimeOffset? NextRunAt,
    [property: Id(8)] DateTimeOffset? LastRunAt,
    [property: Id(9)] DateTimeOffset CreatedAt,
    [property: Id(10)] DateTimeOffset UpdatedAt);

/// <summary>One occurrence of a schedule and the run it started (or why it could not).</summary>
/// <param name="Status"><c>pending</c> (claimed, starting), <c>started</c> or <c>failed</c>.</param>
/// <param name="Trigger"><c>scheduled</c> or <c>manual</c> (trigger now).</param>
[GenerateSerializer, Immutable, Alias("aeo.schedule-execution")]
public sealed record ScheduleExecution(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid ScheduleId,
    [property: Id(2)] DateTimeOffset OccurrenceAt,
    [property: Id(3)] string Trigger,
    [property: Id(4)] Guid? AuditRunId,
    [property: Id(5)] string Status,
    [property: Id(6)] string? Error,
    [property: Id(7)] DateTimeOffset CreatedAt);
