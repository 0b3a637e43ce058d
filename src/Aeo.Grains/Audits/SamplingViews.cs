namespace Aeo.Grains.Audits;

/// <summary>What an adaptive run's status says about its sampling, from its state and, once ended, its per-platform costs.</summary>
internal static class SamplingViews
{
    public static RunSampling? Of(AuditRunState s)
    {
        if (s.Spec?.Sampling is not { } sampling)
        {
            return null;
        }
        var progress = s.Sampling ?? new RunSamplingState();
        var atMaximum = s.TotalQuestions * sampling.MaxSamplesPerQuestion;
        var platforms = s.Spec.Platforms.Select(platform =>
        {
            var own = progress.Platforms.GetValueOrDefault(platform);
            var planned = s.Platforms.TryGetValue(platform, out var tally) ? tally.Total : 0;
            var stats = s.Stats.FirstOrDefault(x => x.Platform == platform);
            return new PlatformSampling(
                platform, own?.Stop, own?.HalfWidth, own?.Rounds ?? 0, planned, atMaximum, SavedCost(stats, atMaximum - planned));
        });
        return new RunSampling(sampling.TargetHalfWidth, sampling.MaxSamplesPerQuestion, progress.Rounds, platforms.ToArray());
    }

    /// <summary>The items not asked at the platform's mean known cost per answer; null without a known cost.</summary>
    private static decimal? SavedCost(PlatformRunStats? stats, int savedItems)
    {
        var priced = stats is null ? 0 : stats.SuccessfulQueries - stats.UnknownCostAnswers;
        return priced <= 0 ? null : Math.Round(stats!.CostUsd / priced * Math.Max(0, savedItems), 6);
    }
}
