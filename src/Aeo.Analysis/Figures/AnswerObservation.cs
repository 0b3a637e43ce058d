namespace Aeo.Analysis.Figures;

/// <summary>
/// What the figures need from one answered work item (question × platform × sample). Only answers that
/// exist are observations: a failed work item is not an answer and is not counted in any denominator.
/// <see cref="Brands"/> holds the tracked brands the answer mentions; <see cref="Citations"/> its distinct sources.
/// </summary>
public sealed record AnswerObservation(
    string QuestionId,
    string Category,
    bool Branded,
    string Platform,
    int Sample,
    IReadOnlyList<BrandObservation> Brands,
    IReadOnlyList<CitedDomain> Citations);
