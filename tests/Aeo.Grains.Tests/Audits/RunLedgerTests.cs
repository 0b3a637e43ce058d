namespace Aeo.Grains.Tests.Audits;

public sealed class RunLedgerTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static AuditSpec Spec(string[] platforms, int samples) => new(
        Guid.NewGuid(), new BrandSpec("Acme", [], []), [], "crm", ["comparison"], platforms, 10, samples, [], []);

    private static List<QuestionRecord> Questions(int count) => Enumerable.Range(0, count)
        .Select(i => new QuestionRecord(Guid.NewGuid(), i, $"q{i}", "comparison", "non_branded", 1, null, "template"))
        .ToList();

    [Fact]
    public void Counts_items_per_question_platform_and_sample()
    {
        var ledger = new RunLedger(Spec(["a", "b", "c"], 2), Questions(4));
        Assert.Equal(24, ledger.Total);
        Assert.Equal(6, ledger.UnsettledItems(0).Length);
        Assert.Equal(6, ledger.UnsettledItems(3).Distinct().Count());
    }

    [Fact]
    public void Respects_the_in_flight_cap_and_hands_questions_out_in_order()
    {
        var ledger = new RunLedger(Spec(["a"], 1), Questions(5));
        var started = new List<int>();
        while (ledger.TryStartNext(2, T0, out var ordinal))
        {
            started.Add(ordinal);
        }
        Assert.Equal([0, 1], started);
        Assert.Equal(2, ledger.InFlight);

        Assert.True(ledger.Settle(new WorkItem(0, "a", 1), true));
        Assert.Equal(1, ledger.InFlight);
        Assert.True(ledger.TryStartNext(2, T0, out var next));
        Assert.Equal(2, next);
        Assert.False(ledger.TryStartNext(2, T0, out _));
    }

    [Fact]
    public void Settling_is_idempotent_and_ignores_foreign_items()
    {
        var ledger = new RunLedger(Spec(["a", "b"], 1), Questions(2));
        Assert.True(ledger.Settle(new WorkItem(0, "a", 1), true));
        Assert.False(ledger.Settle(new WorkItem(0, "a", 1), true));
        Assert.False(ledger.Settle(new WorkItem(0, "a", 1), false));
        Assert.False(ledger.Settle(new WorkItem(7, "a", 1), true));
        Assert.False(ledger.Settle(new WorkItem(0, "zzz", 1), true));
        Assert.False(ledger.Settle(new WorkItem(0, "a", 2), true));
        Assert.False(ledger.Settle(new WorkItem(0, "a", 0), true));
        Assert.True(ledger.Settle(new WorkItem(1, "b", 1), false));

        Assert.Equal(2, ledger.Settled);
        Assert.Equal((1, 0), ledger.PlatformFigures("a"));
        Assert.Equal((0, 1), ledger.PlatformFigures("b"));
        Assert.Equal([new WorkItem(0, "b", 1)], ledger.UnsettledItems(0));
    }

    [Fact]
    public void Completes_when_every_item_is_settled_either_way()
    {
        var ledger = new RunLedger(Spec(["a", "b"], 2), Questions(3));
        foreach (var ordinal in Enumerable.Range(0, 3))
        {
            foreach (var item in ledger.UnsettledItems(ordinal))
            {
                Assert.False(ledger.IsComplete);
                ledger.Settle(item, item.Sample == 1);
            }
        }
        Assert.True(ledger.IsComplete);
        Assert.Equal((3, 3), ledger.PlatformFigures("a"));
    }

    [Fact]
    public void Stalled_questions_are_those_without_progress_for_the_timeout()
    {
        var ledger = new RunLedger(Spec(["a", "b"], 1), Questions(3));
        while (ledger.TryStartNext(10, T0, out _))
        {
        }
        var timeout = TimeSpan.FromSeconds(5);
        Assert.Empty(ledger.TakeStalled(T0 + TimeSpan.FromSeconds(4), timeout));

        ledger.Touch(1, T0 + TimeSpan.FromSeconds(3));
        Assert.Equal([0, 2], ledger.TakeStalled(T0 + TimeSpan.FromSeconds(5), timeout).Order());
        // Taking them restarts their clock.
        Assert.Empty(ledger.TakeStalled(T0 + TimeSpan.FromSeconds(6), timeout));
        Assert.Equal([1], ledger.TakeStalled(T0 + TimeSpan.FromSeconds(8), timeout));
    }

    [Fact]
    public void A_resumed_ledger_requeues_only_questions_with_work_left()
    {
        var ledger = new RunLedger(Spec(["a", "b"], 1), Questions(4));
        ledger.Settle(new WorkItem(0, "a", 1), true);
        ledger.Settle(new WorkItem(0, "b", 1), true);
        ledger.Settle(new WorkItem(2, "a", 1), true);
        ledger.RequeueUnsettled();

        var started = new List<int>();
        while (ledger.TryStartNext(10, T0, out var ordinal))
        {
            started.Add(ordinal);
        }
        Assert.Equal([1, 2, 3], started);
        Assert.Equal([new WorkItem(2, "b", 1)], ledger.UnsettledItems(2));
    }

    [Fact]
    public void Stop_dispatch_hands_out_nothing_more()
    {
        var ledger = new RunLedger(Spec(["a"], 1), Questions(5));
        Assert.True(ledger.TryStartNext(1, T0, out _));
        ledger.StopDispatch();
        ledger.Settle(new WorkItem(0, "a", 1), true);
        Assert.False(ledger.TryStartNext(10, T0, out _));
    }

    [Fact]
    public void Spent_adds_known_costs_of_newly_settled_items_only()
    {
        var ledger = new RunLedger(Spec(["a", "b"], 1), Questions(2));
        ledger.Settle(new WorkItem(0, "a", 1), true, 0.25m);
        ledger.Settle(new WorkItem(0, "a", 1), true, 0.25m);
        ledger.Settle(new WorkItem(0, "b", 1), true, null);
        ledger.Settle(new WorkItem(1, "a", 1), false);
        ledger.Settle(new WorkItem(1, "b", 1), true, 0.5m);
        Assert.Equal(0.75m, ledger.SpentUsd);
    }

    [Fact]
    public void Stopping_new_starts_keeps_begun_questions_and_counts_the_rest_as_skipped()
    {
        var ledger = new RunLedger(Spec(["a", "b"], 1), Questions(5));
        Assert.True(ledger.TryStartNext(1, T0, out var inFlight));
        Assert.Equal(0, inFlight);
        // Question 3 was half answered before a resume; 1, 2 and 4 were never begun.
        ledger.Settle(new WorkItem(3, "a", 1), true);
        Assert.Equal(0, ledger.Skipped);

        ledger.StopStartingNew();
        Assert.Equal(6, ledger.Skipped);
        Assert.False(ledger.IsIdle);
        Assert.True(ledger.TryStartNext(10, T0, out var resumed));
        Assert.Equal(3, resumed);
        Assert.False(ledger.TryStartNext(10, T0, out _));

        ledger.Settle(new WorkItem(0, "a", 1), true);
        ledger.Settle(new WorkItem(0, "b", 1), true);
        ledger.Settle(new WorkItem(3, "b", 1), true);
        Assert.True(ledger.IsIdle);
        Assert.False(ledger.IsComplete);
        Assert.Equal(6, ledger.Skipped);
        Assert.Equal(ledger.Total - ledger.Settled, ledger.Skipped);
    }

    [Fact]
    public void The_budget_is_spent_once_known_costs_reach_it_and_only_settled_items_must_be_stored_after_a_stop()
    {
        var ledger = new RunLedger(Spec(["a", "b"], 2), Questions(3));
        Assert.Equal(6, ledger.ItemsOn("a"));
        Assert.False(ledger.HasSpent(null));
        Assert.False(ledger.HasSpent(0.5m));
        ledger.Settle(new WorkItem(0, "a", 1), true, 0.3m);
        ledger.Settle(new WorkItem(0, "a", 2), true, 0.2m);
        Assert.True(ledger.HasSpent(0.5m));
        Assert.False(ledger.HasSpent(null));
        Assert.Equal((12, 2), (ledger.MustBeStored(budgetReached: false), ledger.MustBeStored(budgetReached: true)));
    }

    [Fact]
    public void The_completion_estimate_extrapolates_the_pace_since_pacing_started()
    {
        var ledger = new RunLedger(Spec(["a"], 1), Questions(10));
        Assert.Null(ledger.EstimateCompletion(T0));
        ledger.Settle(new WorkItem(0, "a", 1), true);
        ledger.StartPacing(T0);
        // Nothing settled since pacing started, or no time passed: no estimate.
        Assert.Null(ledger.EstimateCompletion(T0.AddMinutes(1)));
        ledger.Settle(new WorkItem(1, "a", 1), true);
        ledger.Settle(new WorkItem(2, "a", 1), true);
        Assert.Null(ledger.EstimateCompletion(T0));
        // Two items in two minutes, seven left: seven more minutes.
        Assert.Equal(T0.AddMinutes(9), ledger.EstimateCompletion(T0.AddMinutes(2)));

        // A ledger re-read from the tables goes on from the same start.
        var reread = new RunLedger(Spec(["a"], 1), Questions(10));
        foreach (var ordinal in new[] { 0, 1, 2 })
        {
            reread.Settle(new WorkItem(ordinal, "a", 1), true);
        }
        reread.KeepPaceOf(ledger);
        Assert.Equal(T0.AddMinutes(9), reread.EstimateCompletion(T0.AddMinutes(2)));
    }

    [Fact]
    public void An_adaptive_plan_starts_at_one_sample_and_grows_to_its_ceiling()
    {
        var spec = Spec(["a", "b"], 1) with { Sampling = new AdaptiveSamplingSpec(0.05, 3) };
        var raised = new Dictionary<string, int>();
        var ledger = new RunLedger(spec, Questions(2), new SamplePlan(spec, raised));
        Assert.Equal(4, ledger.Total);
        foreach (var item in new[] { (0, "a"), (0, "b"), (1, "a"), (1, "b") })
        {
            Assert.True(ledger.Settle(new WorkItem(item.Item1, item.Item2, 1), true));
        }
        Assert.True(ledger.IsComplete);

        Assert.True(ledger.AddSample(1, "a"));
        Assert.True(ledger.AddSample(1, "a"));
        Assert.False(ledger.AddSample(1, "a"));
        Assert.Equal(6, ledger.Total);
        Assert.Equal(4, ledger.ItemsOn("a"));
        Assert.Equal(2, ledger.ItemsOn("b"));
        Assert.Equal(3, raised["1/a"]);
        Assert.False(ledger.IsComplete);
        Assert.Equal([new WorkItem(1, "a", 2), new WorkItem(1, "a", 3)], ledger.UnsettledItems(1));
        Assert.True(ledger.TryStartNext(10, T0, out var next));
        Assert.Equal(1, next);
        Assert.False(ledger.Settle(new WorkItem(1, "a", 4), true));
    }

    [Fact]
    public void An_answer_beyond_the_saved_plan_raises_the_plan_and_the_samples_before_it_are_asked()
    {
        var spec = Spec(["a"], 1) with { Sampling = new AdaptiveSamplingSpec(0.05, 5) };
        var ledger = new RunLedger(spec, Questions(2), new SamplePlan(spec));
        Assert.True(ledger.Settle(new WorkItem(0, "a", 1), true));
        Assert.True(ledger.Settle(new WorkItem(0, "a", 3), true));
        Assert.Equal(3, ledger.PlannedSamples(0, "a"));
        Assert.Equal(4, ledger.Total);
        Assert.Equal([new WorkItem(0, "a", 2)], ledger.UnsettledItems(0));
    }
}
