namespace Aeo.Grains.Maintenance;

/// <summary>
/// The retention pass's share of the front door's records: idempotency keys as old as the runs deleted, access-log rows
/// older than <see cref="RetentionOptions.AccessLogDays"/>, and judge-call counts of days before yesterday.
/// </summary>
public sealed class SecurityRecordsSweeper(
    IdempotencyKeyRepository idempotencyKeys,
    AccessLogRepository accessLog,
    JudgeUsageRepository judgeUsage,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<SecurityRecordsSweeper> logger)
{
    public async Task SweepAsync(DateTimeOffset runCutoff, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var keys = await idempotencyKeys.DeleteBeforeAsync(runCutoff, ct);
        var rows = options.Value.AccessLogDays > 0 ? await accessLog.DeleteBeforeAsync(now.AddDays(-options.Value.AccessLogDays), ct) : 0;
        var days = await judgeUsage.DeleteBeforeAsync(DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1), ct);
        if (keys + rows + days > 0)
        {
            logger.LogInformation(
                "Retention deleted {Keys} idempotency key(s), {Rows} access-log row(s) and {Days} judge-usage count(s)", keys, rows, days);
        }
    }
}
