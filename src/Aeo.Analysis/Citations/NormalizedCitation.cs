namespace Aeo.Analysis.Citations;

/// <summary>
/// One distinct source of an answer after normalisation: <see cref="Url"/> is canonical (see
/// <see cref="CitationNormalizer"/>), <see cref="Position"/> the engine's 1-based position for it.
/// </summary>
public sealed record NormalizedCitation(
    string Url,
    string? Title,
    CitationKind Kind,
    int Position,
    string Domain,
    string RegistrableDomain);
