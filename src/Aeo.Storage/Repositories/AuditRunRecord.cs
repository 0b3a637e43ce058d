namespace Aeo.Storage.Repositories;

/// <summary>A run as the audit_runs table holds it: the listing's source, written by the run's grain.</summary>
public sealed record AuditRunRecord(
    Guid Id,
    Guid ClientId,
    RunStatus Status,
    RunStage Stage,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    int TotalQuestions,
    int TotalWorkItems,
    int ProcessedWorkItems,
    int FailedWorkItems,
    string? ErrorLog);

/// <summary>The figures a run writes back to its row as it goes.</summary>
/// <param name="Platforms">Each platform's progress, stored in <c>progress_data</c>.</param>
/// <param name="Stats">The per-platform figures of a finalized run, stored in <c>platform_stats</c>; null leaves the stored ones as they are.</param>
public sealed record AuditRunProgress(
    Guid Id,
    RunStatus Status,
    RunStage Stage,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    int TotalQuestions,
    int TotalWorkItems,
    int ProcessedWorkItems,
    int FailedWorkItems,
    string? ErrorLog,
    IReadOnlyList<PlatformProgress> Platforms,
    IReadOnlyList<PlatformRunStats>? Stats,
    int RetryCount);

public sealed record Page<T>(IReadOnlyList<T> Items, int Total);
