namespace Aeo.Abstractions.Maintenance;

/// <summary>
/// One recovery pass over failed, partially completed and stalled runs, on demand: runs whose failures a retry may fix
/// are retried, stalled runs are resumed (or failed once their retries are used up).
/// </summary>
public interface IRunRecovery
{
    RecoveryOptions Settings { get; }

    Task<RecoveryReport> RecoverAsync(int maxRetries, TimeSpan stalledAfter, CancellationToken ct);
}
