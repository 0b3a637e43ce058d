namespace Aeo.Analysis.Figures;

/// <summary>A brand the figures report on: its domains (for citations) and whether it is the client's own.</summary>
public sealed record TrackedBrand(string Brand, IReadOnlyList<string> Domains, bool IsClient);
