namespace Aeo.Analysis.Brands;

/// <summary>A brand to look for: its display name, other names it goes by, and its web domains.</summary>
public sealed record BrandDefinition(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Domains);
