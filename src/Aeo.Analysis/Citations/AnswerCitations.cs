namespace Aeo.Analysis.Citations;

/// <summary>
/// The sources of one answer: the distinct normalised citations (cited ones first, each in the engine's
/// order), each tracked brand's status in input order, and how many reported URLs were unusable
/// (not http(s) or malformed) and left out.
/// </summary>
public sealed record AnswerCitations(
    IReadOnlyList<NormalizedCitation> Citations,
    IReadOnlyList<BrandCitation> Brands,
    int Rejected);
