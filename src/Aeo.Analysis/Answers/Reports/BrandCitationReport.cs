namespace Aeo.Analysis.Answers.Reports;

/// <summary>Whether an answer's sources include a tracked brand's domains: cited, retrieved_only or absent, with counts.</summary>
public sealed record BrandCitationReport(string Brand, string Status, int CitedCount, int RetrievedCount);
