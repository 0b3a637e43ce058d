namespace Aeo.Analysis.Sampling;

/// <summary>Why adaptive sampling asks a platform no more samples (a spent budget is the run's to notice, not the policy's).</summary>
public enum SamplingHalt
{
    /// <summary>The headline interval's half-width is at most the target.</summary>
    Interval,

    /// <summary>No question is below the per-question maximum, or only questions whose samples agree are, while some at the maximum disagree.</summary>
    Maximum,

    /// <summary>Every question below the maximum answered alike in each sample (or has no answer) and none at the maximum disagrees.</summary>
    SamplesAgree,

    /// <summary>No non-branded question has an answer: there is no headline rate.</summary>
    NoHeadline,
}

/// <summary>
/// One round's decision for one platform: the client's headline mention rate as the figures estimate it, its
/// interval's half-width, and either why sampling stops or the questions (by ordinal) that get one sample more.
/// </summary>
public sealed record SamplingDecision(RateEstimate? Headline, double? HalfWidth, SamplingHalt? Halt, IReadOnlyList<int> MoreSamples);
