namespace Aeo.Api.Trends;

/// <summary>
/// A trends request's query, checked: <c>metric</c> one of the figures' metric names (default mention_rate),
/// <c>segment</c> non_branded (the default, as the headline), branded or all, <c>from</c>/<c>to</c> ISO 8601 times
/// (from inclusive, to exclusive), <c>scheduleId</c> a schedule's id; <c>brand</c> and <c>platform</c> narrow the series.
/// </summary>
public sealed record TrendQuery(
    string Metric, string Segment, string? QuestionType, string? Brand, string? Platform, DateTimeOffset? From, DateTimeOffset? To,
    Guid? ScheduleId)
{
    public const string AllSegment = "all";

    public static TrendQuery? Read(
        string? metric, string? brand, string? platform, string? segment, string? from, string? to, string? scheduleId, ValidationErrors errors)
    {
        metric ??= FigureMetrics.MentionRate;
        if (!StoredFigure.MetricNames.Contains(metric, StringComparer.Ordinal))
        {
            errors.Add("metric", "Not a metric: one of " + string.Join(", ", StoredFigure.MetricNames) + ".");
        }
        segment ??= QuestionTypes.NonBranded;
        if (segment is not (QuestionTypes.NonBranded or QuestionTypes.Branded or AllSegment))
        {
            errors.Add("segment", "Not a segment: non_branded, branded or all.");
        }
        var fromTime = Time("from", from, errors);
        var toTime = Time("to", to, errors);
        if (fromTime is { } start && toTime is { } end && end <= start)
        {
            errors.Add("to", "Must be later than from.");
        }
        Guid? schedule = null;
        if (scheduleId is not null)
        {
            if (Guid.TryParse(scheduleId, out var parsed))
            {
                schedule = parsed;
            }
            else
            {
                errors.Add("scheduleId", "Not a schedule id.");
            }
        }
        if (brand is { Length: > 200 })
        {
            errors.Add("brand", "At most 200 characters.");
        }
        if (platform is { Length: > 100 })
        {
            errors.Add("platform", "At most 100 characters.");
        }
        return errors.Any
            ? null
            : new TrendQuery(metric, segment, segment == AllSegment ? null : segment, brand, platform, fromTime, toTime, schedule);
    }

    private static DateTimeOffset? Time(string field, string? text, ValidationErrors errors)
    {
        if (text is null)
        {
            return null;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }
        errors.Add(field, "Not a time: use ISO 8601, such as 2026-01-31T00:00:00Z.");
        return null;
    }
}
