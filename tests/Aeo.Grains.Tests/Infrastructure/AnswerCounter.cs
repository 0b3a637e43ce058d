namespace Aeo.Grains.Tests.Infrastructure;

/// <summary>
/// Counts every answer the engines give, per work item (question text, platform, sample) and per silo, on every silo of
/// a test cluster (they run in one process). The responses table's unique key hides a work item asked twice; this
/// does not, so a paid call made twice fails the test. Failed calls are not counted: they cost nothing.
/// </summary>
internal sealed class AnswerCounter
{
    private readonly ConcurrentQueue<(WorkItemKey Item, SiloAddress Silo)> answers = new();

    /// <summary>Wraps the registry on a silo (after any other test double) so that every platform's answers are counted.</summary>
    public void Install(IServiceCollection services)
    {
        var configured = services.Last(d => d.ServiceType == typeof(IAnswerEngineRegistry));
        services.AddSingleton<IAnswerEngineRegistry>(sp => new Registry(
            (IAnswerEngineRegistry)configured.ImplementationFactory!(sp), this, sp.GetRequiredService<ILocalSiloDetails>().SiloAddress));
    }

    /// <summary>Forgets what was counted so far (the answers of an earlier run asking the same questions).</summary>
    public void Clear() => answers.Clear();

    /// <summary>Every item of <paramref name="items"/> was answered at most once, and every stored one exactly once.</summary>
    public void AssertAnsweredOnce(RunItems items) => AssertAnswered(items, lost: null, mostInFlight: 0);

    /// <summary>
    /// As <see cref="AssertAnsweredOnce"/>, except that an item whose answer went away with <paramref name="lost"/> (killed or
    /// stopped mid-run) may have been asked again elsewhere: each silo answered an item at most once, a second answer
    /// needs one from the lost silo, and there are no more such items than the run could have had in flight.
    /// </summary>
    public void AssertAnsweredOnceExceptInFlightOn(SiloAddress lost, int mostInFlight, RunItems items) => AssertAnswered(items, lost, mostInFlight);

    private void AssertAnswered(RunItems items, SiloAddress? lost, int mostInFlight)
    {
        var byItem = answers.Where(a => items.Questions.Contains(a.Item.Question)).GroupBy(a => a.Item).ToDictionary(g => g.Key, g => g.ToList());
        var foreign = byItem.Keys.Where(k => !items.All.Contains(k)).ToList();
        Assert.True(foreign.Count == 0, $"answers for items the run does not have: {string.Join("; ", foreign)}");

        var unanswered = items.Stored.Where(k => !byItem.ContainsKey(k)).ToList();
        Assert.True(unanswered.Count == 0, $"{unanswered.Count} stored item(s) no engine answered: {string.Join("; ", unanswered.Take(5))}");

        var twiceOnOneSilo = byItem.Where(i => i.Value.GroupBy(a => a.Silo).Any(g => g.Count() > 1)).Select(i => i.Key).ToList();
        Assert.True(twiceOnOneSilo.Count == 0, $"{twiceOnOneSilo.Count} item(s) answered twice on one silo: {string.Join("; ", twiceOnOneSilo.Take(5))}");

        var again = byItem.Where(i => i.Value.Count > 1).ToList();
        var unexplained = again.Where(i => lost is null || i.Value.Count > 2 || !i.Value.Any(a => a.Silo.Equals(lost))).Select(i => i.Key).ToList();
        Assert.True(unexplained.Count == 0, $"{unexplained.Count} item(s) answered more than once: {string.Join("; ", unexplained.Take(5))}");
        Assert.True(again.Count <= mostInFlight, $"{again.Count} item(s) asked again after {lost} went away, more than the {mostInFlight} it could have had in flight");
    }

    private void Count(AnswerRequest request, string platform, SiloAddress silo) =>
        answers.Enqueue((new WorkItemKey(request.Question, platform, request.Sample), silo));

    private sealed class Registry(IAnswerEngineRegistry configured, AnswerCounter counter, SiloAddress silo) : IAnswerEngineRegistry
    {
        public IReadOnlyList<PlatformDescriptor> Platforms => configured.Platforms;

        public bool TryGet(string name, [MaybeNullWhen(false)] out IAnswerEngine engine)
        {
            if (!configured.TryGet(name, out var found))
            {
                engine = null;
                return false;
            }
            engine = new Counted(found, counter, silo);
            return true;
        }

        public PlatformDescriptor Describe(string name) => configured.Describe(name);
    }

    private sealed class Counted(IAnswerEngine engine, AnswerCounter counter, SiloAddress silo) : IAnswerEngine
    {
        public string Platform => engine.Platform;

        public bool IsSimulated => engine.IsSimulated;

        public string Model => engine.Model;

        public async Task<EngineAnswer> AskAsync(AnswerRequest request, CancellationToken cancellationToken)
        {
            var answer = await engine.AskAsync(request, cancellationToken);
            counter.Count(request, engine.Platform, silo);
            return answer;
        }
    }
}

/// <summary>One work item as an engine sees it: the question's text, the platform, the sample.</summary>
internal sealed record WorkItemKey(string Question, string Platform, int Sample);

/// <summary>A run's work items as the tables have them: every one it should ask, and those with a stored answer.</summary>
internal sealed record RunItems(IReadOnlySet<string> Questions, IReadOnlySet<WorkItemKey> All, IReadOnlySet<WorkItemKey> Stored)
{
    public static async Task<RunItems> ReadAsync(AeoTestCluster aeo, Guid runId, string[] platforms, int samples)
    {
        var questions = (await aeo.QueryListAsync<string>("select question_text from questions where audit_run_id = @runId", new { runId })).ToHashSet();
        var all = (from question in questions
                   from platform in platforms
                   from sample in Enumerable.Range(1, samples)
                   select new WorkItemKey(question, platform, sample)).ToHashSet();
        var stored = (await aeo.QueryListAsync<(string, string, int)>(
                "select q.question_text, r.platform, r.sample from responses r join questions q on q.id = r.question_id where r.audit_run_id = @runId",
                new { runId }))
            .Select(r => new WorkItemKey(r.Item1, r.Item2, r.Item3))
            .ToHashSet();
        return new RunItems(questions, all, stored);
    }
}
