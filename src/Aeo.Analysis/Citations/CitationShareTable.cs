namespace Aeo.Analysis.Citations;

/// <summary>Citation share per domain over a set of answers, largest first (see <see cref="CitationShare"/>).</summary>
public sealed record CitationShareTable(int TotalCited, IReadOnlyList<DomainCitationShare> Domains);
