using Aeo.Analysis.Brands;
using Aeo.Analysis.Discovery;
using Microsoft.Extensions.Options;

namespace Aeo.Storage.Discovery;

/// <summary>
/// Stores a run's competitor discovery once it ends (the run's finalizing calls <see cref="RecordAsync"/>); runs that
/// ended without (cancelled, or ended before discovery was stored) are stored the first time they are asked for.
/// Discovery reads the run's own snapshot of tracked brands, so a brand tracked later is still in an older run's rows;
/// the client view leaves out what the client tracks now. Only a run's own end announces its newly crossed brands
/// (<c>competitor.discovered</c>); a run stored later, on request, announces nothing.
/// </summary>
public sealed class DiscoveryRecorder(DiscoveredBrandRepository discoveries, AuditRunRepository runs, IOptions<DiscoveryOptions> options)
{
    /// <summary>Stores a run's discovery as it ends, announcing the brands that newly crossed the alert share.</summary>
    /// <returns>The brands that newly crossed <see cref="DiscoveryOptions.AlertShare"/> in this run.</returns>
    public Task<IReadOnlyList<DiscoveredBrand>> RecordAtEndAsync(Guid runId, AuditSpec spec, CancellationToken ct) =>
        RecordAsync(runId, spec, announce: true, ct);

    private async Task<IReadOnlyList<DiscoveredBrand>> RecordAsync(Guid runId, AuditSpec spec, bool announce, CancellationToken ct)
    {
        var answers = await discoveries.AnswersAsync(runId, ct);
        var result = CompetitorDiscovery.Discover(answers, TrackedBy(spec), runId.ToString());
        return await discoveries.SaveAsync(runId, spec.ClientId, result, options.Value.AlertShare, announce, ct);
    }

    /// <summary>Stores the discovery of a client's ended runs that have none stored yet, oldest first.</summary>
    public async Task RecordMissingAsync(Guid clientId, CancellationToken ct)
    {
        foreach (var runId in await discoveries.EndedWithoutDiscoveryAsync(clientId, ct))
        {
            if (await runs.GetSpecAsync(runId, ct) is { } spec)
            {
                await RecordAsync(runId, spec, announce: false, ct);
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

        await RecordAsync(runId, spec, announce: false, ct);
        return await discoveries.ForRunAsync(runId, ct);
    }

    /// <summary>The client's brand and competitors, with aliases and domains, as discovery leaves them out.</summary>
    public static IReadOnlyList<BrandDefinition> TrackedBy(AuditSpec spec) =>
        spec.TrackedBrands.Select(b => new BrandDefinition(b.Name, b.Aliases, b.Domains)).ToList();

    /// <inheritdoc cref="TrackedBy(AuditSpec)"/>
    public static IReadOnlyList<BrandDefinition> TrackedBy(BrandSpec brand, IEnumerable<BrandSpec> competitors) =>
        competitors.Prepend(brand).Select(b => new BrandDefinition(b.Name, b.Aliases, b.Domains)).ToList();
}
