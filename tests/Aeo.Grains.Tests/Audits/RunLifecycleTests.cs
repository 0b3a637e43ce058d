using System.Text.Json;

namespace Aeo.Grains.Tests.Audits;

/// <summary>
/// Every transition from every status and stage: an allowed one changes only the fields it owns and lands where it
/// should; a refused one throws, naming the run, where it was and what was asked, and changes nothing.
/// </summary>
public sealed class RunLifecycleTests
{
    private static readonly Guid RunId = Guid.Parse("6d3a1f0e-2b7c-4e11-9a55-0c8f4b2d7e19");
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = T0.AddMinutes(10);

    /// <summary>
    /// Which transitions each status/stage allows (x) and refuses (.), in the column order of <see cref="Columns"/>. A
    /// status that is not terminal with a stage that should not go with it resumes like a starting run; a terminal status
    /// decides alone.
    /// </summary>
    private const string Table = """
        status              stage                 Acc Que Wai Beg Gen Pro Bud Fin Ret Com Can Fai Rtr Res Rep
        new                 -                      x   x   .   .   .   .   .   .   .   .   .   .   .   .   .
        pending             queued                 .   .   x   x   .   .   .   .   .   .   x   x   .   .   .
        running             queued                 .   .   x   x   .   .   .   .   .   .   x   x   .   .   .
        pending             initializing           .   .   .   .   x   x   .   .   .   .   x   x   .   x   .
        running             initializing           .   .   .   .   x   x   .   .   .   .   x   x   .   x   .
        pending             generating_questions   .   .   .   .   x   x   .   .   .   .   x   x   .   x   .
        running             generating_questions   .   .   .   .   x   x   .   .   .   .   x   x   .   x   .
        pending             processing_questions   .   .   .   .   x   x   x   x   .   .   x   x   .   x   .
        running             processing_questions   .   .   .   .   x   x   x   x   .   .   x   x   .   x   .
        pending             finalizing             .   .   .   .   x   x   x   .   x   x   x   x   .   x   .
        running             finalizing             .   .   .   .   x   x   x   .   x   x   x   x   .   x   .
        pending             completed              .   .   .   .   x   x   .   .   .   .   x   x   .   x   .
        running             completed              .   .   .   .   x   x   .   .   .   .   x   x   .   x   .
        pending             failed                 .   .   .   .   x   x   .   .   .   .   x   x   .   x   .
        running             failed                 .   .   .   .   x   x   .   .   .   .   x   x   .   x   .
        pending             cancelled              .   .   .   .   x   x   .   .   .   .   x   x   .   x   .
        running             cancelled              .   .   .   .   x   x   .   .   .   .   x   x   .   x   .
        completed           *                      .   .   .   .   .   .   .   .   .   .   .   .   .   .   x
        partially_completed *                      .   .   .   .   .   .   .   .   .   .   .   .   x   .   x
        failed              *                      .   .   .   .   .   .   .   .   .   .   .   .   x   .   x
        cancelled           *                      .   .   .   .   .   .   .   .   .   .   .   .   .   .   x
        """;

    private static readonly RunTransition[] Columns =
    [
        RunTransition.Accept, RunTransition.Queue, RunTransition.WaitInQueue, RunTransition.Begin, RunTransition.GenerateQuestions,
        RunTransition.StartProcessing, RunTransition.StopAtBudget, RunTransition.BeginFinalizing, RunTransition.ReturnToProcessing,
        RunTransition.Complete, RunTransition.Cancel, RunTransition.Fail, RunTransition.ReopenForRetry, RunTransition.ResumeFromTables,
        RunTransition.ReopenForReprocess,
    ];

    private static readonly RunOutcome PartialOutcome = new(RunStatus.PartiallyCompleted, RunStage.Completed, 2, 1.5m, "Done; 1 work item(s) failed", null);

