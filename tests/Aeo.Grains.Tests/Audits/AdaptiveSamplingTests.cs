using Aeo.Analysis.Figures;
using Aeo.Analysis.Questions;
using Aeo.Grains.Tests.Survival;

namespace Aeo.Grains.Tests.Audits;

/// <summary>
/// Adaptive runs on a real silo cluster against two OpenAI-compatible platforms on loopback: "steady" mentions the
/// client never, except on two questions whose answers flip from call to call; "noisy" flips on six questions and
/// answers the other six the same way every time. With a target of 0.15 and at most 3 samples, steady stops at the
/// interval and noisy at the maximum.
/// </summary>
[Trait("Category", "Cluster")]
public sealed class AdaptiveSamplingTests(ITestOutputHelper output)
{
    private const string Steady = "steady";
    private const string Noisy = "noisy";
    private const double Target = 0.15;
    private const int Maximum = 3;
    private static readonly string[] Platforms = [Steady, Noisy];

    /// <summary>Steady: questions 10 and 11 flip (10 mentions the client on odd calls, 11 on even ones); the rest never.</summary>
    private static bool SteadyScript(int question, int call) => question switch
    {
        10 => call % 2 == 1,
        11 => call % 2 == 0,
        _ => false,
    };

    /// <summary>Noisy: questions 0–5 flip (even ones mention on odd calls, odd ones on even calls), 6–8 never, 9–11 always.</summary>
    private static bool NoisyScript(int question, int call) => question switch
    {
        < 6 => call % 2 == (question % 2 == 0 ? 1 : 0),
        < 9 => false,
        _ => true,
    };

    private static bool Flips(string platform, int question) => platform == Steady ? question >= 10 : question < 6;

    [Fact]
    public async Task Extra_samples_go_to_disagreeing_questions_until_the_interval_or_the_maximum()
    {
        await using var provider = await StartProviderAsync(TimeSpan.Zero);
        var settings = Settings(provider, maxInFlight: 6);
        await using var aeo = await AeoTestCluster.StartAsync(1, settings, output);

        var spec = AdaptiveSpec(aeo);
        var runId = Guid.NewGuid();
        await aeo.Run(runId).StartAsync(spec);
        var view = await aeo.WaitForTerminalAsync(runId, TimeSpan.FromSeconds(90));

        Assert.True(view.Status == RunStatus.Completed, $"{view.Status}: {view.LastError}");
        var sampling = view.Sampling!;
        Assert.Equal(Target, sampling.TargetHalfWidth);
        Assert.Equal(Maximum, sampling.MaxSamplesPerQuestion);
        Assert.True(sampling.Rounds >= 2, $"{sampling.Rounds} rounds");
        var steady = sampling.Platforms.Single(p => p.Platform == Steady);
        var noisy = sampling.Platforms.Single(p => p.Platform == Noisy);
        Assert.Equal(SamplingStop.Interval, steady.Stop);
        Assert.Equal(SamplingStop.Maximum, noisy.Stop);

        var samples = await SamplesAsync(aeo, runId);
        foreach (var platform in Platforms)
        {
            for (var question = 0; question < DisagreeingChatProvider.Questions.Length; question++)
            {
                var stored = samples.GetValueOrDefault((platform, question));
                Assert.Equal(stored, provider.Calls(platform + "-1", question));
                if (platform == Noisy && Flips(platform, question))
                {
                    Assert.True(stored == Maximum, $"{platform} question {question} flips but has {stored} samples");
                }
                else if (!Flips(platform, question))
                {
                    Assert.InRange(stored, 1, 2);
                }
            }
        }
        // Steady's first flipping question answered against the platform's tendency first, so it was asked again.
        Assert.True(samples[(Steady, 10)] >= 2);

        // The stored samples, the status and the figures agree.
        await RunChecks.AssertEveryPlannedItemStoredOnceAsync(aeo, runId, Platforms, Maximum);
        Assert.Equal(samples.Values.Sum(), view.TotalWorkItems);
        Assert.Equal(view.TotalWorkItems, view.Processed);
        var questions = DisagreeingChatProvider.Questions.Length;
        foreach (var platform in new[] { steady, noisy })
        {
            var planned = samples.Where(s => s.Key.Platform == platform.Platform).Sum(s => s.Value);
            Assert.Equal(planned, platform.WorkItems);
            Assert.Equal(planned, view.Platforms.Single(p => p.Platform == platform.Platform).Total);
            Assert.Equal(questions * Maximum, platform.WorkItemsAtMaximum);
            Assert.Equal(questions * Maximum - planned, platform.SavedWorkItems);
            Assert.True(platform.SavedWorkItems > 0);
            var stats = view.Stats.Single(s => s.Platform == platform.Platform);
            Assert.Equal(planned, stats.SuccessfulQueries);
            // Every answer costs the same here: 1000 prompt tokens at 2 USD and 500 completion tokens at 8 USD per million.
            const decimal perAnswer = (1000 * 2m + 500 * 8m) / 1_000_000m;
            Assert.Equal(perAnswer * planned, stats.CostUsd);
            Assert.Equal(perAnswer * platform.SavedWorkItems, platform.SavedCostUsd);
        }

        var figures = await FiguresAsync(aeo, spec, runId);
        var steadyRate = Headline(figures, Steady);
        var noisyRate = Headline(figures, Noisy);
        Assert.Equal((steadyRate.Upper!.Value - steadyRate.Lower!.Value) / 2, steady.HalfWidth!.Value, 12);
        Assert.Equal((noisyRate.Upper!.Value - noisyRate.Lower!.Value) / 2, noisy.HalfWidth!.Value, 12);
        Assert.True(steady.HalfWidth <= Target, $"steady {steady.HalfWidth}");
        Assert.True(noisy.HalfWidth > Target, $"noisy {noisy.HalfWidth}");
    }

