using Aeo.Analysis.Questions;
using Aeo.Analysis.Sampling;

namespace Aeo.Grains.Audits;

/// <summary>
/// One round of an adaptive run, once every planned work item is settled: for each platform still sampling, the
/// <see cref="AdaptiveSamplingPolicy"/> over the stored answers either stops it (saying why) or adds a sample to the
/// questions it picks.
/// </summary>
internal static class AdaptiveSamplingRound
{
    /// <returns>The samples added to <paramref name="ledger"/>.</returns>
    public static int Plan(AuditSpec spec, RunLedger ledger, RunSamplingState sampling, IReadOnlyList<AnalyzedAnswerRow> answers)
    {
        var target = spec.Sampling ?? throw new InvalidOperationException("The run does not sample adaptively.");
        var mentions = answers
            .GroupBy(a => (a.QuestionId, a.Platform))
            .ToDictionary(
                g => g.Key,
                g => g.Select(a => (IReadOnlySet<string>)a.Mentions.Select(m => m.Brand).ToHashSet(StringComparer.Ordinal)).ToList());
        var added = 0;
        foreach (var platform in spec.Platforms.Where(p => sampling.StopOf(p) is null))
        {
            var questions = ledger.Questions.Select(q => new SampledQuestion(
                    q.Ordinal,
                    q.Type == QuestionTypes.Branded,
                    ledger.PlannedSamples(q.Ordinal, platform),
                    mentions.GetValueOrDefault((q.Id, platform)) ?? []))
                .ToList();
            var decision = AdaptiveSamplingPolicy.Decide(questions, spec.Brand.Name, target.TargetHalfWidth, target.MaxSamplesPerQuestion);
            var own = sampling.For(platform);
            own.HalfWidth = decision.HalfWidth;
            if (decision.Halt is { } halt)
            {
                own.Stop = StopOf(halt);
                continue;
            }
            own.Rounds++;
            added += decision.MoreSamples.Count(ordinal => ledger.AddSample(ordinal, platform));
        }
        if (added > 0)
        {
            sampling.Rounds++;
        }
        return added;
    }

    /// <summary>Every platform still sampling stops at the spent budget.</summary>
    public static void StopAtBudget(AuditSpec spec, RunSamplingState sampling)
    {
        foreach (var platform in spec.Platforms.Where(p => sampling.StopOf(p) is null))
        {
            sampling.For(platform).Stop = SamplingStop.Budget;
        }
    }

    private static SamplingStop StopOf(SamplingHalt halt) => halt switch
    {
        SamplingHalt.Interval => SamplingStop.Interval,
        SamplingHalt.Maximum => SamplingStop.Maximum,
        SamplingHalt.SamplesAgree => SamplingStop.SamplesAgree,
        SamplingHalt.NoHeadline => SamplingStop.NoHeadline,
        _ => throw new ArgumentOutOfRangeException(nameof(halt), halt, null),
    };
}
