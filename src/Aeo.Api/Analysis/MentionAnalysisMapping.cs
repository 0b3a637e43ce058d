using Aeo.Analysis.Brands;

namespace Aeo.Api.Analysis;

/// <summary>A validated pasted answer's brands and sources, as the analyzer takes them.</summary>
public static class MentionAnalysisMapping
{
    public static BrandDefinition[] Brands(AnalyzeMentionsRequest request) => request.Brands!
        .Select(b => ClientValidator.ToSpec(b!))
        .Select(b => new BrandDefinition(b.Name, b.Aliases, b.Domains))
        .ToArray();

    /// <summary>In the order given (that is their position); <c>cited</c> false means retrieved only.</summary>
    public static Citation[] Sources(AnalyzeMentionsRequest request) => (request.Sources ?? [])
        .Select((s, i) => new Citation(s!.Url!, s.Title, s.Cited == false ? CitationKind.Retrieved : CitationKind.Cited, i + 1))
        .ToArray();
}
