namespace Aeo.Api.Reports;

/// <summary>What changed in a run's headline figures since the previous comparable run of the same client; how the earlier run is chosen and significance decided is the implementation's.</summary>
public interface IRunChanges
{
    /// <returns>Null when the client has no earlier comparable run.</returns>
    Task<ReportChanges?> SincePreviousAsync(AuditRunRecord run, RunFigures current, CancellationToken ct);
}
