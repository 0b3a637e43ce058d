using Aeo.Analysis.Answers.Reports;
using Aeo.Analysis.Citations;
using Aeo.Analysis.Figures;

namespace Aeo.Api.Contracts;

public sealed record AnalyzeMentionsRequest(string? Text, List<BrandInput?>? Brands, List<SourceInput?>? Sources);

/// <summary>A source the engine reported with the answer; <c>cited</c> false means retrieved but not cited.</summary>
public sealed record SourceInput(string? Url, string? Title, bool? Cited);

public sealed record AnalyzeMentionsResponse(
    IReadOnlyList<MentionReport> Mentions,
    IReadOnlyList<CitationReport> Citations,
    IReadOnlyList<BrandCitationReport> BrandCitations,
    string SentimentProvider);

public sealed record AuditFiguresResponse(
    Guid RunId,
    string Status,
    int AnsweredWorkItems,
    int PlannedWorkItems,
    RunFigures Figures,
    CitationShareTable Sources,
    AuditComparisonResponse? Comparison);

public sealed record AuditComparisonResponse(Guid BaselineRunId, string BaselineStatus, IReadOnlyList<MetricChange> Changes);
