namespace Aeo.Abstractions.Schedules;

/// <summary>How a schedule's occurrences are placed in time.</summary>
[GenerateSerializer, Alias("aeo.schedule-kind")]
public enum ScheduleKind
{
    /// <summary>A cron expression read in an IANA time zone.</summary>
    Cron,

    /// <summary>A fixed interval from the moment the schedule was armed.</summary>
    Interval,

    /// <summary>Once, at a given instant.</summary>
    Once,
}

/// <summary>Whether a schedule fires.</summary>
[GenerateSerializer, Alias("aeo.schedule-status")]
public enum ScheduleStatus
{
    Active,
    Paused,
}

/// <summary>What a tick does with occurrences that fell due before the latest one (a missed or late tick, a dead silo).</summary>
[GenerateSerializer, Alias("aeo.missed-run-policy")]
public enum MissedRunPolicy
{
    /// <summary>Start them too, oldest first, up to the configured bound per tick.</summary>
    CatchUp,

    /// <summary>Start only the latest due occurrence.</summary>
    Skip,
}

/// <summary>The wire (and column) names of the schedule enums.</summary>
public static class ScheduleNames
{
    public static string ToWire(this ScheduleKind kind) => kind switch
    {
        ScheduleKind.Cron => "cron",
        ScheduleKind.Interval => "interval",
        ScheduleKind.Once => "once",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ToWire(this ScheduleStatus status) => status switch
    {
        ScheduleStatus.Active => "active",
        ScheduleStatus.Paused => "paused",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string ToWire(this MissedRunPolicy policy) => policy switch
    {
        MissedRunPolicy.CatchUp => "catch_up",
        MissedRunPolicy.Skip => "skip",
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, null),
    };

    public static bool TryParse<T>(string? value, out T parsed) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (Wire(candidate) == value)
            {
                parsed = candidate;
                return true;
            }
        }
        parsed = default;
        return false;
    }

    public static T Parse<T>(string value) where T : struct, Enum =>
        TryParse<T>(value, out var parsed) ? parsed : throw new FormatException($"'{value}' is not a {typeof(T).Name}.");

    /// <summary>The accepted names, for error messages.</summary>
    public static string Names<T>() where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => Wire(v)));

    private static string Wire<T>(T value) where T : struct, Enum => value switch
    {
        ScheduleKind k => k.ToWire(),
        ScheduleStatus s => s.ToWire(),
        MissedRunPolicy p => p.ToWire(),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };
}
