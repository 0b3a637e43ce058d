using System.ComponentModel.DataAnnotations;

namespace Aeo.Grains.Hosting;

/// <summary>Audit defaults and bounds, bound from <c>Aeo:Audit</c>.</summary>
public sealed class AuditOptions
{
    public const string Section = "Aeo:Audit";

    /// <summary>Questions per run when a request names none.</summary>
    [Range(1, 1000)]
    public int DefaultMaxQuestions { get; set; } = 50;

    /// <summary>The most questions one run may ask (the seed's AUDIT_MAX_QUESTIONS).</summary>
    [Range(1, 1000)]
    public int MaxQuestions { get; set; } = 200;

    [Range(1, 20)]
    public int MaxSamplesPerQuestion { get; set; } = 5;

    /// <summary>Questions one run keeps in flight at once; each runs on every platform and sample.</summary>
    [Range(1, 1024)]
    public int MaxInFlightQuestions { get; set; } = 64;

    /// <summary>Attempts per work item before it is dead-lettered (the seed's AUDIT_PLATFORM_RETRY_ATTEMPTS).</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    [Range(0, 60_000)]
    public int RetryBaseDelayMs { get; set; } = 500;

    /// <summary>How often a busy run writes its progress (coalesced; never two writes at once).</summary>
    public TimeSpan ProgressWriteInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a run checks on its in-flight questions.</summary>
    public TimeSpan SupervisionInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A question in flight with no settled item for this long is handed out again.</summary>
    public TimeSpan StalledQuestionTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Period of the reminder that brings a run back if its silo dies.</summary>
    public TimeSpan WatchdogPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
