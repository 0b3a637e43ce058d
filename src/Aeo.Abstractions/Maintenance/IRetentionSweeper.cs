namespace Aeo.Abstractions.Maintenance;

/// <summary>Deletes ended runs older than a number of days, with their questions, answers and dead letters.</summary>
public interface IRetentionSweeper
{
    RetentionOptions Settings { get; }

    Task<RetentionReport> SweepAsync(int olderThanDays, CancellationToken ct);
}
