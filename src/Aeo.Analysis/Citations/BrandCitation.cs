namespace Aeo.Analysis.Citations;

/// <summary>
/// A tracked brand's sources in one answer: <see cref="CitedCount"/> distinct cited URLs and
/// <see cref="RetrievedCount"/> distinct URLs retrieved but not cited, on the brand's domains or their subdomains.
/// </summary>
public sealed record BrandCitation(string Brand, BrandCitationStatus Status, int CitedCount, int RetrievedCount);
