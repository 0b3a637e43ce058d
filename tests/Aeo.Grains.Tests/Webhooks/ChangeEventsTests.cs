using Aeo.Abstractions.Webhooks;
using Aeo.Analysis.Significance;
using Aeo.Grains.Webhooks;
using Aeo.Storage.Trends;

namespace Aeo.Grains.Tests.Webhooks;

public sealed class ChangeEventsTests
{
    private static readonly DateTimeOffset Ended = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_significant_change_is_one_event_and_the_client_losing_or_gaining_citations_on_a_platform_one_more()
    {
        var runId = Guid.NewGuid();
        var family = new RunChangeFamily(Guid.NewGuid(), true, 40, ["openai"], true,
        [
            Change("Acme", true, "openai", "mention_rate", 0.6, 0.3, significant: true),
            Change("Acme", true, "openai", "citation_rate", 0.4, 0, significant: true),
            Change("Acme", true, "gemini", "citation_rate", 0, 0.5, significant: true),
            Change("Acme", true, null, "citation_rate", 0.4, 0, significant: true),
            Change("Globex", false, "openai", "citation_rate", 0.4, 0, significant: true),
            Change("Acme", true, "perplexity", "citation_rate", 0.4, 0, significant: false),
            Change("Acme", true, "openai", "sentiment", 0.2, 0.1, significant: false),
        ], null);

        var events = ChangeEvents.From(runId, Guid.NewGuid(), Ended, family);

        Assert.Equal(5, events.Count(e => e.Type == WebhookEventTypes.ChangeSignificant));
        var lost = Assert.Single(events, e => e.Type == WebhookEventTypes.CitationLost);
        Assert.Equal("Acme's own domains are no longer cited on openai (significant)", lost.Summary);
        Assert.Single(events, e => e.Type == WebhookEventTypes.CitationGained);
        Assert.Equal(events.Count, events.Select(e => e.Id).Distinct().Count());
        Assert.Equal(events.Select(e => e.Id), ChangeEvents.From(runId, Guid.NewGuid(), Ended, family).Select(e => e.Id));
        Assert.NotEqual(events[0].Id, ChangeEvents.From(runId, Guid.NewGuid(), Ended.AddSeconds(1), family)[0].Id);
    }

    private static SignificantChange Change(string brand, bool isClient, string? platform, string metric, double from, double to, bool significant) =>
        new(brand, isClient, platform, metric, from, to, to - from, to - from - 0.1, to - from + 0.1, 0.001, significant ? 0.01 : 0.2, significant,
            ChangeTests.McNemarExact, $"{brand}'s {metric} changed");
}
