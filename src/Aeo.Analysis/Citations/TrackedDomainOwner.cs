namespace Aeo.Analysis.Citations;

/// <summary>A tracked brand and the domains it owns ("hubspot.com" also owns its subdomains).</summary>
public sealed record TrackedDomainOwner(string Brand, IReadOnlyList<string> Domains);
