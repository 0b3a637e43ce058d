namespace Aeo.Abstractions.Audits;

/// <summary>What a run did when recovery asked it to retry or resume.</summary>
[GenerateSerializer, Alias("aeo.run-recovery-action")]
public enum RunRecoveryAction
{
    /// <summary>An ended run went back to processing to ask its failed work items again.</summary>
    Retried,

    /// <summary>A run without progress re-read the tables and handed out what they lack.</summary>
    Resumed,

    /// <summary>A run without progress used up its retries and ended failed.</summary>
    Failed,

    /// <summary>Nothing was done; <see cref="RunRecoveryOutcome.Reason"/> says why.</summary>
    Skipped,
}

/// <summary>The answer of <c>IAuditRunGrain.RetryAsync</c> and <c>ResumeStalledAsync</c>.</summary>
[GenerateSerializer, Alias("aeo.run-recovery-outcome")]
public sealed record RunRecoveryOutcome(
    [property: Id(0)] RunRecoveryAction Action,
    [property: Id(1)] string Reason,
    [property: Id(2)] int RetryCount);

/// <summary>What a run did when asked to reprocess some of its dead letters.</summary>
[GenerateSerializer, Alias("aeo.reprocess-action")]
public enum ReprocessAction
{
    /// <summary>The letters were deleted and the run went back to processing to ask those items again.</summary>
    Reprocessing,

    /// <summary>The letters were deleted and the run waits in its client's queue for a slot before asking them again.</summary>
    Queued,

    /// <summary>Nothing changed: the run has not ended yet (it may already be reprocessing).</summary>
    NotEnded,

    /// <summary>Nothing changed: the run has spent its budget, so asking again would go over it.</summary>
    BudgetReached,

    /// <summary>Nothing changed: the run ended with work items never asked (cancelled), which reprocessing would ask too.</summary>
    Incomplete,

    /// <summary>Nothing changed: the client already runs as many audits as allowed (reject policy).</summary>
    Refused,

    /// <summary>Nothing changed: there is no such run.</summary>
    Unknown,
}

/// <summary>The answer of <c>IAuditRunGrain.ReprocessAsync</c>.</summary>
[GenerateSerializer, Alias("aeo.reprocess-outcome")]
public sealed record ReprocessOutcome(
    [property: Id(0)] ReprocessAction Action,
    [property: Id(1)] string Reason,
    [property: Id(2)] int Deleted);
