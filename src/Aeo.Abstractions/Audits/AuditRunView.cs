namespace Aeo.Abstractions.Audits;

/// <summary>What a run says about itself: answered instantly, even while the run is busy.</summary>
[GenerateSerializer, Immutable, Alias("aeo.run-view")]
public sealed record AuditRunView(
    [property: Id(0)] Guid RunId,
    [property: Id(1)] Guid ClientId,
    [property: Id(2)] RunStatus Status,
    [property: Id(3)] RunStage Stage,
    [property: Id(4)] string CurrentOperation,
    [property: Id(5)] int TotalQuestions,
    [property: Id(6)] int TotalWorkItems,
    [property: Id(7)] int Processed,
    [property: Id(8)] int Failed,
    [property: Id(9)] DateTimeOffset CreatedAt,
    [property: Id(10)] DateTimeOffset? StartedAt,
    [property: Id(11)] DateTimeOffset? CompletedAt,
    [property: Id(12)] DateTimeOffset? EstimatedCompletion,
    [property: Id(13)] string? LastError,
    [property: Id(14)] PlatformProgress[] Platforms,
    [property: Id(15)] PlatformRunStats[] Stats)
{
    /// <summary>Work items never handed out because the run's budget was reached.</summary>
    [Id(16)]
    public int Skipped { get; init; }

    /// <summary>The run's budget and what it has spent; null when the run has no budget.</summary>
    [Id(17)]
    public RunBudget? Budget { get; init; }

    /// <summary>The known cost of the run's answers so far, in US dollars.</summary>
    [Id(18)]
    public decimal CostUsd { get; init; }

    /// <summary>Whether the run asks for web-grounded answers.</summary>
    [Id(19)]
    public bool WebSearch { get; init; }

    /// <summary>An adaptive run's sampling; null when every question has a fixed number of samples.</summary>
    [Id(20)]
    public RunSampling? Sampling { get; init; }

    public double ProgressPercent =>
        TotalWorkItems == 0 ? 0 : Math.Round(100.0 * (Processed + Failed + Skipped) / TotalWorkItems, 1);
}

/// <summary>A run's spending limit: what it may spend, what its answers cost so far, and when the limit was reached.</summary>
[GenerateSerializer, Immutable, Alias("aeo.run-budget")]
public sealed record RunBudget(
    [property: Id(0)] decimal LimitUsd,
    [property: Id(1)] decimal SpentUsd,
    [property: Id(2)] DateTimeOffset? ReachedAt)
{
    public bool Reached => ReachedAt is not null;
}

[GenerateSerializer, Immutable, Alias("aeo.platform-progress")]
public sealed record PlatformProgress(
    [property: Id(0)] string Platform,
    [property: Id(1)] bool IsSimulated,
    [property: Id(2)] int Total,
    [property: Id(3)] int Processed,
    [property: Id(4)] int Failed,
    [property: Id(5)] string? LastError)
{
    public double ProgressPercent => Total == 0 ? 0 : Math.Round(100.0 * (Processed + Failed) / Total, 1);
}

/// <summary>Per-platform figures computed from the stored responses when a run finalizes.</summary>
[GenerateSerializer, Immutable, Alias("aeo.platform-stats")]
public sealed record PlatformRunStats(
    [property: Id(0)] string Platform,
    [property: Id(1)] bool IsSimulated,
    [property: Id(2)] int TotalQueries,
    [property: Id(3)] int SuccessfulQueries,
    [property: Id(4)] int FailedQueries,
    [property: Id(5)] int AvgProcessingTimeMs,
    [property: Id(6)] long TotalTokens,
    [property: Id(7)] int ResponsesMentioningBrand,
    [property: Id(8)] double BrandMentionRate)
{
    /// <summary>The known cost of the platform's answers in the run, in US dollars.</summary>
    [Id(9)]
    public decimal CostUsd { get; init; }

    /// <summary>Answers whose cost nobody knows (no provider figure, no configured price), not in <see cref="CostUsd"/>.</summary>
    [Id(10)]
    public int UnknownCostAnswers { get; init; }
}
