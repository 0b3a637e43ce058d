namespace Aeo.Analysis.Brands;

/// <summary>One searchable, case-folded string and the brand it stands for.</summary>
internal readonly record struct BrandTerm(string FoldedText, int BrandIndex, MatchKind Kind);
