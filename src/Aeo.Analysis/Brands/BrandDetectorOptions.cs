namespace Aeo.Analysis.Brands;

/// <summary>How many context snippets to keep per brand and how far each may reach around a mention.</summary>
public sealed record BrandDetectorOptions(int MaxContexts = 3, int ContextRadius = 120);
