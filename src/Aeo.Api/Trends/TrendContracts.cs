namespace Aeo.Api.Trends;

/// <summary>
/// A client's series of one metric: per brand, per platform and across platforms (<see cref="TrendSeries.Platform"/>
/// null), one point per ended run, with the breaks where a run's setup made its point incomparable with the one before.
/// </summary>
public sealed record TrendsResponse(
    Guid ClientId,
    string Metric,
    string Segment,
    DateTimeOffset? From,
    DateTimeOffset? To,
    Guid? ScheduleId,
    IReadOnlyList<TrendSeries> Series);
