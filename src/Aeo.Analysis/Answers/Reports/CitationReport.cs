namespace Aeo.Analysis.Answers.Reports;

/// <summary>A source of an answer as stored and shown: normalised URL, its domain and registrable domain, cited or retrieved, the engine's order.</summary>
public sealed record CitationReport(string Url, string? Title, string Kind, int Position, string Domain, string RegistrableDomain);
