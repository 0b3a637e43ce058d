using System.ComponentModel.DataAnnotations;

namespace Aeo.Abstractions.Audits;

/// <summary>Audit defaults and bounds, bound from <c>Aeo:Audit</c>.</summary>
public sealed class AuditOptions
{
    public const string Section = "Aeo:Audit";

    /// <summary>Questions per run when a request names none.</summary>
    [Range(1, 1000)]
    public int DefaultMaxQuestions { get; set; } = 50;

    /// <summary>The most questions one run may ask.</summary>
    [Range(1, 1000)]
    public int MaxQuestions { get; set; } = 200;

    [Range(1, 20)]
    public int MaxSamplesPerQuestion { get; set; } = 5;

    /// <summary>Questions one run keeps in flight at once; each runs on every platform and sample.</summary>
    [Range(1, 1024)]
    public int MaxInFlightQuestions { get; set; } = 64;

    /// <summary>Attempts per work item before it is dead-lettered.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>First retry delay of a failed engine call; doubles per attempt, with jitter, and is never below the provider's retry-after.</summary>
    [Range(0, 60_000)]
    public int RetryBaseDelayMs { get; set; } = 500;

    /// <summary>
    /// Unhealthy failures (timeouts, 5xx, malformed answers; never 429s) within <see cref="BreakerSamplingSeconds"/> that,
    /// together with <see cref="BreakerFailureRatio"/>, open a platform's circuit breaker.
    /// </summary>
    [Range(1, 1000)]
    public int BreakerFailureThreshold { get; set; } = 5;

    /// <summary>The share of the calls started within the sampling window that must have failed before the breaker opens.</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>The window over which the breaker counts calls started and unhealthy failures.</summary>
    [Range(1, 3600)]
    public int BreakerSamplingSeconds { get; set; } = 30;

    /// <summary>How long an open breaker refuses calls before it lets one probe through (half-open).</summary>
    [Range(1, 3600)]
    public int BreakerBreakSeconds { get; set; } = 30;

    /// <summary>How long a platform pauses after a 429 that carries no retry-after.</summary>
    [Range(1, 600)]
    public int RateLimitPauseSeconds { get; set; } = 10;

    /// <summary>Most random time added to a 429 pause, so callers across the cluster do not all come back at once.</summary>
    [Range(0, 60_000)]
    public int RateLimitPauseJitterMs { get; set; } = 1000;

    /// <summary>How often a busy run writes its progress (coalesced; never two writes at once).</summary>
    public TimeSpan ProgressWriteInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a run checks on its in-flight questions.</summary>
    public TimeSpan SupervisionInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A question in flight with no settled item for this long is handed out again.</summary>
    public TimeSpan StalledQuestionTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Period of the reminder that brings a run back if its silo dies.</summary>
    public TimeSpan WatchdogPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Audit runs one client may have running at once, cluster-wide; 0 means no limit.</summary>
    [Range(0, 1000)]
    public int MaxConcurrentRunsPerClient { get; set; } = 3;

    /// <summary>What happens to a run started while its client is at <see cref="MaxConcurrentRunsPerClient"/>.</summary>
    public RunConcurrencyPolicy ConcurrencyPolicy { get; set; } = RunConcurrencyPolicy.Queue;

    /// <summary>
    /// How often a client's run gate checks its slot holders against <c>audit_runs</c>, so a run whose end was never
    /// reported does not hold a slot for good; also how long a slot may be held by a run that never stored its row.
    /// </summary>
    public TimeSpan RunGateReconcileInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>What a run started over its client's concurrency cap does.</summary>
public enum RunConcurrencyPolicy
{
    /// <summary>It is accepted pending, stage queued, and starts by itself, oldest first, when a slot frees.</summary>
    Queue,

    /// <summary>It is refused: the API answers 429 and a schedule records a failed occurrence; nothing is stored.</summary>
    Reject,
}
