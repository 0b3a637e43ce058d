namespace Aeo.Analysis.Figures;

/// <summary>
/// A tracked brand mentioned in one answer: how many times (<see cref="Count"/> ≥ 1), its rank among the
/// tracked brands by first mention (1 = first), its sentiment in [−1, 1] for this answer when analyzed, its
/// <see cref="Prominence"/> in [0, 1] when measured (answers stored before it was have none), and whether it is named
/// only to say the engine knows nothing of it (<see cref="UnknownToEngine"/>) or only in an echo of the question or a
/// disclaimer (<see cref="EchoOrDisclaimerOnly"/>): such a mention is counted apart, not as visibility.
/// Brands an answer does not mention have no observation.
/// </summary>
public sealed record BrandObservation(
    string Brand,
    int Count,
    int Rank,
    double? Sentiment,
    double? Prominence = null,
    bool UnknownToEngine = false,
    bool EchoOrDisclaimerOnly = false)
{
    /// <summary>Whether the mention counts as visibility: not flagged as named only to say nothing or only in passing.</summary>
    public bool IsVisible => !UnknownToEngine && !EchoOrDisclaimerOnly;
}
