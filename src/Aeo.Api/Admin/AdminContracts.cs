namespace Aeo.Api.Admin;

/// <summary>
/// <c>POST /api/v1/admin/recovery</c>, every field optional: how many retries a run may have in all (1–10, default
/// <c>Aeo:Recovery:MaxRetries</c>) and after how many minutes without progress an active run counts as stalled
/// (1–10080, default <c>Aeo:Recovery:StalledAfter</c>).
/// </summary>
public sealed record RecoveryRequest(int? MaxRetries, int? StalledAfterMinutes);

/// <summary>What recovery did to one run: <c>retried</c>, <c>resumed</c>, <c>failed</c> or <c>skipped</c>, and why.</summary>
public sealed record RecoveredRunResponse(Guid RunId, string PreviousStatus, RunRecoveryAction Action, string Reason, int RetryCount);

public sealed record RecoveryResponse(int MaxRetries, double StalledAfterMinutes, IReadOnlyList<RecoveredRunResponse> Runs);

/// <summary><c>POST /api/v1/admin/cleanup</c>: delete ended runs older than <c>olderThanDays</c> (1–36500, default <c>Aeo:Retention:Days</c>).</summary>
public sealed record CleanupRequest(int? OlderThanDays);

public sealed record CleanupResponse(int OlderThanDays, DateTimeOffset Cutoff, int DeletedRuns, int Batches, int LeftAlone);
