namespace Aeo.Api.Mcp;

/// <summary>A rate with its 95 % interval (fractions of 1).</summary>
public sealed record Estimate(double? Value, double? Lower, double? Upper)
{
    public static Estimate Of(RateEstimate rate) => new(Round(rate.Value), Round(rate.Lower), Round(rate.Upper));

    public static double? Round(double? value) => value is { } v ? Math.Round(v, 4) : null;
}

/// <summary>One tracked brand's figures in a segment: the few an agent quotes, not every estimator's detail.</summary>
public sealed record BrandSummary(
    string Brand, bool IsClient, Estimate MentionRate, Estimate ShareOfVoice, double? AverageRank, double? Sentiment, Estimate CitationRate)
{
    public static BrandSummary Of(BrandFigures b) => new(
        b.Brand, b.IsClient, Estimate.Of(b.MentionRate), Estimate.Of(b.ShareOfVoice), Estimate.Round(b.AverageRank.Value),
        Estimate.Round(b.Sentiment.Value), Estimate.Of(b.CitationRate));
}

/// <param name="Segment">"headline" (non-branded questions, all platforms) or "platform:NAME" (all questions on one platform).</param>
public sealed record SegmentSummary(string Segment, int Answers, IReadOnlyList<BrandSummary> Brands)
{
    public static SegmentSummary Of(string name, SegmentFigures segment) =>
        new(name, segment.Answers, segment.Brands.Values.Select(BrandSummary.Of).ToArray());
}

public sealed record RunOverview(
    Guid Id,
    Guid ClientId,
    string Status,
    string Stage,
    string CurrentOperation,
    AuditProgress Progress,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    string? LastError,
    decimal CostUsd,
    AuditBudget? Budget,
    IReadOnlyList<AuditPlatformProgress> Platforms,
    SegmentSummary? Figures);

public sealed record RunComparisonResult(Guid RunId, Guid BaselineRunId, string BaselineStatus, McpPage<MetricChange> Changes);

/// <summary>Where a tracked brand is named in an answer: character offsets into <c>text</c>.</summary>
public sealed record MentionSpan(int Start, int Length, string Text);

public sealed record AnswerMention(string Brand, int Count, int Rank, int? ListPosition, string Sentiment, IReadOnlyList<MentionSpan> Spans);

public sealed record AnswerResult(
    int QuestionOrdinal, string Platform, bool Simulated, int Sample, string Text, bool Truncated, IReadOnlyList<AnswerMention> Mentions,
    IReadOnlyList<string> CitedUrls);

public sealed record SourcesResult(Guid RunId, int TotalCited, McpPage<Aeo.Analysis.Citations.DomainCitationShare> Domains);

public sealed record PlatformSummary(string Name, string Kind, bool Simulated, string? Model, int RequestsPerMinute, string Availability, DateTimeOffset? AvailableAgainAt, string Breaker, int RecentErrors);

public sealed record TrendPointSummary(DateTimeOffset Time, Guid RunId, double? Value, double? Lower, double? Upper, int Answers);

/// <summary>A run whose setup differed from the point before it: <c>changed</c> says what (questions, samples, brands, web_search, platforms, model:NAME).</summary>
public sealed record TrendBreakSummary(Guid RunId, DateTimeOffset Time, IReadOnlyList<string> Changed);

/// <param name="TotalPoints">How many points the series has; <c>points</c> holds the latest of them.</param>
public sealed record TrendSeriesSummary(
    string Brand, bool IsClient, string? Platform, int TotalPoints, IReadOnlyList<TrendPointSummary> Points, IReadOnlyList<TrendBreakSummary> Breaks)
{
    public static TrendSeriesSummary Of(TrendSeries series, int maxPoints)
    {
        var points = series.Points.Skip(Math.Max(series.Points.Count - maxPoints, 0)).ToArray();
        var shown = points.Select(p => p.RunId).ToHashSet();
        return new TrendSeriesSummary(series.Brand, series.IsClient, series.Platform, series.Points.Count,
            points.Select(p => new TrendPointSummary(p.Time, p.RunId, Estimate.Round(p.Value), Estimate.Round(p.Lower), Estimate.Round(p.Upper), p.Answers)).ToArray(),
            series.Breaks.Where(b => shown.Contains(b.RunId)).Select(b => new TrendBreakSummary(b.RunId, b.Time, b.Changed)).ToArray());
    }
}

public sealed record TrendsResult(Guid ClientId, string Metric, string Segment, McpPage<TrendSeriesSummary> Series);

/// <summary>A run's changes against <c>baselineRunId</c> (null, with <c>reason</c>, when no earlier run is comparable).</summary>
public sealed record ChangesResult(
    Guid RunId,
    Guid? BaselineRunId,
    string? Reason,
    string Segment,
    double FalseDiscoveryRate,
    bool Paired,
    int MatchedItems,
    IReadOnlyList<string> Platforms,
    bool AcrossPlatforms,
    int Tested,
    int Significant,
    McpPage<Aeo.Analysis.Significance.SignificantChange> Changes);
