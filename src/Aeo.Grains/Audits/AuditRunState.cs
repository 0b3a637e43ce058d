namespace Aeo.Grains.Audits;

/// <summary>A run's persisted progress: what its status answers from, and where a resumed run starts.</summary>
[GenerateSerializer, Alias("aeo.audit-run-state")]
public sealed class AuditRunState
{
    [Id(0)] public AuditSpec? Spec { get; set; }
    [Id(1)] public RunStatus Status { get; set; } = RunStatus.Pending;
    [Id(2)] public RunStage Stage { get; set; } = RunStage.Initializing;
    [Id(3)] public string CurrentOperation { get; set; } = "";
    [Id(4)] public DateTimeOffset CreatedAt { get; set; }
    [Id(5)] public DateTimeOffset? StartedAt { get; set; }
    [Id(6)] public DateTimeOffset? CompletedAt { get; set; }
    [Id(7)] public int TotalQuestions { get; set; }
    [Id(8)] public int TotalWorkItems { get; set; }
    [Id(9)] public Dictionary<string, PlatformTally> Platforms { get; set; } = [];
    [Id(10)] public string? LastError { get; set; }
    [Id(11)] public PlatformRunStats[] Stats { get; set; } = [];
    [Id(12)] public DateTimeOffset? EstimatedCompletion { get; set; }

    /// <summary>Whether the run took a place at its client's run gate, and so must give it back when it ends.</summary>
    [Id(13)] public bool Gated { get; set; }

    /// <summary>How often recovery retried or resumed the run (bounded by <c>Aeo:Recovery:MaxRetries</c>).</summary>
    [Id(14)] public int RetryCount { get; set; }

    /// <summary>The known cost of the run's settled answers in US dollars (re-read from the responses table on resume).</summary>
    [Id(15)] public decimal SpentUsd { get; set; }

    /// <summary>When the spent cost first reached the run's budget; from then on no new question is handed out.</summary>
    [Id(16)] public DateTimeOffset? BudgetReachedAt { get; set; }

    /// <summary>Work items never handed out because the budget was reached.</summary>
    [Id(17)] public int Skipped { get; set; }

    /// <summary>An adaptive run's sampling; null for a run with a fixed number of samples.</summary>
    [Id(18)] public RunSamplingState? Sampling { get; set; }

    /// <summary>The trace context the run was started in (W3C <c>traceparent</c>); its work's spans are children of it.</summary>
    [Id(19)] public string? TraceContext { get; set; }
}

/// <summary>One platform's share of a run's progress.</summary>
[GenerateSerializer, Alias("aeo.platform-tally")]
public sealed class PlatformTally
{
    [Id(0)] public bool IsSimulated { get; set; }
    [Id(1)] public int Total { get; set; }
    [Id(2)] public int Processed { get; set; }
    [Id(3)] public int Failed { get; set; }
    [Id(4)] public string? LastError { get; set; }
}
