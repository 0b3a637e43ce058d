namespace Aeo.Storage.Repositories;

/// <summary>One answered work item as it is written.</summary>
/// <param name="RawResponse">The provider's response body exactly as received: the provider's format, not ours, kept verbatim and never read back.</param>
/// <param name="Mentions">The tracked brands found in the answer (<c>brand_mentions</c>).</param>
/// <param name="Citations">The answer's sources (<c>citations</c>).</param>
/// <param name="Metadata">What else the analysis and the call said about the answer (<c>response_metadata</c>).</param>
/// <param name="CostUsd">What the call cost in US dollars; null when neither the provider nor the price table knows.</param>
/// <param name="CostSource">Where the cost came from (<c>provider</c>, <c>price_table</c>); null when unknown.</param>
/// <param name="StartedAt">When the engine call that produced the answer began.</param>
public sealed record ResponseRecord(
    Guid Id,
    Guid RunId,
    Guid QuestionId,
    string Platform,
    int Sample,
    string Text,
    string RawResponse,
    IReadOnlyList<MentionReport> Mentions,
    IReadOnlyList<CitationReport> Citations,
    AnswerMetadata Metadata,
    string Model,
    bool IsSimulated,
    int InputTokens,
    int OutputTokens,
    int ProcessingTimeMs,
    decimal? CostUsd,
    string? CostSource,
    DateTimeOffset StartedAt);

/// <summary>An answer's <c>response_metadata</c>: the engine's own latency, whether it was simulated, and which tracked brands its sources cite.</summary>
public sealed record AnswerMetadata(int LatencyMs, bool Simulated, IReadOnlyList<BrandCitationReport> BrandCitations);

/// <summary>One stored response as the API lists it.</summary>
public sealed record StoredResponse(
    Guid Id,
    Guid QuestionId,
    int Ordinal,
    string Platform,
    int Sample,
    string Text,
    IReadOnlyList<MentionReport> Mentions,
    IReadOnlyList<CitationReport> Citations,
    string Model,
    bool IsSimulated,
    int InputTokens,
    int OutputTokens,
    int ProcessingTimeMs,
    DateTimeOffset CreatedAt,
    decimal? CostUsd,
    string? CostSource,
    DateTimeOffset? StartedAt);

/// <summary>A work item that is settled: answered (with what it cost, when known), or failed for good.</summary>
public sealed record SettledItem(int Ordinal, string Platform, int Sample, bool Succeeded, decimal? CostUsd);

/// <summary>Per-platform aggregates of a run's stored responses and dead letters.</summary>
/// <param name="CostUsd">The sum of the answers' known costs.</param>
/// <param name="UnknownCostAnswers">Answers whose cost nobody knows (not in <paramref name="CostUsd"/>).</param>
public sealed record PlatformAggregate(
    string Platform, bool IsSimulated, int Succeeded, int Failed, int AvgProcessingTimeMs, long TotalTokens, decimal CostUsd,
    int UnknownCostAnswers);
