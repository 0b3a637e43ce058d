using Aeo.Analysis.Answers.Reports;
using Aeo.Analysis.Citations;
using Aeo.Analysis.Figures;

namespace Aeo.Api.Audits;

public sealed record CreateAuditRequest(
    Guid? ClientId,
    List<string?>? Platforms,
    List<string?>? Categories,
    int? MaxQuestions,
    int? SamplesPerQuestion,
    List<string?>? CustomQuestions,
    List<string?>? UseCases,
    List<string?>? Personas = null,
    string? Locale = null,
    List<CategoryInput?>? CustomCategories = null,
    decimal? MaxCostUsd = null,
    bool? WebSearch = null);

/// <summary>A question category the client adds for this audit: a slug name and question templates ({industry}, {brand}, {competitor}, {use_case}, {persona}…).</summary>
public sealed record CategoryInput(string? Name, List<string?>? Templates);

/// <param name="Skipped">Work items never asked because the run's budget was reached.</param>
public sealed record AuditProgress(double Percent, int Processed, int Failed, int Settled, int Total, int Skipped);

/// <summary>A run's spending limit and what it spent; <c>reached</c> once no new question is handed out.</summary>
public sealed record AuditBudget(decimal LimitUsd, decimal SpentUsd, bool Reached, DateTimeOffset? ReachedAt);

public sealed record AuditPlatformProgress(string Platform, bool Simulated, int Total, int Processed, int Failed, double Percent, string? LastError);

public sealed record AuditPlatformStats(
    string Platform, bool Simulated, int TotalQueries, int SuccessfulQueries, int FailedQueries, int AvgProcessingTimeMs,
    long TotalTokens, int ResponsesMentioningBrand, double BrandMentionRate, decimal CostUsd, int UnknownCostAnswers);

public sealed record AuditLinks(string Self, string Questions, string Responses, string Cancel);

public sealed record AuditRunResponse(
    Guid Id,
    Guid ClientId,
    string Status,
    string Stage,
    string CurrentOperation,
    AuditProgress Progress,
    int TotalQuestions,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? EstimatedCompletion,
    string? LastError,
    AuditPlatformProgress[] Platforms,
    AuditPlatformStats[] Stats,
    AuditLinks Links,
    decimal CostUsd,
    int UnknownCostAnswers,
    AuditBudget? Budget,
    bool WebSearch);

public sealed record AuditRunSummary(
    Guid Id, Guid ClientId, string Status, string Stage, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt, int TotalQuestions, int TotalWorkItems, int Processed, int Failed, string? LastError);

public sealed record QuestionResponse(
    Guid Id, int Ordinal, string Text, string Category, string Type, double Priority, string? PriorityExplanation, string? TargetBrand,
    string Provider);

public sealed record ResponseResponse(
    Guid Id, Guid QuestionId, int QuestionOrdinal, string Platform, bool Simulated, int Sample, string Model, string Text,
    IReadOnlyList<MentionReport> Mentions, IReadOnlyList<CitationReport> Citations, int InputTokens, int OutputTokens, int ProcessingTimeMs, DateTimeOffset CreatedAt,
    decimal? CostUsd, string? CostSource, DateTimeOffset? StartedAt);

public sealed record AuditFiguresResponse(
    Guid RunId,
    string Status,
    int AnsweredWorkItems,
    int PlannedWorkItems,
    RunFigures Figures,
    CitationShareTable Sources,
    AuditComparisonResponse? Comparison);

public sealed record AuditComparisonResponse(Guid BaselineRunId, string BaselineStatus, IReadOnlyList<MetricChange> Changes);
