namespace Aeo.Analysis.Trends;

/// <summary>A stored figure of one run in one series: the run's time, setup and the value itself.</summary>
public sealed record TrendObservation(Guid RunId, DateTimeOffset Time, RunSetup Setup, StoredFigure Figure);

/// <summary>Groups stored figures into series, one per (brand, platform), ordered in time, with the setup breaks marked.</summary>
public static class TrendBuilder
{
    public static IReadOnlyList<TrendSeries> Build(IEnumerable<TrendObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        return observations
            .GroupBy(o => (o.Figure.Brand, o.Figure.Platform))
            .Select(Series)
            .OrderByDescending(s => s.IsClient)
            .ThenBy(s => s.Brand, StringComparer.Ordinal)
            .ThenBy(s => s.Platform is not null)
            .ThenBy(s => s.Platform, StringComparer.Ordinal)
            .ToList();
    }

    private static TrendSeries Series(IGrouping<(string Brand, string? Platform), TrendObservation> group)
    {
        var ordered = group.OrderBy(o => o.Time).ThenBy(o => o.RunId).ToList();
        var points = new List<TrendPoint>(ordered.Count);
        var breaks = new List<TrendBreak>();
        TrendObservation? previous = null;
        foreach (var observation in ordered)
        {
            var setupId = observation.Setup.SetupIdFor(group.Key.Platform);
            if (previous is not null && points[^1].SetupId != setupId)
            {
                breaks.Add(new TrendBreak(
                    observation.RunId, observation.Time, points[^1].SetupId, setupId,
                    observation.Setup.ChangesFrom(previous.Setup, group.Key.Platform)));
            }
            var figure = observation.Figure;
            points.Add(new TrendPoint(observation.Time, observation.RunId, figure.Value, figure.Lower, figure.Upper, figure.Answers, setupId));
            previous = observation;
        }
        return new TrendSeries(group.Key.Brand, ordered[0].Figure.IsClient, group.Key.Platform, points, breaks);
    }
}
