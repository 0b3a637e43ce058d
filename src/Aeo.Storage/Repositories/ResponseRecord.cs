namespace Aeo.Storage.Repositories;

/// <summary>One answered work item as it is written.</summary>
public sealed record ResponseRecord(
    Guid Id,
    Guid RunId,
    Guid QuestionId,
    string Platform,
    int Sample,
    string Text,
    string RawJson,
    string MentionsJson,
    string CitationsJson,
    string MetadataJson,
    string Model,
    bool IsSimulated,
    int InputTokens,
    int OutputTokens,
    int ProcessingTimeMs);

/// <summary>One stored response as the API lists it.</summary>
public sealed record StoredResponse(
    Guid Id,
    Guid QuestionId,
    int Ordinal,
    string Platform,
    int Sample,
    string Text,
    string MentionsJson,
    string CitationsJson,
    string Model,
    bool IsSimulated,
    int InputTokens,
    int OutputTokens,
    int ProcessingTimeMs,
    DateTimeOffset CreatedAt);

/// <summary>A work item that is settled: answered, or failed for good.</summary>
public sealed record SettledItem(int Ordinal, string Platform, int Sample, bool Succeeded);

/// <summary>Per-platform aggregates of a run's stored responses and dead letters.</summary>
public sealed record PlatformAggregate(
    string Platform, bool IsSimulated, int Succeeded, int Failed, int AvgProcessingTimeMs, long TotalTokens, int MentioningBrand);

/// <summary>One answer as the figures read it: where it belongs (question category and type, platform, sample) and what was found.</summary>
public sealed record AnalysedAnswerRow(
    Guid QuestionId, string Category, string QuestionType, string Platform, int Sample, string MentionsJson, string CitationsJson);
