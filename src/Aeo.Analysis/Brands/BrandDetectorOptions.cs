namespace Aeo.Analysis.Brands;

/// <summary>
/// How many context snippets to keep per brand (one per mention, first mentions first, repeats dropped)
/// and how far each sentence may reach, in chars, either side of its mention.
/// </summary>
public sealed record BrandDetectorOptions(int MaxContexts = 3, int ContextRadius = 120);
