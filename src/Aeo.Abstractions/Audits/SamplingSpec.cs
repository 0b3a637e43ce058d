namespace Aeo.Abstractions.Audits;

/// <summary>
/// Adaptive sampling of a run: after one sample of every (question, platform), further samples go where the answers
/// disagree most, in rounds, until the 95 % interval of the client's headline (non-branded) mention rate on a platform
/// is at most <see cref="TargetHalfWidth"/> wide on either side, a question has <see cref="MaxSamplesPerQuestion"/>
/// samples, or the budget is spent. A run without it asks every question its fixed number of samples.
/// </summary>
[GenerateSerializer, Immutable, Alias("aeo.adaptive-sampling")]
public sealed record AdaptiveSamplingSpec(
    [property: Id(0)] double TargetHalfWidth,
    [property: Id(1)] int MaxSamplesPerQuestion);

/// <summary>Why adaptive sampling asked no more samples on a platform.</summary>
[GenerateSerializer, Alias("aeo.sampling-stop")]
public enum SamplingStop
{
    /// <summary>The headline interval's half-width reached the target.</summary>
    Interval,

    /// <summary>The questions whose samples disagree have the maximum (those below it agree), or every question has it.</summary>
    Maximum,

    /// <summary>The run's budget was spent first.</summary>
    Budget,

    /// <summary>
    /// Every question below the maximum gave the same answer in each of its samples: more samples of the same
    /// questions cannot narrow an interval whose unit is the question (more questions can).
    /// </summary>
    SamplesAgree,

    /// <summary>The platform has no answered non-branded question, so there is no headline interval to narrow.</summary>
    NoHeadline,
}

public static class SamplingStopNames
{
    public static string ToWire(this SamplingStop stop) => stop switch
    {
        SamplingStop.Interval => "interval",
        SamplingStop.Maximum => "maximum",
        SamplingStop.Budget => "budget",
        SamplingStop.SamplesAgree => "samples_agree",
        SamplingStop.NoHeadline => "no_headline",
        _ => throw new ArgumentOutOfRangeException(nameof(stop), stop, null),
    };
}
