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
