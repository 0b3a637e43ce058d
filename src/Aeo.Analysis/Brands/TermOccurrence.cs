namespace Aeo.Analysis.Brands;

/// <summary>A term found at a position in the text, before overlaps are resolved.</summary>
internal readonly record struct TermOccurrence(int Start, int Length, int TermIndex);
