using Aeo.Analysis.Discovery;
using Aeo.Storage.Discovery;

namespace Aeo.Api.Discovery;

/// <summary>The discovered-brands views the HTTP API and the MCP tool both give: one ended run's, and a client's over its recent runs.</summary>
public static class DiscoveredBrandsViews
{
    /// <summary>An ended run's stored discovery (stored now if it ended without); null when the run has no configuration.</summary>
    public static async Task<DiscoveredBrandsResponse?> ForRunAsync(
        DiscoveryRecorder recorder, AuditRunRecord run, double alertShare, Paging paging, CancellationToken ct) =>
        await recorder.ForEndedRunAsync(run.Id, ct) is { } stored
            ? Respond(run.ClientId, run.Id, [stored], stored.Result, alertShare, paging)
            : null;

    /// <summary>The brands discovered over the client's <paramref name="runs"/> most recently ended runs, less those it tracks now.</summary>
    public static async Task<DiscoveredBrandsResponse> ForClientAsync(
        DiscoveryRecorder recorder, DiscoveredBrandRepository discoveries, ClientRecord client, int runs, double alertShare, Paging paging,
        CancellationToken ct)
    {
        await recorder.RecordMissingAsync(client.Id, ct);
        var stored = await discoveries.RecentAsync(client.Id, runs, ct);
        var merged = DiscoveryMerge.Combine(
            stored.Select(s => s.Result).ToList(), DiscoveryMerge.UntrackedBy(DiscoveryRecorder.TrackedBy(client.Brand, client.Competitors)));
        return Respond(client.Id, null, stored, merged, alertShare, paging);
    }

    private static DiscoveredBrandsResponse Respond(
        Guid clientId, Guid? runId, IReadOnlyList<StoredRunDiscovery> runs, DiscoveryResult result, double alertShare, Paging paging)
    {
        var crossed = runs.SelectMany(r => r.NewlyCrossed).ToHashSet(StringComparer.Ordinal);
        var items = result.Brands.Skip(paging.Offset).Take(paging.PageSize).Select(b => new DiscoveredBrandOutput(
            b.Name, b.Key, b.Variants, b.Domains, b.Answers, b.NamedAnswers, b.CitedAnswers,
            new DiscoveryRate(b.Share, b.Interval.Lower, b.Interval.Upper), b.Platforms,
            new FirstSeenOutput(Guid.Parse(b.FirstSeen.RunId!), b.FirstSeen.At), b.Samples, crossed.Contains(b.Key)));
        return new DiscoveredBrandsResponse(
            clientId, runId, runs.Select(r => r.RunId).ToList(), result.NonBrandedAnswers, alertShare, paging.Of(items, result.Brands.Count));
    }
}
