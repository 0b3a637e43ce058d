namespace Aeo.Analysis.Citations;

/// <summary>Citation share per registrable domain over a set of answers, largest first.</summary>
public sealed record CitationShareTable(int TotalCited, IReadOnlyList<DomainCitationShare> Domains);
