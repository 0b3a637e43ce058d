using Aeo.Analysis.Figures;

namespace Aeo.Grains.Audits;

/// <summary>What a run's state looks like from outside: its view for status queries, its audit_runs row, its figures.</summary>
internal static class RunViews
{
    /// <param name="savingEnd">
    /// Whether the run's end is being saved: status still says finalizing until then, so that a run reads as ended
    /// only once its row says so too, and a listing right after never misses it.
    /// </param>
    public static AuditRunView View(Guid runId, AuditRunState s, bool savingEnd)
    {
        var (status, stage) = savingEnd ? (RunStatus.Running, RunStage.Finalizing) : (s.Status, s.Stage);
        return new AuditRunView(
            runId, s.Spec!.ClientId, status, stage, s.CurrentOperation, s.TotalQuestions, s.TotalWorkItems,
            s.Platforms.Values.Sum(p => p.Processed), s.Platforms.Values.Sum(p => p.Failed), s.CreatedAt, s.StartedAt,
            s.CompletedAt, s.EstimatedCompletion, s.LastError, Platforms(s), s.Stats)
        {
            Skipped = s.Skipped,
            CostUsd = s.SpentUsd,
            WebSearch = s.Spec.WebSearch,
            Sampling = SamplingViews.Of(s),
            Budget = s.Spec.MaxCostUsd is { } limit ? new RunBudget(limit, s.SpentUsd, s.BudgetReachedAt) : null,
        };
    }

    /// <summary>The run's audit_runs row as its state has it.</summary>
    public static AuditRunProgress ToProgress(Guid runId, AuditRunState s) => new(
        runId, s.Status, s.Stage, s.StartedAt, s.CompletedAt, s.TotalQuestions, s.TotalWorkItems,
        s.Platforms.Values.Sum(p => p.Processed), s.Platforms.Values.Sum(p => p.Failed), s.LastError,
        Platforms(s), s.Stats.Length == 0 ? null : s.Stats, s.RetryCount);

    /// <summary>
    /// One platform's figures: counts and costs from its stored answers' aggregate, its rate of answers mentioning
    /// <paramref name="brand"/> from the run's figures; all zero when it has no answers.
    /// </summary>
    public static PlatformRunStats StatsFor(string platform, bool simulated, PlatformAggregate? aggregate, RunFigures figures, string brand)
    {
        if (aggregate is null)
        {
            return new PlatformRunStats(platform, simulated, 0, 0, 0, 0, 0, 0, 0);
        }
        var total = aggregate.Succeeded + aggregate.Failed;
        var mentionRate = figures.ByPlatform.TryGetValue(platform, out var segment) ? segment.Brands[brand].MentionRate : null;
        var mentioning = (int)(mentionRate?.Numerator ?? 0);
        var rate = Math.Round(mentionRate?.Value ?? 0, 4);
        return new PlatformRunStats(
            platform, simulated || aggregate.IsSimulated, total, aggregate.Succeeded, aggregate.Failed,
            aggregate.AvgProcessingTimeMs, aggregate.TotalTokens, mentioning, rate)
        {
            CostUsd = aggregate.CostUsd,
            UnknownCostAnswers = aggregate.UnknownCostAnswers,
        };
    }

    private static PlatformProgress[] Platforms(AuditRunState s) => s.Platforms
        .Select(p => new PlatformProgress(p.Key, p.Value.IsSimulated, p.Value.Total, p.Value.Processed, p.Value.Failed, p.Value.LastError))
        .ToArray();
}
