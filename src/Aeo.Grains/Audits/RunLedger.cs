namespace Aeo.Grains.Audits;

/// <summary>
/// The in-memory book of one run's work: which (question, platform, sample) items are settled, which
/// questions wait, and which are in flight since when; what they cost, and the pace they settle at. How many samples
/// each (question, platform) is to have is its <see cref="SamplePlan"/>'s. Rebuilt from the tables whenever a run resumes.
/// </summary>
public sealed class RunLedger
{
    private readonly AuditSpec spec;
    private readonly SamplePlan plan;
    private readonly Dictionary<int, QuestionRecord> questions;
    private readonly HashSet<WorkItem> settled = [];
    private readonly Dictionary<int, int> remaining = [];
    private readonly Dictionary<string, (int Processed, int Failed)> perPlatform;
    private readonly Dictionary<string, int> plannedPerPlatform;
    private readonly Queue<int> waiting = new();
    private readonly Dictionary<int, DateTimeOffset> inFlight = [];
    private (DateTimeOffset At, int Settled)? paceFrom;

    public RunLedger(AuditSpec spec, IReadOnlyList<QuestionRecord> questions, SamplePlan? plan = null)
    {
        this.spec = spec;
        this.plan = plan ?? new SamplePlan(spec);
        this.questions = questions.ToDictionary(q => q.Ordinal);
        perPlatform = spec.Platforms.ToDictionary(p => p, _ => (0, 0), StringComparer.Ordinal);
        plannedPerPlatform = spec.Platforms.ToDictionary(
            p => p, p => questions.Sum(q => this.plan.Of(q.Ordinal, p)), StringComparer.Ordinal);
        foreach (var question in questions.OrderBy(q => q.Ordinal))
        {
            remaining[question.Ordinal] = PlannedItems(question.Ordinal);
            waiting.Enqueue(question.Ordinal);
        }
        Total = plannedPerPlatform.Values.Sum();
    }

    /// <summary>The work items planned so far: every (question, platform) times its planned samples.</summary>
    public int Total { get; private set; }

    /// <summary>The work items planned on <paramref name="platform"/>.</summary>
    public int ItemsOn(string platform) => plannedPerPlatform[platform];

    public int Settled => settled.Count;

    public bool IsComplete => settled.Count == Total;

    /// <summary>The known cost of the settled answers, in US dollars.</summary>
    public decimal SpentUsd { get; private set; }

    /// <summary>Whether the known cost reached <paramref name="budgetUsd"/>; never without a budget.</summary>
    public bool HasSpent(decimal? budgetUsd) => budgetUsd is { } limit && SpentUsd >= limit;

    /// <summary>
    /// The work items the tables must hold before the run may finalize: every item, or after a stop at the budget only
    /// those settled (the rest are skipped).
    /// </summary>
    public int MustBeStored(bool budgetReached) => budgetReached ? Settled : Total;

    /// <summary>Nothing in flight and no waiting question with work left: with dispatch stopped, the run is done.</summary>
    public bool IsIdle => inFlight.Count == 0 && waiting.All(ordinal => remaining[ordinal] == 0);

    /// <summary>Work items of questions that are neither settled nor in flight nor waiting.</summary>
    public int Skipped =>
        remaining.Where(r => !inFlight.ContainsKey(r.Key) && !waiting.Contains(r.Key)).Sum(r => r.Value);

    public int InFlight => inFlight.Count;

    public QuestionRecord Question(int ordinal) => questions[ordinal];

    public IReadOnlyCollection<QuestionRecord> Questions => questions.Values;

    public (int Processed, int Failed) PlatformFigures(string platform) => perPlatform[platform];

    /// <summary>Records a settled item and what it cost; false if it was already settled or does not belong to this run.</summary>
    public bool Settle(WorkItem item, bool succeeded, decimal? costUsd = null)
    {
        if (!Belongs(item) || !settled.Add(item))
        {
            return false;
        }
        // An answer beyond the plan is a sample a round planned whose saved plan was lost: the plan takes it back.
        Plan(item.Ordinal, item.Platform, item.Sample);
        SpentUsd += costUsd ?? 0;
        var (processed, failed) = perPlatform[item.Platform];
        perPlatform[item.Platform] = succeeded ? (processed + 1, failed) : (processed, failed + 1);
        if (--remaining[item.Ordinal] == 0)
        {
            inFlight.Remove(item.Ordinal);
        }
        return true;
    }

