using Aeo.Storage.Trends;

namespace Aeo.Api.Changes;

/// <summary>A run's changes against the previous comparable run (<see cref="RunChangeFinder"/>), as the changes endpoint answers.</summary>
public sealed class RunChanges(RunChangeFinder finder)
{
    public async Task<ChangesResponse> ForAsync(AuditRunRecord run, string? questionType, string segment, double q, CancellationToken ct)
    {
        var family = await finder.ForAsync(run.Id, run.ClientId, run.CompletedAt ?? run.CreatedAt, questionType, q, ct);
        return new ChangesResponse(
            run.Id, family.BaselineRunId, segment, q, family.Paired, family.MatchedItems, family.Platforms, family.AcrossPlatforms,
            family.Changes.Count(c => c.PValue is not null), family.Changes.Count(c => c.Significant), family.Changes, family.Reason);
    }
}
