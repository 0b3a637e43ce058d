using System.Globalization;
using Aeo.Abstractions.Webhooks;
using Aeo.Analysis.Discovery;
using Aeo.Storage.Webhooks;

namespace Aeo.Storage.Discovery;

/// <summary>
/// The <c>competitor.discovered</c> event of a brand that newly crossed the alert share in a run. Its id is derived
/// from the client and the brand alone: a brand is announced once per client, however often its run is finalized again.
/// </summary>
public static class DiscoveryEvents
{
    public static WebhookEvent For(Guid runId, Guid clientId, DiscoveredBrand brand, double alertShare, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(brand);
        var share = brand.Share.ToString("0.#%", CultureInfo.InvariantCulture);
        return new WebhookEvent(
            WebhookEvent.IdFor(WebhookEventTypes.CompetitorDiscovered, clientId.ToString(), brand.Key),
            clientId,
            WebhookEventTypes.CompetitorDiscovered,
            $"{brand.Name} is named in {share} of the non-branded answers of audit run {runId} and is not tracked",
            new
            {
                runId,
                clientId,
                key = brand.Key,
                name = brand.Name,
                variants = brand.Variants.Select(v => v.Name).ToArray(),
                domains = brand.Domains,
                answers = brand.Answers,
                share = brand.Share,
                lower = brand.Interval.Lower,
                upper = brand.Interval.Upper,
                alertShare,
                platforms = brand.Platforms,
            },
            at);
    }
}
