namespace Aeo.Grains.Audits;

/// <summary>An adaptive run's sampling, saved with its progress: the samples its rounds added, and where each platform stopped.</summary>
[GenerateSerializer, Alias("aeo.run-sampling-state")]
public sealed class RunSamplingState
{
    /// <summary>Samples planned beyond the first pass, per "ordinal/platform" (see <see cref="SamplePlan"/>).</summary>
    [Id(0)] public Dictionary<string, int> Raised { get; set; } = [];

    /// <summary>Rounds of further samples handed out so far.</summary>
    [Id(1)] public int Rounds { get; set; }

    [Id(2)] public Dictionary<string, PlatformSamplingState> Platforms { get; set; } = [];

    /// <summary>Whether every platform of <paramref name="spec"/> has stopped sampling.</summary>
    public bool Finished(AuditSpec spec) => spec.Platforms.All(p => StopOf(p) is not null);

    public SamplingStop? StopOf(string platform) => Platforms.TryGetValue(platform, out var p) ? p.Stop : null;

    public PlatformSamplingState For(string platform)
    {
        if (!Platforms.TryGetValue(platform, out var found))
        {
            Platforms[platform] = found = new PlatformSamplingState();
        }
        return found;
    }
}

/// <summary>One platform's sampling: why it stopped (null while it goes on) and its headline interval when last measured.</summary>
[GenerateSerializer, Alias("aeo.platform-sampling-state")]
public sealed class PlatformSamplingState
{
    [Id(0)] public SamplingStop? Stop { get; set; }

    /// <summary>Half the width of the 95 % interval of the client's headline mention rate at the last round.</summary>
    [Id(1)] public double? HalfWidth { get; set; }

    /// <summary>Rounds in which this platform got further samples.</summary>
    [Id(2)] public int Rounds { get; set; }
}
