using Aeo.Abstractions.Maintenance;

namespace Aeo.Api.Admin;

public static class AdminMapping
{
    public static RecoveryResponse ToResponse(RecoveryReport report) => new(
        report.MaxRetries,
        report.StalledAfter.TotalMinutes,
        report.Runs.Select(r => new RecoveredRunResponse(r.RunId, r.PreviousStatus.ToWire(), r.Action, r.Reason, r.RetryCount)).ToList());

    public static CleanupResponse ToResponse(RetentionReport report) =>
        new(report.OlderThanDays, report.Cutoff, report.DeletedRuns, report.Batches, report.LeftAlone);
}
