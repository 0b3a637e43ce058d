using Aeo.Analysis.Brands;

namespace Aeo.Analysis.Discovery;

/// <summary>
/// Several runs' discoveries as one: per key, answers summed over the runs, the share over all their non-branded
/// answers with its Wilson interval, variants' counts summed, domains and platforms united, the earliest first
/// sighting, and the first samples of the oldest runs.
/// </summary>
public static class DiscoveryMerge
{
    /// <param name="runs">Oldest first.</param>
    /// <param name="keep">Which brands count (a brand the client has since started tracking does not).</param>
    public static DiscoveryResult Combine(IReadOnlyList<DiscoveryResult> runs, Func<DiscoveredBrand, bool> keep)
    {
        var nonBranded = runs.Sum(r => r.NonBrandedAnswers);
        var merged = runs.SelectMany(r => r.Brands).Where(keep).GroupBy(b => b.Key, StringComparer.Ordinal).Select(group =>
        {
            var brands = group.ToList();
            var variants = brands.SelectMany(b => b.Variants).GroupBy(v => v.Name, StringComparer.Ordinal)
                .Select(v => new NameVariant(v.Key, v.Sum(x => x.Count)))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Name.Length).ThenBy(v => v.Name, StringComparer.Ordinal)
                .ToList();
            var domains = brands.SelectMany(b => b.Domains).Distinct(StringComparer.Ordinal).ToList();
            var answers = brands.Sum(b => b.Answers);
            var share = nonBranded > 0 ? (double)answers / nonBranded : 0;
            return new DiscoveredBrand(
                group.Key,
                variants.Count > 0 ? variants[0].Name : domains[0],
                variants,
                domains,
                answers,
                brands.Sum(b => b.NamedAnswers),
                brands.Sum(b => b.CitedAnswers),
                share,
                Intervals.Wilson(share, nonBranded),
                brands.SelectMany(b => b.Platforms).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                brands.Select(b => b.FirstSeen).MinBy(s => s.At)!,
                brands.SelectMany(b => b.Samples).Distinct().Take(CompetitorDiscovery.MaxSamples).ToList());
        });
        return new DiscoveryResult(nonBranded, CompetitorDiscovery.Ordered(merged));
    }

    /// <summary>
    /// Whether a discovered brand is still untracked by <paramref name="tracked"/> (by its key, any variant or any domain,
    /// by the rules of discovery itself): a brand stored before the client started tracking it no longer counts.
    /// </summary>
    public static Func<DiscoveredBrand, bool> UntrackedBy(IReadOnlyList<BrandDefinition> tracked)
    {
        var names = new TrackedNames(tracked);
        var scratch = new StringBuilder();
        return brand => !names.IsTrackedKey(brand.Key)
            && !brand.Variants.Any(v => names.IsTrackedName(brand.Key, v.Name, scratch))
            && !brand.Domains.Any(names.OwnsDomain);
    }

    /// <summary>
    /// The keys of brands whose share reaches <paramref name="alertShare"/> now and never did in an earlier run
    /// (<paramref name="earlierAtOrAbove"/>): the brands to announce as newly discovered.
    /// </summary>
    public static IReadOnlySet<string> NewlyCrossed(IEnumerable<DiscoveredBrand> brands, IReadOnlySet<string> earlierAtOrAbove, double alertShare) =>
        brands.Where(b => b.Share >= alertShare && !earlierAtOrAbove.Contains(b.Key)).Select(b => b.Key).ToHashSet(StringComparer.Ordinal);
}
