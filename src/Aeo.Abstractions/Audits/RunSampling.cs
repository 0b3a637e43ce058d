namespace Aeo.Abstractions.Audits;

/// <summary>An adaptive run's sampling as its status shows it: the target, the rounds so far, and each platform's stop.</summary>
[GenerateSerializer, Immutable, Alias("aeo.run-sampling")]
public sealed record RunSampling(
    [property: Id(0)] double TargetHalfWidth,
    [property: Id(1)] int MaxSamplesPerQuestion,
    [property: Id(2)] int Rounds,
    [property: Id(3)] PlatformSampling[] Platforms);

/// <summary>
/// One platform's adaptive sampling: why it stopped (null while it goes on), the half-width of the 95 % interval of
/// the client's headline mention rate when last measured, the work items planned against those of asking every question
/// the maximum, and what the difference saved at the platform's known cost per answer (null until the run has ended,
/// or when no answer's cost is known).
/// </summary>
[GenerateSerializer, Immutable, Alias("aeo.platform-sampling")]
public sealed record PlatformSampling(
    [property: Id(0)] string Platform,
    [property: Id(1)] SamplingStop? Stop,
    [property: Id(2)] double? HalfWidth,
    [property: Id(3)] int Rounds,
    [property: Id(4)] int WorkItems,
    [property: Id(5)] int WorkItemsAtMaximum,
    [property: Id(6)] decimal? SavedCostUsd)
{
    public int SavedWorkItems => Math.Max(0, WorkItemsAtMaximum - WorkItems);
}
