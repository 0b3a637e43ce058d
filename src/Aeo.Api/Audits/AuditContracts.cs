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
    bool? WebSearch = null,
    SamplingInput? Sampling = null);

/// <summary>How samples are asked: <c>fixed</c> (every question <c>samplesPerQuestion</c> times, the default) or <c>adaptive</c>.</summary>
/// <param name="TargetHalfWidth">Adaptive: the 95 % interval half-width of the client's headline mention rate to reach per platform.</param>
/// <param name="MaxSamplesPerQuestion">Adaptive: the most samples one question gets on one platform.</param>
public sealed record SamplingInput(string? Mode, double? TargetHalfWidth = null, int? MaxSamplesPerQuestion = null);

/// <summary>An adaptive run's sampling: its target, rounds so far, and per platform why it stopped and what it saved.</summary>
public sealed record AuditSampling(string Mode, double TargetHalfWidth, int MaxSamplesPerQuestion, int Rounds, AuditPlatformSampling[] Platforms);

/// <param name="Stop">interval, maximum, budget, samples_agree or no_headline; null while the platform is still sampling.</param>
/// <param name="HalfWidth">The headline interval's half-width when last measured.</param>
/// <param name="WorkItems">Work items planned on the platform.</param>
/// <param name="WorkItemsAtMaximum">Work items had every question been asked the maximum.</param>
/// <param name="SavedCostUsd">The saved work items at the platform's mean known cost per answer; null until the run ends, or with no known cost.</param>
public sealed record AuditPlatformSampling(
    string Platform, string? Stop, double? HalfWidth, int Rounds, int WorkItems, int WorkItemsAtMaximum, int SavedWorkItems, decimal? SavedCostUsd);

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
    bool WebSearch,
    AuditSampling? Sampling = null);

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
    AuditComparisonResponse? Comparison,
    AuditSampling? Sampling = null);

public sealed record AuditComparisonResponse(Guid BaselineRunId, string BaselineStatus, IReadOnlyList<MetricChange> Changes);
