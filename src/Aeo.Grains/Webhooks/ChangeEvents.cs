using System.Globalization;
using Aeo.Abstractions.Webhooks;
using Aeo.Analysis.Figures;
using Aeo.Analysis.Significance;
using Aeo.Storage.Trends;
using Aeo.Storage.Webhooks;

namespace Aeo.Grains.Webhooks;

/// <summary>
/// The webhook events of a run's tested changes (after false discovery rate control): one <c>change.significant</c> per
/// significant change, and <c>citation.lost</c> / <c>citation.gained</c> where the client's own domains stopped being
/// cited on a platform (a significant fall of the citation rate to zero) or started (a significant rise from zero).
/// </summary>
public static class ChangeEvents
{
    public static IReadOnlyList<WebhookEvent> From(Guid runId, Guid clientId, DateTimeOffset ended, RunChangeFamily family)
    {
        var events = new List<WebhookEvent>();
        foreach (var change in family.Changes.Where(c => c.Significant))
        {
            var data = Data(runId, clientId, family.BaselineRunId, change);
            events.Add(Event(WebhookEventTypes.ChangeSignificant, runId, clientId, ended, change, change.Sentence, data));
            if (CitationType(change) is { } citation)
            {
                var sentence = citation == WebhookEventTypes.CitationLost
                    ? $"{change.Brand}'s own domains are no longer cited on {change.Platform} (significant)"
                    : $"{change.Brand}'s own domains are now cited on {change.Platform} (significant)";
                events.Add(Event(citation, runId, clientId, ended, change, sentence, data));
            }
        }
        return events;
    }

    /// <summary>citation.lost, citation.gained, or null when the change is neither.</summary>
    public static string? CitationType(SignificantChange change) => change switch
    {
        { Significant: true, IsClient: true, Metric: FigureMetrics.CitationRate, Platform: not null, From: > 0, To: 0 } => WebhookEventTypes.CitationLost,
        { Significant: true, IsClient: true, Metric: FigureMetrics.CitationRate, Platform: not null, From: 0, To: > 0 } => WebhookEventTypes.CitationGained,
        _ => null,
    };

    private static WebhookEvent Event(
        string type, Guid runId, Guid clientId, DateTimeOffset ended, SignificantChange change, string summary, object data) => new(
        WebhookEvent.IdFor(type, runId.ToString(), ended.UtcTicks.ToString(CultureInfo.InvariantCulture), change.Brand, change.Platform ?? "", change.Metric),
        clientId,
        type,
        summary,
        data,
        ended);

    private static object Data(Guid runId, Guid clientId, Guid? baselineRunId, SignificantChange c) => new
    {
        runId,
        clientId,
        baselineRunId,
        brand = c.Brand,
        isClient = c.IsClient,
        platform = c.Platform,
        metric = c.Metric,
        from = c.From,
        to = c.To,
        difference = c.Difference,
        lower = c.Lower,
        upper = c.Upper,
        pValue = c.PValue,
        adjustedPValue = c.AdjustedPValue,
        test = c.Test,
        sentence = c.Sentence,
    };
}
