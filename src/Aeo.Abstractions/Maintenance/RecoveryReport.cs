using Aeo.Abstractions.Audits;

namespace Aeo.Abstractions.Maintenance;

/// <summary>What recovery did to one run, and why.</summary>
public sealed record RunRecoveryEntry(Guid RunId, RunStatus PreviousStatus, RunRecoveryAction Action, string Reason, int RetryCount);

/// <summary>One recovery pass: every run it looked at.</summary>
public sealed record RecoveryReport(int MaxRetries, TimeSpan StalledAfter, IReadOnlyList<RunRecoveryEntry> Runs);

/// <summary>One retention pass.</summary>
public sealed record RetentionReport(int OlderThanDays, DateTimeOffset Cutoff, int DeletedRuns, int Batches, int LeftAlone);
