namespace Aeo.Api.Analysis;

/// <param name="Judge">True asks the LLM sentiment judge as well as the lexicon (counted against the key's daily judge budget).</param>
public sealed record AnalyzeMentionsRequest(string? Text, List<BrandInput?>? Brands, List<SourceInput?>? Sources, bool? Judge = null);

/// <summary>A source the engine reported with the answer; <c>cited</c> false means retrieved but not cited.</summary>
public sealed record SourceInput(string? Url, string? Title, bool? Cited);

public sealed record AnalyzeMentionsResponse(
    IReadOnlyList<MentionReport> Mentions,
    IReadOnlyList<CitationReport> Citations,
    IReadOnlyList<BrandCitationReport> BrandCitations,
    string SentimentProvider);
