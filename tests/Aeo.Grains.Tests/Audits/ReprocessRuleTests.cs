namespace Aeo.Grains.Tests.Audits;

/// <summary>The one rule the run and the API use to decide whether a run's dead letters may be reprocessed.</summary>
public sealed class ReprocessRuleTests
{
    [Fact]
    public void Only_an_ended_run_with_budget_left_that_settled_every_item_may_be_reprocessed()
    {
        Assert.Null(ReprocessRule.Check(View(RunStatus.Failed)));
        Assert.Null(ReprocessRule.Check(View(RunStatus.PartiallyCompleted, budget: new RunBudget(2m, 1.5m, null))));
        // A cancelled run that had settled every item before the cancel asks only its dead letters.
        Assert.Null(ReprocessRule.Check(View(RunStatus.Cancelled)));

        Assert.Equal(ReprocessAction.Unknown, ReprocessRule.Check(null)!.Action);
        var running = ReprocessRule.Check(View(RunStatus.Running))!;
        Assert.Equal(ReprocessAction.NotEnded, running.Action);
        Assert.Contains("wait for it to end", running.Reason);
        Assert.Equal(ReprocessAction.NotEnded, ReprocessRule.Check(View(RunStatus.Pending))!.Action);

        var spent = ReprocessRule.Check(View(RunStatus.PartiallyCompleted, budget: new RunBudget(2m, 2m, null)))!;
        Assert.Equal((ReprocessAction.BudgetReached, "The run has spent 2 USD of its 2 USD budget; asking again would go over it."), (spent.Action, spent.Reason));
        var stopped = ReprocessRule.Check(View(RunStatus.PartiallyCompleted, budget: new RunBudget(2m, 1m, DateTimeOffset.UnixEpoch)))!;
        Assert.Equal(ReprocessAction.BudgetReached, stopped.Action);

        var cutShort = ReprocessRule.Check(View(RunStatus.Cancelled, settled: 7))!;
        Assert.Equal(ReprocessAction.Incomplete, cutShort.Action);
        Assert.Contains("never asked", cutShort.Reason);
    }

    private static AuditRunView View(RunStatus status, int settled = 10, RunBudget? budget = null) => new(
        Guid.NewGuid(), Guid.NewGuid(), status, RunStage.Completed, "", 5, 10, settled - 2, 2, DateTimeOffset.UnixEpoch, null, null, null,
        null, [], [])
    {
        Budget = budget,
    };
}
