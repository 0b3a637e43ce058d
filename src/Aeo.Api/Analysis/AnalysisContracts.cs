using Aeo.Analysis.Answers.Reports;
using Aeo.Api.Clients;

namespace Aeo.Api.Analysis;

public sealed record AnalyzeMentionsRequest(string? Text, List<BrandInput?>? Brands, List<SourceInput?>? Sources);

/// <summary>A source the engine reported with the answer; <c>cited</c> false means retrieved but not cited.</summary>
public sealed record SourceInput(string? Url, string? Title, bool? Cited);

public sealed record AnalyzeMentionsResponse(
    IReadOnlyList<MentionReport> Mentions,
    IReadOnlyList<CitationReport> Citations,
    IReadOnlyList<BrandCitationReport> BrandCitations,
    string SentimentProvider);
