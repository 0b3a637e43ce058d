namespace Aeo.Analysis.Figures;

/// <summary>
/// A tracked brand mentioned in one answer: how many times (<see cref="Count"/> ≥ 1), its rank among the
/// tracked brands by first mention (1 = first), and its sentiment in [−1, 1] for this answer when analyzed.
/// Brands an answer does not mention have no observation.
/// </summary>
public sealed record BrandObservation(string Brand, int Count, int Rank, double? Sentiment);
