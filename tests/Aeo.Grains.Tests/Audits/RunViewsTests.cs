namespace Aeo.Grains.Tests.Audits;

/// <summary>A run's state as its status view, its audit_runs row and its per-platform figures.</summary>
public sealed class RunViewsTests
{
    private static readonly Guid RunId = Guid.NewGuid();

    [Fact]
    public void The_view_sums_the_platforms_shows_the_budget_and_reads_as_finalizing_while_the_end_is_saved()
    {
        var state = EndedState();
        var view = RunViews.View(RunId, state, savingEnd: false);
        Assert.Equal((RunId, state.Spec!.ClientId, RunStatus.PartiallyCompleted, RunStage.Completed), (view.RunId, view.ClientId, view.Status, view.Stage));
        Assert.Equal((7, 1, 2, 1.25m, true), (view.Processed, view.Failed, view.Skipped, view.CostUsd, view.WebSearch));
        Assert.Equal(new RunBudget(1m, 1.25m, state.BudgetReachedAt), view.Budget);
        Assert.Equal(["a", "b"], view.Platforms.Select(p => p.Platform));
        Assert.Equal("timeout", view.Platforms[1].LastError);

        var saving = RunViews.View(RunId, state, savingEnd: true);
        Assert.Equal((RunStatus.Running, RunStage.Finalizing), (saving.Status, saving.Stage));
        Assert.Null(RunViews.View(RunId, new AuditRunState { Spec = state.Spec with { MaxCostUsd = null } }, false).Budget);
    }

    [Fact]
    public void The_row_carries_the_status_the_sums_the_platforms_and_the_figures_once_there_are_some()
    {
        var state = EndedState();
        var row = RunViews.ToProgress(RunId, state);
        Assert.Equal((RunId, RunStatus.PartiallyCompleted, RunStage.Completed, 7, 1, 3), (row.Id, row.Status, row.Stage, row.ProcessedWorkItems, row.FailedWorkItems, row.RetryCount));
        Assert.Equal(["a", "b"], row.Platforms.Select(p => p.Platform));
        Assert.Same(state.Stats, row.Stats);
        Assert.Null(RunViews.ToProgress(RunId, new AuditRunState { Spec = state.Spec }).Stats);
    }

    [Fact]
    public void A_platforms_figures_come_from_its_aggregate_and_its_answers_and_are_zero_without_them()
    {
        var spec = EndedState().Spec!;
        var answers = Enumerable.Range(1, 3)
            .Select(sample => new AnalyzedAnswerRow(Guid.NewGuid(), "comparison", "non_branded", "b", sample, [], []))
            .ToList();
        var figures = new RunAnswers(spec, answers).Figures(plannedCount: null);

        Assert.Equal(new PlatformRunStats("a", true, 0, 0, 0, 0, 0, 0, 0), RunViews.StatsFor("a", true, null, figures, spec.Brand.Name));
        var stats = RunViews.StatsFor("b", false, new PlatformAggregate("b", true, 3, 1, 120, 900, 0.3m, 1), figures, spec.Brand.Name);
        Assert.Equal((true, 4, 3, 1, 120, 900L), (stats.IsSimulated, stats.TotalQueries, stats.SuccessfulQueries, stats.FailedQueries,
            stats.AvgProcessingTimeMs, stats.TotalTokens));
        Assert.Equal((0, 0.0, 0.3m, 1), (stats.ResponsesMentioningBrand, stats.BrandMentionRate, stats.CostUsd, stats.UnknownCostAnswers));
    }

    private static AuditRunState EndedState() => new()
    {
        Spec = new AuditSpec(Guid.NewGuid(), new BrandSpec("Acme", [], []), [], "crm", ["comparison"], ["a", "b"], 5, 1, [], [])
        {
            MaxCostUsd = 1m,
            WebSearch = true,
        },
        Status = RunStatus.PartiallyCompleted,
        Stage = RunStage.Completed,
        Platforms = new()
        {
            ["a"] = new PlatformTally { Total = 5, Processed = 4 },
            ["b"] = new PlatformTally { Total = 5, Processed = 3, Failed = 1, LastError = "timeout" },
        },
        Skipped = 2,
        SpentUsd = 1.25m,
        BudgetReachedAt = DateTimeOffset.UnixEpoch,
        RetryCount = 3,
        Stats = [new PlatformRunStats("a", true, 4, 4, 0, 10, 100, 1, 0.25)],
    };
}
