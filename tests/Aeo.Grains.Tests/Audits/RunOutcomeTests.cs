namespace Aeo.Grains.Tests.Audits;

/// <summary>How a finalized run ends, from its figures alone.</summary>
public sealed class RunOutcomeTests
{
    [Theory]
    // succeeded, failed, budget reached, stored of 10 → status, stage, skipped
    [InlineData(10, 0, false, 10, RunStatus.Completed, RunStage.Completed, 0)]
    [InlineData(7, 3, false, 10, RunStatus.PartiallyCompleted, RunStage.Completed, 0)]
    [InlineData(0, 10, false, 10, RunStatus.Failed, RunStage.Failed, 0)]
    // Stopped at the budget: what the tables lack was never asked.
    [InlineData(6, 0, true, 6, RunStatus.PartiallyCompleted, RunStage.Completed, 4)]
    [InlineData(0, 6, true, 6, RunStatus.Failed, RunStage.Failed, 4)]
    // The budget was reached only as the last items settled: nothing was skipped.
    [InlineData(10, 0, true, 10, RunStatus.Completed, RunStage.Completed, 0)]
    public void The_status_follows_from_what_failed_and_what_was_never_asked(
        int succeeded, int failed, bool budgetReached, int stored, RunStatus status, RunStage stage, int skipped)
    {
        var outcome = RunOutcome.Decide([Stats("a", succeeded, failed, 0.1m)], budgetReached, totalItems: 10, stored, budgetUsd: 1m);
        Assert.Equal((status, stage, skipped), (outcome.Status, outcome.Stage, outcome.Skipped));
        Assert.Equal(skipped > 0, outcome.LastError is not null);
    }

    [Fact]
    public void The_operation_counts_failures_and_a_stop_at_the_budget_says_what_was_spent_and_skipped()
    {
        var clean = RunOutcome.Decide([Stats("a", 5, 0, 0.5m), Stats("b", 5, 0, 0.25m)], false, 10, 10, null);
        Assert.Equal(("Done", 0.75m), (clean.Operation, clean.SpentUsd));
        Assert.Null(clean.LastError);

        var failures = RunOutcome.Decide([Stats("a", 4, 1, 0m), Stats("b", 3, 2, 0m)], false, 10, 10, null);
        Assert.Equal("Done; 3 work item(s) failed", failures.Operation);

        var stopped = RunOutcome.Decide([Stats("a", 3, 1, 0.6m), Stats("b", 2, 0, 0.4123456m)], true, 12, 6, 1m);
        Assert.Equal(6, stopped.Skipped);
        Assert.Equal("Stopped at the budget: 1.012346 of 1 USD spent, 6 work item(s) never asked", stopped.LastError);
        Assert.Equal("Done; 1 work item(s) failed; stopped at the budget: 1.012346 of 1 USD spent, 6 work item(s) never asked", stopped.Operation);
    }

    private static PlatformRunStats Stats(string platform, int succeeded, int failed, decimal cost) =>
        new(platform, true, succeeded + failed, succeeded, failed, 10, 100, 0, 0) { CostUsd = cost };
}
