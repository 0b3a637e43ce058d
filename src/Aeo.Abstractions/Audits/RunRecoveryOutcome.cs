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
