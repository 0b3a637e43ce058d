namespace Aeo.Analysis.Citations;

/// <summary>
/// A source as a provider adapter reports it for one answer. <see cref="Url"/> is as the engine gave
/// it (not normalised); <see cref="Position"/> is the 1-based order in which the engine listed it.
/// </summary>
public sealed record Citation(string Url, string? Title, CitationKind Kind, int Position);
