using Aeo.Analysis.Significance;

namespace Aeo.Api.Reports;

/// <summary>
/// Everything a run report shows, built from the tables (<see cref="RunReportBuilder"/>): the JSON format is this
/// document, and the HTML page renders exactly this, so the two never disagree. Deterministic for a given run: nothing
/// in it depends on when it is built.
/// </summary>
/// <param name="SchemaVersion">Raised when a field is renamed or removed (new fields may appear without it).</param>
/// <param name="Headline">The non-branded segment: the figures to quote (branded questions inflate the client's).</param>
/// <param name="PlatformMatrix">Per platform, the non-branded segment within it, for the brand × platform matrix.</param>
/// <param name="ByCategory">Per question category, all of its answers.</param>
/// <param name="Overall">All answers, branded and non-branded pooled; the own-domain citation figures are read from it.</param>
/// <param name="Changes">Since the previous comparable run; null when there is none or the run has not ended.</param>
public sealed record RunReport(
    int SchemaVersion,
    ReportRun Run,
    ReportClient Client,
    IReadOnlyList<ReportPlatform> Platforms,
    IReadOnlyList<ReportBrand> Brands,
    SegmentFigures Headline,
    IReadOnlyDictionary<string, SegmentFigures> PlatformMatrix,
    IReadOnlyDictionary<string, SegmentFigures> ByCategory,
    SegmentFigures Overall,
    ReportSources Sources,
    ReportChanges? Changes,
    IReadOnlyList<ReportSampleAnswer> SampleAnswers,
    IReadOnlyList<ReportQuestion> Questions)
{
    public const int CurrentSchemaVersion = 2;
}

/// <param name="Ended">False for a report of a run still under way (asked for with <c>partial=true</c>).</param>
/// <param name="Simulated">True when any platform of the run was simulated: its figures describe no real engine.</param>
/// <param name="UnknownCostAnswers">Answers whose cost nobody knows (not in <paramref name="CostUsd"/>).</param>
public sealed record ReportRun(
    Guid Id,
    string Status,
    bool Ended,
    bool Simulated,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    int Questions,
    int SamplesPerQuestion,
    int PlannedWorkItems,
    int AnsweredWorkItems,
    int FailedWorkItems,
    decimal CostUsd,
    int UnknownCostAnswers);

public sealed record ReportClient(Guid Id, string Name, string Industry, string Brand, IReadOnlyList<string> Competitors);

/// <summary>A platform of the run: the models that answered, whether simulated, what it answered and cost.</summary>
public sealed record ReportPlatform(
    string Name, IReadOnlyList<string> Models, bool Simulated, int Answered, int Failed, decimal CostUsd, int AverageLatencyMs);

public sealed record ReportBrand(string Name, bool IsClient, IReadOnlyList<string> Domains);

/// <param name="TopDomains">The most cited domains, largest share first (at most <see cref="RunReportBuilder.TopDomains"/>).</param>
public sealed record ReportSources(int TotalCited, IReadOnlyList<DomainCitationShare> TopDomains);

/// <summary>
/// What changed since the previous comparable run of the same client, as <c>GET /api/v1/audits/{id}/changes</c> reports
/// it for the non-branded segment: every tested (brand, platform or across platforms, metric) change of the family,
/// <see cref="SignificantChange.Significant"/> after Benjamini–Hochberg at <see cref="FalseDiscoveryRate"/>, each with its sentence.
/// </summary>
/// <param name="Method">How significance was decided, so that a reader (and a later method) can tell.</param>
/// <param name="Paired">Both runs asked the same questions, so yes/no rates were tested on the <paramref name="MatchedItems"/> items both answered.</param>
/// <param name="Platforms">The platforms whose model was the same in both runs; <paramref name="AcrossPlatforms"/>: whether the all-platforms series was comparable too.</param>
public sealed record ReportChanges(
    Guid BaselineRunId,
    DateTimeOffset BaselineCreatedAt,
    string Method,
    double FalseDiscoveryRate,
    bool Paired,
    int MatchedItems,
    IReadOnlyList<string> Platforms,
    bool AcrossPlatforms,
    int Tested,
    int Significant,
    IReadOnlyList<SignificantChange> Changes);

/// <summary>One sampled answer with every tracked brand mention's place in <see cref="Text"/> and its sentiment.</summary>
public sealed record ReportSampleAnswer(
    string Platform,
    string Model,
    bool Simulated,
    int QuestionOrdinal,
    string Question,
    string Category,
    int Sample,
    string Text,
    IReadOnlyList<ReportMention> Mentions);

/// <param name="Positions">Where the brand is named: UTF-16 offsets into the answer's text.</param>
public sealed record ReportMention(
    string Brand, int Count, int Rank, int? ListPosition, string Sentiment, double SentimentScore, IReadOnlyList<ReportSpan> Positions);

public sealed record ReportSpan(int Start, int Length);

public sealed record ReportQuestion(int Ordinal, string Text, string Category, string Type, string? TargetBrand);