    /// <summary>How the table's transitions are called, and the fields each may change.</summary>
    private static readonly Dictionary<RunTransition, (Action<RunLifecycle> Call, string[] Owns)> Transitions = new()
    {
        [RunTransition.Accept] = (l => l.Accept(Spec(), p => p == "a", gated: true, Later),
            ["Spec", "CreatedAt", "Gated", "Stage", "StartedAt", "CurrentOperation", "Platforms"]),
        [RunTransition.Queue] = (l => l.Queue(Spec(), p => p == "a", "Queued: number 2 in line", Later),
            ["Spec", "CreatedAt", "Gated", "Stage", "StartedAt", "CurrentOperation", "Platforms"]),
        [RunTransition.WaitInQueue] = (l => l.WaitInQueue("Queued: number 1 in line"), ["CurrentOperation"]),
        [RunTransition.Begin] = (l => l.Begin(Later), ["Stage", "StartedAt", "CurrentOperation"]),
        [RunTransition.GenerateQuestions] = (l => l.GenerateQuestions(Later), ["Status", "Stage", "StartedAt", "CurrentOperation"]),
        [RunTransition.StartProcessing] = (l => l.StartProcessing(4, 8, Later), ["Status", "Stage", "StartedAt", "TotalQuestions", "TotalWorkItems"]),
        [RunTransition.StopAtBudget] = (l => l.StopAtBudget(3, Later), ["BudgetReachedAt", "Skipped"]),
        [RunTransition.BeginFinalizing] = (l => l.BeginFinalizing(), ["Stage", "CurrentOperation"]),
        [RunTransition.ReturnToProcessing] = (l => l.ReturnToProcessing("Finalizing failed: db away"), ["Stage", "LastError"]),
        [RunTransition.Complete] = (l => l.Complete(PartialOutcome, [Stats("a")], Later),
            ["Stats", "SpentUsd", "Skipped", "Status", "Stage", "CurrentOperation", "LastError", "CompletedAt", "EstimatedCompletion"]),
        [RunTransition.Cancel] = (l => l.Cancel(Later), ["Status", "Stage", "CurrentOperation", "CompletedAt", "EstimatedCompletion"]),
        [RunTransition.Fail] = (l => l.Fail("gave up", Later), ["Status", "Stage", "LastError", "CurrentOperation", "CompletedAt", "EstimatedCompletion"]),
        [RunTransition.ReopenForRetry] = (l => l.ReopenForRetry(),
            ["RetryCount", "Status", "Stage", "CompletedAt", "EstimatedCompletion", "LastError", "CurrentOperation"]),
        [RunTransition.ResumeFromTables] = (l => l.ResumeFromTables(), ["RetryCount"]),
        [RunTransition.ReopenForReprocess] = (l => l.ReopenForReprocess(gated: true, waiting: null),
            ["Gated", "Status", "Stage", "CompletedAt", "EstimatedCompletion", "LastError", "CurrentOperation"]),
    };

    /// <summary>Where each allowed transition leaves the run, given where it was.</summary>
    private static (RunStatus, RunStage) Target(RunTransition transition, RunStatus status, RunStage stage) => transition switch
    {
        RunTransition.Accept => (RunStatus.Pending, RunStage.Initializing),
        RunTransition.Queue => (RunStatus.Pending, RunStage.Queued),
        RunTransition.Begin => (status, RunStage.Initializing),
        RunTransition.GenerateQuestions => (RunStatus.Running, RunStage.GeneratingQuestions),
        RunTransition.StartProcessing or RunTransition.ReopenForRetry or RunTransition.ReopenForReprocess
            => (RunStatus.Running, RunStage.ProcessingQuestions),
        RunTransition.BeginFinalizing => (status, RunStage.Finalizing),
        RunTransition.ReturnToProcessing => (status, RunStage.ProcessingQuestions),
        RunTransition.Complete => (PartialOutcome.Status, PartialOutcome.Stage),
        RunTransition.Cancel => (RunStatus.Cancelled, RunStage.Cancelled),
        RunTransition.Fail => (RunStatus.Failed, RunStage.Failed),
        _ => (status, stage),
    };

