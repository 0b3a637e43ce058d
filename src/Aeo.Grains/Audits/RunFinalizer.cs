using Aeo.Storage.Discovery;
using Aeo.Storage.Trends;

namespace Aeo.Grains.Audits;

/// <summary>What a run's end is computed from: the tables, checked to hold every work item the run settled.</summary>
public sealed class RunFinalizer(ResponseRepository responses, RunFiguresRecorder figuresRecorder, DiscoveryRecorder discoveryRecorder)
{
    /// <summary>
    /// Checks that the tables hold at least <paramref name="mustBeStored"/> distinct work items, then computes the
    /// per-platform figures from the stored answers (mention rates by the run's figures, as the figures endpoint reports
    /// them), stores the figures and the answers' observations for the client's trends, reports and change tests, and the
    /// run's competitor discovery (with its competitor.discovered events), and decides how the run ends.
    /// </summary>
    /// <param name="isSimulated">Whether a platform was simulated when the run started.</param>
    /// <exception cref="InvalidOperationException">The tables lack items that were reported settled.</exception>
    public async Task<RunFinalization> FinalizeAsync(
        Guid runId, AuditSpec spec, int totalItems, int mustBeStored, bool budgetReached, Func<string, bool> isSimulated)
    {
        var stored = await responses.SettledItemsAsync(runId, CancellationToken.None);
        var storedItems = stored.Select(s => new WorkItem(s.Ordinal, s.Platform, s.Sample)).ToHashSet().Count;
        if (storedItems < mustBeStored)
        {
            throw new InvalidOperationException(
                $"The tables hold {storedItems} of {mustBeStored} work items although all were reported settled.");
        }
        var aggregates = await responses.AggregateAsync(runId, CancellationToken.None);
        var answers = new RunAnswers(spec, await responses.AnalyzedAnswersAsync(runId, CancellationToken.None));
        var figures = answers.Figures(plannedCount: null);
        await figuresRecorder.RecordAsync(
            runId, spec, figures, answers.Answers.Select(a => new ObservedAnswer(a.QuestionId, a.Observation())).ToList(), CancellationToken.None);
        await discoveryRecorder.RecordAtEndAsync(runId, spec, CancellationToken.None);
        var stats = spec.Platforms
            .Select(p => RunViews.StatsFor(p, isSimulated(p), aggregates.FirstOrDefault(a => a.Platform == p), figures, spec.Brand.Name))
            .ToArray();
        return new RunFinalization(stats, RunOutcome.Decide(stats, budgetReached, totalItems, storedItems, spec.MaxCostUsd));
    }
}

/// <summary>A finalized run's per-platform figures and how it ends.</summary>
public sealed record RunFinalization(PlatformRunStats[] Stats, RunOutcome Outcome);
