using Aeo.Analysis.Brands;
using Aeo.Analysis.Discovery;
using Microsoft.Extensions.Options;

namespace Aeo.Storage.Discovery;

/// <summary>
/// Stores a run's competitor discovery once it ends (the run's finalizing calls <see cref="RecordAsync"/>); runs that
/// ended without (cancelled, or ended before discovery was stored) are stored the first time they are asked for.
/// Discovery reads the run's own snapshot of tracked brands, so a brand tracked later is still in an older run's rows;
/// the client view leaves out what the client tracks now.
/// </summary>
public sealed class DiscoveryRecorder(DiscoveredBrandRepository discoveries, AuditRunRepository runs, IOptions<DiscoveryOptions> options)
{
    /// <returns>The brands that newly crossed <see cref="DiscoveryOptions.AlertShare"/> in this run.</returns>
    public async Task<IReadOnlyList<DiscoveredBrand>> RecordAsync(Guid runId, AuditSpec spec, CancellationToken ct)
    {
        var answers = await discoveries.AnswersAsync(runId, ct);
        var result = CompetitorDiscovery.Discover(answers, TrackedBy(spec), runId.ToString());
        return await discoveries.SaveAsync(runId, spec.ClientId, result, options.Value.AlertShare, ct);
    }

    /// <summary>Stores the discovery of a client's ended runs that have none stored yet, oldest first.</summary>
    public async Task RecordMissingAsync(Guid clientId, CancellationToken ct)
    {
        foreach (var runId in await discoveries.EndedWithoutDiscoveryAsync(clientId, ct))
        {
            if (await runs.GetSpecAsync(runId, ct) is { } spec)
            {
                await RecordAsync(runId, spec, ct);
            }
        }
    }

    /// <summary>An ended run's stored discovery, computed and stored first if it is not yet.</summary>
    public async Task<StoredRunDiscovery?> ForEndedRunAsync(Guid runId, CancellationToken ct)
    {
        if (await discoveries.ForRunAsync(runId, ct) is { } stored)
        {
            return stored;
        }

        if (await runs.GetSpecAsync(runId, ct) is not { } spec)
        {
            return null;
        }

        await RecordAsync(runId, spec, ct);
        return await discoveries.ForRunAsync(runId, ct);
    }

    /// <summary>The client's brand and competitors, with aliases and domains, as discovery leaves them out.</summary>
    public static IReadOnlyList<BrandDefinition> TrackedBy(AuditSpec spec) =>
        spec.TrackedBrands.Select(b => new BrandDefinition(b.Name, b.Aliases, b.Domains)).ToList();

    /// <inheritdoc cref="TrackedBy(AuditSpec)"/>
    public static IReadOnlyList<BrandDefinition> TrackedBy(BrandSpec brand, IEnumerable<BrandSpec> competitors) =>
        competitors.Prepend(brand).Select(b => new BrandDefinition(b.Name, b.Aliases, b.Domains)).ToList();
}