    public static TheoryData<string, string, RunTransition, bool> Cells()
    {
        var cells = new TheoryData<string, string, RunTransition, bool>();
        var rows = Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1);
        foreach (var row in rows)
        {
            var fields = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var marks = fields[2..];
            Assert.Equal(Columns.Length, marks.Length);
            var stages = fields[1] == "*" ? Enum.GetValues<RunStage>().Select(s => s.ToWire()) : [fields[1]];
            foreach (var stage in stages)
            {
                for (var i = 0; i < Columns.Length; i++)
                {
                    cells.Add(fields[0], stage, Columns[i], marks[i] == "x");
                }
            }
        }
        return cells;
    }

    [Fact]
    public void The_table_covers_every_status_and_stage_and_every_transition()
    {
        var covered = Cells().Select(c => ((string)c[0], (string)c[1], (RunTransition)c[2])).ToHashSet();
        var expected = Enum.GetValues<RunStatus>().SelectMany(status => Enum.GetValues<RunStage>().Select(stage => (status.ToWire(), stage.ToWire())))
            .Append(("new", "-"))
            .SelectMany(where => Enum.GetValues<RunTransition>().Select(t => (where.Item1, where.Item2, t)))
            .ToHashSet();
        Assert.Equal(expected.Order(), covered.Order());
        Assert.Equal(Enum.GetValues<RunTransition>().Order(), Transitions.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void A_transition_changes_only_its_fields_where_allowed_and_nothing_where_refused(
        string status, string stage, RunTransition transition, bool allowed)
    {
        var state = StateAt(status, stage);
        var lifecycle = new RunLifecycle(RunId, state);
        var before = Snapshot(state);
        Assert.Equal(allowed, lifecycle.Allows(transition));
        var (call, owns) = Transitions[transition];

        if (!allowed)
        {
            var refused = Assert.Throws<InvalidRunTransitionException>(() => call(lifecycle));
            Assert.Equal((RunId, state.Status, state.Stage, transition), (refused.RunId, refused.Status, refused.Stage, refused.Transition));
            Assert.Equal(lifecycle.Refusal(transition), refused.Reason);
            Assert.Contains(RunId.ToString(), refused.Message);
            Assert.Contains(transition.ToString(), refused.Message);
            Assert.Equal(before, Snapshot(state));
            return;
        }

        var (fromStatus, fromStage) = (state.Status, state.Stage);
        call(lifecycle);
        var changed = before.Where(field => Snapshot(state)[field.Key] != field.Value).Select(field => field.Key).ToList();
        Assert.True(changed.All(owns.Contains), $"{transition} changed {string.Join(", ", changed.Except(owns))}, which it does not own");
        Assert.Equal(Target(transition, fromStatus, fromStage), (state.Status, state.Stage));
    }

    [Fact]
    public void Accept_stores_the_run_started_now_and_queue_stores_it_waiting_unstarted()
    {
        var accepted = new AuditRunState();
        new RunLifecycle(RunId, accepted).Accept(Spec(), p => p == "a", gated: false, Later);
        Assert.Equal((RunStatus.Pending, RunStage.Initializing, "Starting"), (accepted.Status, accepted.Stage, accepted.CurrentOperation));
        Assert.Equal((Later, Later, false), (accepted.CreatedAt, accepted.StartedAt!.Value, accepted.Gated));
        Assert.Equal(["a", "b"], accepted.Platforms.Keys);
        Assert.Equal([true, false], accepted.Platforms.Values.Select(p => p.IsSimulated));

        var queued = new AuditRunState();
        new RunLifecycle(RunId, queued).Queue(Spec(), _ => false, "Queued: number 3 in line", Later);
        Assert.Equal((RunStatus.Pending, RunStage.Queued, "Queued: number 3 in line"), (queued.Status, queued.Stage, queued.CurrentOperation));
        Assert.Null(queued.StartedAt);
        Assert.True(queued.Gated);
        Assert.Equal(RunPhase.Queued, new RunLifecycle(RunId, queued).Phase);
    }

    [Fact]
    public void A_queued_run_reports_a_new_place_in_line_once_and_begins_keeping_an_earlier_start()
    {
        var state = StateAt("pending", "queued");
        var lifecycle = new RunLifecycle(RunId, state);
        Assert.True(lifecycle.WaitInQueue("Queued: number 1 in line"));
        Assert.False(lifecycle.WaitInQueue("Queued: number 1 in line"));

        state.StartedAt = null;
        lifecycle.Begin(Later);
        Assert.Equal((RunStage.Initializing, Later, "Starting"), (state.Stage, state.StartedAt!.Value, state.CurrentOperation));

        // A reprocessed run that waited for its slot started long ago.
        var reprocessed = StateAt("pending", "queued");
        new RunLifecycle(RunId, reprocessed).Begin(Later);
        Assert.Equal(T0, reprocessed.StartedAt);
    }

    [Fact]
    public void Processing_records_its_totals_and_the_first_stop_at_the_budget_is_the_one_remembered()
    {
        var state = StateAt("pending", "initializing");
        var lifecycle = new RunLifecycle(RunId, state);
        lifecycle.StartProcessing(5, 10, Later);
        Assert.Equal((RunStatus.Running, RunStage.ProcessingQuestions, 5, 10, T0), (state.Status, state.Stage, state.TotalQuestions, state.TotalWorkItems, state.StartedAt!.Value));

        Assert.True(lifecycle.StopAtBudget(4, Later));
        Assert.False(lifecycle.StopAtBudget(3, Later.AddMinutes(1)));
        Assert.Equal((Later, 3), (state.BudgetReachedAt!.Value, state.Skipped));

        var unbudgeted = StateAt("running", "processing_questions");
        unbudgeted.Spec = unbudgeted.Spec! with { MaxCostUsd = null };
        var refused = Assert.Throws<InvalidRunTransitionException>(() => new RunLifecycle(RunId, unbudgeted).StopAtBudget(1, Later));
        Assert.Equal("The run has no budget.", refused.Reason);
    }

    [Fact]
    public void Complete_takes_the_outcome_and_keeps_the_last_error_unless_the_budget_stopped_the_run()
    {
        var state = StateAt("running", "finalizing");
        new RunLifecycle(RunId, state).Complete(PartialOutcome, [Stats("a")], Later);
        Assert.Equal((RunStatus.PartiallyCompleted, RunStage.Completed, "Done; 1 work item(s) failed"), (state.Status, state.Stage, state.CurrentOperation));
        Assert.Equal((2, 1.5m, "earlier trouble", Later), (state.Skipped, state.SpentUsd, state.LastError, state.CompletedAt!.Value));
        Assert.Null(state.EstimatedCompletion);
        Assert.Equal("a", Assert.Single(state.Stats).Platform);

        var stopped = StateAt("running", "finalizing");
        new RunLifecycle(RunId, stopped).Complete(PartialOutcome with { LastError = "Stopped at the budget: 1 of 1 USD spent" }, [], Later);
        Assert.Equal("Stopped at the budget: 1 of 1 USD spent", stopped.LastError);
    }

    [Fact]
    public void Every_end_sets_the_end_time_and_drops_the_estimate()
    {
        foreach (var end in new Action<RunLifecycle>[] { l => l.Cancel(Later), l => l.Fail("gave up", Later) })
        {
            var state = StateAt("running", "processing_questions");
            end(new RunLifecycle(RunId, state));
            Assert.Equal(Later, state.CompletedAt);
            Assert.Null(state.EstimatedCompletion);
            Assert.Equal(RunPhase.Ended, new RunLifecycle(RunId, state).Phase);
        }
        var failed = StateAt("pending", "queued");
        new RunLifecycle(RunId, failed).Fail("The client already has 2 audit run(s) active", Later);
        Assert.Equal(("Failed", "The client already has 2 audit run(s) active"), (failed.CurrentOperation, failed.LastError));
    }

    [Fact]
    public void Reopening_clears_the_end_and_the_error_but_keeps_the_earlier_figures()
    {
        var retried = StateAt("failed", "failed");
        retried.Stats = [Stats("a")];
        new RunLifecycle(RunId, retried).ReopenForRetry();
        Assert.Equal((RunStatus.Running, RunStage.ProcessingQuestions, 2), (retried.Status, retried.Stage, retried.RetryCount));
        Assert.Equal("Retry 2: asking the failed work items again", retried.CurrentOperation);
        Assert.Null(retried.CompletedAt);
        Assert.Null(retried.LastError);
        Assert.Single(retried.Stats);

        var queued = StateAt("completed", "completed");
        new RunLifecycle(RunId, queued).ReopenForReprocess(gated: true, waiting: "Queued: number 1 in line");
        Assert.Equal((RunStatus.Pending, RunStage.Queued, "Queued: number 1 in line"), (queued.Status, queued.Stage, queued.CurrentOperation));
        Assert.Equal((true, T0, 1), (queued.Gated, queued.StartedAt!.Value, queued.RetryCount));

        var now = StateAt("completed", "completed");
        new RunLifecycle(RunId, now).ReopenForReprocess(gated: false, waiting: null);
        Assert.Equal("Reprocessing: asking dead-lettered work items again", now.CurrentOperation);
        Assert.False(now.Gated);
    }

    [Fact]
    public void The_refusals_recovery_and_reprocessing_answer_with_say_why_in_words()
    {
        Assert.Equal("There is no such run.", new RunLifecycle(RunId, new AuditRunState()).Refusal(RunTransition.ReopenForRetry));
        Assert.Equal(
            "The run is completed; only failed or partially completed runs are retried.",
            new RunLifecycle(RunId, StateAt("completed", "completed")).Refusal(RunTransition.ReopenForRetry));
        Assert.Equal(
            "The run is running; only failed or partially completed runs are retried.",
            new RunLifecycle(RunId, StateAt("running", "processing_questions")).Refusal(RunTransition.ReopenForRetry));
        Assert.Equal("The run has ended cancelled.", new RunLifecycle(RunId, StateAt("cancelled", "cancelled")).Refusal(RunTransition.ResumeFromTables));
        Assert.Equal(
            "The run waits in its client's queue for a run slot.",
            new RunLifecycle(RunId, StateAt("pending", "queued")).Refusal(RunTransition.ResumeFromTables));
        Assert.Equal(
            "The run is running; wait for it to end, then reprocess its dead letters.",
            new RunLifecycle(RunId, StateAt("running", "finalizing")).Refusal(RunTransition.ReopenForReprocess));
    }

    [Fact]
    public void Progress_takes_the_ledgers_figures_and_estimates_completion_only_while_the_run_is_active()
    {
        var questions = Enumerable.Range(0, 2)
            .Select(i => new QuestionRecord(Guid.NewGuid(), i, $"q{i}", "comparison", "non_branded", 1, null, "template"))
            .ToList();
        var ledger = new RunLedger(Spec(), questions);
        ledger.StartPacing(T0);
        ledger.Settle(new WorkItem(0, "a", 1), true, 0.25m);
        ledger.Settle(new WorkItem(0, "b", 1), false);

        var active = StateAt("running", "processing_questions");
        new RunLifecycle(RunId, active).RecordProgress(ledger, T0.AddMinutes(1));
        Assert.Equal((2, 1, 0), (active.Platforms["a"].Total, active.Platforms["a"].Processed, active.Platforms["a"].Failed));
        Assert.Equal((2, 0, 1), (active.Platforms["b"].Total, active.Platforms["b"].Processed, active.Platforms["b"].Failed));
        Assert.Equal(0.25m, active.SpentUsd);
        Assert.Equal(T0.AddMinutes(2), active.EstimatedCompletion);

        var cancelled = StateAt("cancelled", "cancelled");
        new RunLifecycle(RunId, cancelled).RecordProgress(ledger, T0.AddMinutes(1));
        Assert.Equal(1, cancelled.Platforms["a"].Processed);
        Assert.Null(cancelled.EstimatedCompletion);
    }

    private static AuditSpec Spec() =>
        new(Guid.NewGuid(), new BrandSpec("Acme", [], []), [], "crm", ["comparison"], ["a", "b"], 10, 1, [], []) { MaxCostUsd = 2m };

    private static PlatformRunStats Stats(string platform) => new(platform, true, 4, 3, 1, 100, 1000, 2, 0.6667) { CostUsd = 1.5m };

    /// <summary>A run at the given status and stage, with every field set to something a transition would change.</summary>
    private static AuditRunState StateAt(string status, string stage)
    {
        if (status == "new")
        {
            return new AuditRunState();
        }
        Assert.True(RunStatusNames.TryParseStatus(status, out var parsedStatus));
        var parsedStage = Enum.GetValues<RunStage>().Single(s => s.ToWire() == stage);
        var ended = parsedStatus.IsTerminal();
        return new AuditRunState
        {
            Spec = Spec(),
            Status = parsedStatus,
            Stage = parsedStage,
            CurrentOperation = "before",
            CreatedAt = T0,
            StartedAt = T0,
            CompletedAt = ended ? T0.AddMinutes(5) : null,
            TotalQuestions = 3,
            TotalWorkItems = 6,
            Platforms = new() { ["a"] = new PlatformTally { IsSimulated = true, Total = 3 }, ["b"] = new PlatformTally { Total = 3 } },
            LastError = "earlier trouble",
            EstimatedCompletion = ended ? null : T0.AddMinutes(30),
            RetryCount = 1,
            SpentUsd = 0.5m,
        };
    }

    /// <summary>Every stored field of the state, serialized, so that two snapshots compare field by field.</summary>
    private static Dictionary<string, string> Snapshot(AuditRunState state) =>
        typeof(AuditRunState).GetProperties().ToDictionary(p => p.Name, p => JsonSerializer.Serialize(p.GetValue(state)));
}
