namespace Aeo.Analysis.Citations;

/// <summary>
/// One domain's cited citations and its share of all cited citations: a registrable domain, or a tracked brand's domain
/// with a path ("zoho.com/books"); <see cref="Brand"/> is the tracked brand it belongs to, if any.
/// </summary>
public sealed record DomainCitationShare(string Domain, int CitedCount, double Share, string? Brand = null);
