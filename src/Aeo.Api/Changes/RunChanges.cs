using Aeo.Storage.Trends;

namespace Aeo.Api.Changes;

/// <summary>
/// A run's changes against the previous comparable run, as the changes endpoint answers: the family stored when the run
/// ended, or tested and stored on first read when none holds (<see cref="RunChangeStore"/>), told at rate q.
/// </summary>
public sealed class RunChanges(RunChangeStore store)
{
    public async Task<ChangesResponse> ForAsync(AuditRunRecord run, string? questionType, string segment, double q, CancellationToken ct)
    {
        var family = await store.ForAsync(run, questionType, q, ct);
        return new ChangesResponse(
            run.Id, family.BaselineRunId, segment, q, family.Paired, family.MatchedItems, family.Platforms, family.AcrossPlatforms,
            family.Changes.Count(c => c.PValue is not null), family.Changes.Count(c => c.Significant), family.Changes, family.Reason);
    }
}
