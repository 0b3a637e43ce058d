using Aeo.Analysis.Significance;

namespace Aeo.Api.Changes;

/// <summary>
/// A run's significant changes against the previous comparable run (<see cref="BaselineRunId"/>; null with
/// <see cref="Reason"/> when there is none). <see cref="Paired"/>: both runs asked the same questions, so yes/no rates
/// were tested on the <see cref="MatchedItems"/> items both answered. <see cref="Platforms"/>: the platforms whose
/// setup (model) was the same in both runs; <see cref="AcrossPlatforms"/>: whether the all-platforms series was too.
/// </summary>
public sealed record ChangesResponse(
    Guid RunId,
    Guid? BaselineRunId,
    string Segment,
    double FalseDiscoveryRate,
    bool Paired,
    int MatchedItems,
    IReadOnlyList<string> Platforms,
    bool AcrossPlatforms,
    int Tested,
    int Significant,
    IReadOnlyList<SignificantChange> Changes,
    string? Reason);