    /// <summary>Plans one sample more of <paramref name="ordinal"/> on <paramref name="platform"/> and queues the question; false at the ceiling.</summary>
    public bool AddSample(int ordinal, string platform)
    {
        if (!Plan(ordinal, platform, plan.Of(ordinal, platform) + 1))
        {
            return false;
        }
        if (!inFlight.ContainsKey(ordinal) && !waiting.Contains(ordinal))
        {
            waiting.Enqueue(ordinal);
        }
        return true;
    }

    /// <summary>Samples planned for <paramref name="ordinal"/> on <paramref name="platform"/>.</summary>
    public int PlannedSamples(int ordinal, string platform) => plan.Of(ordinal, platform);

    /// <summary>Notes that an in-flight question made progress, which keeps it from being seen as stalled.</summary>
    public void Touch(int ordinal, DateTimeOffset now)
    {
        if (inFlight.ContainsKey(ordinal))
        {
            inFlight[ordinal] = now;
        }
    }

    /// <summary>Takes the next waiting question with work left, if the in-flight cap allows.</summary>
    public bool TryStartNext(int maxInFlight, DateTimeOffset now, out int ordinal)
    {
        while (inFlight.Count < maxInFlight && waiting.TryDequeue(out ordinal))
        {
            if (remaining[ordinal] > 0 && inFlight.TryAdd(ordinal, now))
            {
                return true;
            }
        }
        ordinal = -1;
        return false;
    }

    /// <summary>In-flight questions without progress since <paramref name="timeout"/>; each is marked as restarted now.</summary>
    public IReadOnlyList<int> TakeStalled(DateTimeOffset now, TimeSpan timeout)
    {
        var stalled = inFlight.Where(f => now - f.Value >= timeout).Select(f => f.Key).ToList();
        foreach (var ordinal in stalled)
        {
            inFlight[ordinal] = now;
        }
        return stalled;
    }

    /// <summary>Forgets what is in flight and queues every question with work left (a resumed run's start).</summary>
    public void RequeueUnsettled()
    {
        inFlight.Clear();
        waiting.Clear();
        foreach (var ordinal in remaining.Where(r => r.Value > 0).Select(r => r.Key).Order())
        {
            waiting.Enqueue(ordinal);
        }
    }

    public IReadOnlyList<int> InFlightQuestions => inFlight.Keys.ToList();

    public void StopDispatch() => waiting.Clear();

    /// <summary>
    /// Stops handing out questions not yet begun (a spent budget): only questions with some item settled stay queued,
    /// so those a resumed run finds half answered are finished; questions in flight finish too.
    /// </summary>
    public void StopStartingNew()
    {
        var started = waiting.Where(ordinal => remaining[ordinal] is > 0 and var left && left < PlannedItems(ordinal)).ToList();
        waiting.Clear();
        started.ForEach(waiting.Enqueue);
    }

    /// <summary>Measures the pace from now on: a resumed run extrapolates from its own progress only.</summary>
    public void StartPacing(DateTimeOffset now) => paceFrom = (now, Settled);

    /// <summary>Goes on measuring the pace from where <paramref name="earlier"/> started, for a ledger that replaces it.</summary>
    public void KeepPaceOf(RunLedger earlier) => paceFrom = earlier.paceFrom;

    /// <summary>When the rest would be settled at the pace since pacing started; null before anything settled since.</summary>
    public DateTimeOffset? EstimateCompletion(DateTimeOffset now)
    {
        if (paceFrom is not { } from)
        {
            return null;
        }
        var done = Settled - from.Settled;
        var elapsed = now - from.At;
        return done <= 0 || elapsed <= TimeSpan.Zero ? null : now + elapsed * ((double)(Total - Settled) / done);
    }

    public WorkItem[] UnsettledItems(int ordinal) =>
        AllItems(ordinal).Where(item => !settled.Contains(item)).ToArray();

    private IEnumerable<WorkItem> AllItems(int ordinal) =>
        from platform in spec.Platforms
        from sample in Enumerable.Range(1, plan.Of(ordinal, platform))
        select new WorkItem(ordinal, platform, sample);

    private int PlannedItems(int ordinal) => spec.Platforms.Sum(platform => plan.Of(ordinal, platform));

    /// <summary>Raises the plan of (<paramref name="ordinal"/>, <paramref name="platform"/>) to <paramref name="samples"/>; false if nothing was added.</summary>
    private bool Plan(int ordinal, string platform, int samples)
    {
        var added = plan.RaiseTo(ordinal, platform, samples);
        remaining[ordinal] += added;
        plannedPerPlatform[platform] += added;
        Total += added;
        return added > 0;
    }

    private bool Belongs(WorkItem item) =>
        questions.ContainsKey(item.Ordinal)
        && perPlatform.ContainsKey(item.Platform)
        && item.Sample >= 1 && item.Sample <= plan.Ceiling;
}
