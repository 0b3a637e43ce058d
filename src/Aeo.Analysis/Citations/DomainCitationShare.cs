namespace Aeo.Analysis.Citations;

/// <summary>One registrable domain's cited citations and its share of all cited citations.</summary>
public sealed record DomainCitationShare(string Domain, int CitedCount, double Share);
