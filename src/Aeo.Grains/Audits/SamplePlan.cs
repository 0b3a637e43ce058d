using System.Globalization;

namespace Aeo.Grains.Audits;

/// <summary>
/// How many samples each (question, platform) of a run is to have. A fixed run plans the spec's samples everywhere;
/// an adaptive run starts at one and its rounds add more, up to <see cref="Ceiling"/>. The added samples live in the
/// dictionary given (the run's grain state), so they are saved with the run's progress.
/// </summary>
/// <param name="raised">The (question, platform) pairs planned beyond the first pass; written to as the plan grows.</param>
public sealed class SamplePlan(AuditSpec spec, Dictionary<string, int>? raised = null)
{
    private readonly int first = spec.SamplesPerQuestion;
    private readonly Dictionary<string, int> raisedSamples = raised ?? [];

    /// <summary>The most samples any (question, platform) may have.</summary>
    public int Ceiling { get; } = spec.Sampling?.MaxSamplesPerQuestion ?? spec.SamplesPerQuestion;

    public int Of(int ordinal, string platform) => raisedSamples.TryGetValue(Key(ordinal, platform), out var planned) ? planned : first;

    /// <summary>Plans at least <paramref name="samples"/> (at most <see cref="Ceiling"/>); returns how many were added.</summary>
    public int RaiseTo(int ordinal, string platform, int samples)
    {
        var before = Of(ordinal, platform);
        var after = Math.Min(Ceiling, samples);
        if (after <= before)
        {
            return 0;
        }
        raisedSamples[Key(ordinal, platform)] = after;
        return after - before;
    }

    private static string Key(int ordinal, string platform) => ordinal.ToString(CultureInfo.InvariantCulture) + "/" + platform;
}