    [Fact]
    public async Task Killing_the_silo_mid_sampling_still_stores_every_planned_item_once()
    {
        await using var provider = await StartProviderAsync(TimeSpan.FromMilliseconds(150));
        var settings = Settings(provider, maxInFlight: 2);
        await using var aeo = await AeoTestCluster.StartAsync(2, settings, output);
        var (victim, survivor) = SurvivalScenario.TwoSilos(aeo);
        var runId = Guid.NewGuid();
        await SurvivalScenario.PlaceRunAsync(aeo, runId, victim);

        await aeo.Run(runId).StartAsync(AdaptiveSpec(aeo));
        var firstPass = DisagreeingChatProvider.Questions.Length * Platforms.Length;
        // Killed once the first round of further samples is being asked (the wait fails if the run ended first).
        await SurvivalScenario.WaitUntilAsync(
            aeo, runId, v => v.Sampling is { Rounds: >= 1 } && v.Processed > firstPass, TimeSpan.FromSeconds(60), "its first sampling round");
        await aeo.Cluster.KillSiloAsync(victim);

        var view = await aeo.WaitForTerminalAsync(runId, TimeSpan.FromSeconds(120));
        Assert.True(view.Status == RunStatus.Completed, $"{view.Status}: {view.LastError}");
        Assert.Equal(survivor.SiloAddress, aeo.HostOf(aeo.Run(runId).GetGrainId())?.SiloAddress);
        Assert.All(view.Sampling!.Platforms, p => Assert.NotNull(p.Stop));
        await RunChecks.AssertEveryPlannedItemStoredOnceAsync(aeo, runId, Platforms, Maximum);
        var samples = await SamplesAsync(aeo, runId);
        Assert.Equal(samples.Values.Sum(), view.TotalWorkItems);
        Assert.Equal(view.TotalWorkItems, view.Processed);
        Assert.Equal(0, view.Failed);
        // Only calls in flight on the killed silo (two questions, two platforms, a sample each) may have been asked twice.
        var calls = Platforms.Sum(p => Enumerable.Range(0, DisagreeingChatProvider.Questions.Length).Sum(q => provider.Calls(p + "-1", q)));
        Assert.InRange(calls - samples.Values.Sum(), 0, 4);
    }

    private static Task<DisagreeingChatProvider> StartProviderAsync(TimeSpan latency) =>
        DisagreeingChatProvider.StartAsync(new() { [Steady + "-1"] = SteadyScript, [Noisy + "-1"] = NoisyScript }, latency);

    private static Dictionary<string, string?> Settings(DisagreeingChatProvider provider, int maxInFlight)
    {
        var settings = AeoTestCluster.BaseSettings();
        provider.Configure(settings, Steady, Steady + "-1");
        provider.Configure(settings, Noisy, Noisy + "-1");
        settings["Aeo:Audit:MaxInFlightQuestions"] = maxInFlight.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return settings;
    }

    private static AuditSpec AdaptiveSpec(AeoTestCluster aeo) =>
        aeo.Spec(Platforms, maxQuestions: DisagreeingChatProvider.Questions.Length, samples: 1) with
        {
            CustomQuestions = DisagreeingChatProvider.Questions,
            Sampling = new AdaptiveSamplingSpec(Target, Maximum),
        };

    /// <summary>Stored answers per (platform, question index in <see cref="DisagreeingChatProvider.Questions"/>).</summary>
    private static async Task<Dictionary<(string Platform, int Question), int>> SamplesAsync(AeoTestCluster aeo, Guid runId)
    {
        var rows = await aeo.QueryListAsync<(string Platform, string Text, string Type, long Samples)>(
            """
            select r.platform, q.question_text, q.question_type, count(*)
            from responses r join questions q on q.id = r.question_id
            where r.audit_run_id = @runId group by r.platform, q.question_text, q.question_type
            """, new { runId });
        Assert.All(rows, r => Assert.Equal(QuestionTypes.NonBranded, r.Type));
        return rows.ToDictionary(r => (r.Platform, Array.IndexOf(DisagreeingChatProvider.Questions, r.Text)), r => (int)r.Samples);
    }

    private static async Task<RunFigures> FiguresAsync(AeoTestCluster aeo, AuditSpec spec, Guid runId)
    {
        await using var db = new AeoDatabase(aeo.ConnectionString);
        var answers = await new ResponseRepository(db).AnalyzedAnswersAsync(runId, CancellationToken.None);
        return new RunAnswers(spec, answers).Figures(plannedCount: null);
    }

    private static RateEstimate Headline(RunFigures figures, string platform) =>
        figures.ByPlatformAndQuestionType[platform][QuestionTypes.NonBranded].Brands["Acme CRM"].MentionRate;
}
