using Aeo.Abstractions.Schedules;
using Cronos;

namespace Aeo.Api.Schedules;

/// <summary>Checks a schedule request and turns it into a definition; the audit template is checked like an audit request.</summary>
public static class ScheduleRequestValidator
{
    public const int DefaultMaxFailures = 3;
    private const int MaxMaxFailures = 100;

    /// <returns>The definition, or null with <paramref name="errors"/> saying why.</returns>
    public static ScheduleDefinition? Validate(
        ScheduleRequest request, IAnswerEngineRegistry platforms, AuditOptions auditBounds, ScheduleOptions bounds,
        DateTimeOffset now, ValidationErrors errors)
    {
        errors.Required("name", request.Name, 200);
        var hasKind = ScheduleNames.TryParse<ScheduleKind>(request.Kind, out var kind);
        if (!hasKind)
        {
            errors.Add("kind", $"Required: one of {ScheduleNames.Names<ScheduleKind>()}.");
        }
        var timeZone = hasKind && kind == ScheduleKind.Cron ? request.TimeZone?.Trim() ?? "UTC" : request.TimeZone;
        if (hasKind)
        {
            ValidateTiming(request, kind, timeZone, bounds, now, errors);
        }

        var policy = MissedRunPolicy.CatchUp;
        if (request.MissedPolicy is not null && !ScheduleNames.TryParse(request.MissedPolicy, out policy))
        {
            errors.Add("missedPolicy", $"One of {ScheduleNames.Names<MissedRunPolicy>()}.");
        }
        if (request.MaxFailures is { } max && (max < 1 || max > MaxMaxFailures))
        {
            errors.Add("maxFailures", $"Must be between 1 and {MaxMaxFailures}.");
        }

        if (request.Audit is not { } audit)
        {
            errors.Add("audit", "Required: the audit each run performs (the fields of an audit request).");
        }
        else
        {
            if (audit.ClientId is not null)
            {
                errors.Add("audit.clientId", "Name the client on the schedule, not in its audit.");
            }
            errors.AddNested("audit", AuditRequestValidator.Validate(audit, platforms, auditBounds));
        }
        if (errors.Any)
        {
            return null;
        }

        return new ScheduleDefinition(
            request.Name!.Trim(),
            kind,
            kind == ScheduleKind.Cron ? request.Cron!.Trim() : null,
            kind == ScheduleKind.Cron ? timeZone : null,
            request.Interval,
            request.RunAt is { } runAt ? ScheduleClock.WholeSeconds(runAt) : null,
            AuditLauncher.TemplateOf(request.Audit!),
            policy,
            request.MaxFailures ?? DefaultMaxFailures);
    }

    private static void ValidateTiming(
        ScheduleRequest request, ScheduleKind kind, string? timeZone, ScheduleOptions bounds, DateTimeOffset now, ValidationErrors errors)
    {
        var isCron = kind == ScheduleKind.Cron;
        if (!isCron && request.Cron is not null)
        {
            errors.Add("cron", "Only for cron schedules.");
        }
        if (!isCron && request.TimeZone is not null)
        {
            errors.Add("timeZone", "Only for cron schedules.");
        }
        if (kind != ScheduleKind.Interval && request.Interval is not null)
        {
            errors.Add("interval", "Only for interval schedules.");
        }
        if (kind != ScheduleKind.Once && request.RunAt is not null)
        {
            errors.Add("runAt", "Only for one-time schedules.");
        }

        switch (kind)
        {
            case ScheduleKind.Cron:
                if (string.IsNullOrWhiteSpace(request.Cron))
                {
                    errors.Add("cron", "Required for a cron schedule: five fields (minute hour day-of-month month day-of-week) or a macro such as @daily.");
                }
                else
                {
                    try
                    {
                        ScheduleClock.ParseCron(request.Cron);
                    }
                    catch (CronFormatException ex)
                    {
                        errors.Add("cron", $"Not a valid cron expression: {ex.Message}");
                    }
                }
                if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone!, out _))
                {
                    errors.Add("timeZone", "Not a known IANA time zone (such as Europe/Paris or America/New_York).");
                }
                break;
            case ScheduleKind.Interval:
                if (request.Interval is not { } interval)
                {
                    errors.Add("interval", "Required for an interval schedule (\"hh:mm:ss\").");
                }
                else if (interval < bounds.MinimumInterval)
                {
                    errors.Add("interval", $"At least {bounds.MinimumInterval}.");
                }
                else if (interval.Ticks % TimeSpan.TicksPerSecond != 0)
                {
                    errors.Add("interval", "Whole seconds only.");
                }
                break;
            case ScheduleKind.Once:
                if (request.RunAt is not { } runAt)
                {
                    errors.Add("runAt", "Required for a one-time schedule.");
                }
                else if (runAt <= now)
                {
                    errors.Add("runAt", "Must be in the future.");
                }
                break;
        }
    }
}
