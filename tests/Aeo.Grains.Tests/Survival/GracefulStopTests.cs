using System.Diagnostics;

namespace Aeo.Grains.Tests.Survival;

/// <summary>
/// A silo told to stop hands its runs over without losing or repeating work, and at once: the watchdog, which would
/// bring a run back eventually, is set far beyond the test, so a hand-over within a tenth of its period is the stopping
/// silo's own doing.
/// </summary>
[Trait("Category", "Cluster")]
public sealed class GracefulStopTests(ITestOutputHelper output)
{
    private static readonly TimeSpan WatchdogPeriod = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan HandOverBound = WatchdogPeriod / 10;

    private readonly AnswerCounter answers = new();

    [Fact]
    public async Task Stopping_the_silo_hosting_a_run_mid_processing_hands_it_over_and_loses_nothing()
    {
        await using var aeo = await StartAsync();
        var (survivor, stopping) = SurvivalScenario.TwoSilos(aeo);
        var runId = Guid.NewGuid();
        await SurvivalScenario.PlaceRunAsync(aeo, runId, stopping);
        await aeo.Run(runId).StartAsync(aeo.Spec(SurvivalScenario.Platforms, maxQuestions: 30, samples: 1));
        var before = await SurvivalScenario.WaitUntilAsync(aeo, runId, v => v.Processed >= 15, TimeSpan.FromSeconds(60), "15 items");
        Assert.True(before.Processed < before.TotalWorkItems / 2, "the run got too far before the stop to prove anything");

        await StopAndMeasureHandOverAsync(aeo, runId, stopping, survivor, v => v.Processed > before.Processed);

        var view = await aeo.WaitForTerminalAsync(runId, TimeSpan.FromSeconds(120));
        await SurvivalScenario.AssertCompletedExactlyOnceAsync(aeo, view, SurvivalScenario.Platforms, samples: 1, answers, stopping.SiloAddress);
        Assert.Equal(survivor.SiloAddress, aeo.HostOf(aeo.Run(runId).GetGrainId())?.SiloAddress);
    }

    [Fact]
    public async Task Stopping_the_silo_hosting_a_run_while_it_generates_questions_hands_it_over_and_loses_nothing()
    {
        // No question grain exists yet to wake the run elsewhere by reporting: the run itself must hand over.
        var settings = SurvivalScenario.Settings();
        AeoTestCluster.AddSimulated(settings, "sim-generator", 4000, 5000, 6000, seed: 4);
        settings["Aeo:Analysis:QuestionGeneratorPlatform"] = "sim-generator";
        await using var aeo = await StartAsync(settings);
        var (survivor, stopping) = SurvivalScenario.TwoSilos(aeo);
        var runId = Guid.NewGuid();
        await SurvivalScenario.PlaceRunAsync(aeo, runId, stopping);
        await aeo.Run(runId).StartAsync(aeo.Spec(SurvivalScenario.Platforms, maxQuestions: 20, samples: 1));
        await SurvivalScenario.WaitUntilAsync(aeo, runId, v => v.Stage == RunStage.GeneratingQuestions, TimeSpan.FromSeconds(20), "generating questions");

        await StopAndMeasureHandOverAsync(aeo, runId, stopping, survivor, _ => true);

        var view = await aeo.WaitForTerminalAsync(runId, TimeSpan.FromSeconds(150));
        // Questions may have been handed out on the stopping silo if generating ended while it stopped.
        await SurvivalScenario.AssertCompletedExactlyOnceAsync(aeo, view, SurvivalScenario.Platforms, samples: 1, answers, stopping.SiloAddress);
        Assert.Equal(survivor.SiloAddress, aeo.HostOf(aeo.Run(runId).GetGrainId())?.SiloAddress);
    }

    [Fact]
    public async Task Stopping_a_silo_hosting_only_question_grains_loses_nothing()
    {
        var settings = SurvivalScenario.Settings();
        // Far beyond the test: only the membership saying the silo left brings back the items its grains held.
        settings["Aeo:Audit:StalledQuestionTimeout"] = "00:30:00";
        await using var aeo = await StartAsync(settings);
        var (home, stopping) = SurvivalScenario.TwoSilos(aeo);
        var runId = Guid.NewGuid();
        await SurvivalScenario.PlaceRunAsync(aeo, runId, home);
        // Every question grain the run can have waits on the silo to stop, so that it surely holds the run's work there.
        await PlaceQuestionsAsync(aeo, runId, stopping, maxQuestions: 30);
        await aeo.Run(runId).StartAsync(aeo.Spec(SurvivalScenario.Platforms, maxQuestions: 30, samples: 1));
        await SurvivalScenario.WaitUntilAsync(aeo, runId, v => v.Processed >= 6, TimeSpan.FromSeconds(60), "6 items");
        Assert.Contains(Enumerable.Range(0, 30), ordinal => IsHostedOn(aeo, QuestionGrainId(aeo, runId, ordinal), stopping));

        // The run's work is all on the stopping silo: it goes on only once the run hands out again what that silo held.
        var stopwatch = Stopwatch.StartNew();
        await aeo.Cluster.StopSiloAsync(stopping);
        var stopTook = stopwatch.Elapsed;
        var atStop = (await aeo.Run(runId).GetStatusAsync())!;
        await SurvivalScenario.WaitUntilAsync(
            aeo, runId, v => v.Processed > atStop.Processed || v.Status.IsTerminal(), TimeSpan.FromSeconds(120), "progress after the stop");
        var handOver = stopwatch.Elapsed;
        output.WriteLine($"Graceful stop took {stopTook.TotalMilliseconds:F0} ms; the run went on {handOver.TotalMilliseconds:F0} ms after the stop began");
        Assert.True(handOver < HandOverBound, $"the run went on {handOver} after the stop began, not within {HandOverBound}");

        var view = await aeo.WaitForTerminalAsync(runId, TimeSpan.FromSeconds(120));
        await SurvivalScenario.AssertCompletedExactlyOnceAsync(aeo, view, SurvivalScenario.Platforms, samples: 1, answers, stopping.SiloAddress);
        Assert.Equal(home.SiloAddress, aeo.HostOf(aeo.Run(runId).GetGrainId())?.SiloAddress);
    }

    private Task<AeoTestCluster> StartAsync(Dictionary<string, string?>? settings = null)
    {
        settings ??= SurvivalScenario.Settings();
        settings["Aeo:Audit:WatchdogPeriod"] = WatchdogPeriod.ToString();
        return AeoTestCluster.StartAsync(2, settings, output, answers.Install);
    }

    /// <summary>
    /// Stops <paramref name="stopping"/> gracefully and checks how long until the run is active on
    /// <paramref name="survivor"/> and <paramref name="resumed"/> holds: the hand-over as a client sees it.
    /// </summary>
    private async Task StopAndMeasureHandOverAsync(
        AeoTestCluster aeo, Guid runId, InProcessSiloHandle stopping, InProcessSiloHandle survivor, Func<AuditRunView, bool> resumed)
    {
        var stopwatch = Stopwatch.StartNew();
        var stop = StopAsync();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            Assert.True(DateTime.UtcNow < deadline, "the run never made progress on the survivor");
            try
            {
                if (survivor.SiloAddress.Equals(aeo.HostOf(aeo.Run(runId).GetGrainId())?.SiloAddress)
                    && await aeo.Run(runId).GetStatusAsync() is { } view
                    && (resumed(view) || view.Status.IsTerminal()))
                {
                    break;
                }
            }
            catch (Exception ex) when (ex is ObjectDisposedException or TimeoutException or OrleansMessageRejectionException or SiloUnavailableException)
            {
                // The stopping silo's services are going away, or the run is between activations: look again.
            }
            await Task.Delay(20);
        }
        var handOver = stopwatch.Elapsed;
        var stopTook = await stop;
        output.WriteLine(
            $"Graceful stop took {stopTook.TotalMilliseconds:F0} ms; the run was back on the survivor {handOver.TotalMilliseconds:F0} ms after the stop began");
        Assert.True(handOver < HandOverBound, $"the run was back {handOver} after the stop began, not within {HandOverBound}");

        async Task<TimeSpan> StopAsync()
        {
            await aeo.Cluster.StopSiloAsync(stopping);
            return stopwatch.Elapsed;
        }
    }

    /// <summary>Activates the run's question grains on <paramref name="silo"/> with work that holds no item yet.</summary>
    private static Task PlaceQuestionsAsync(AeoTestCluster aeo, Guid runId, InProcessSiloHandle silo, int maxQuestions) =>
        AeoTestCluster.WithPlacementHintAsync(silo.SiloAddress, () => Task.WhenAll(Enumerable.Range(0, maxQuestions).Select(ordinal =>
            aeo.Client.GetGrain<IQuestionGrain>(GrainKeys.Question(runId, ordinal))
                .ExecuteAsync(new QuestionWork(runId, Guid.NewGuid(), ordinal, "placeholder", [], [], "Acme CRM")))));

    private static GrainId QuestionGrainId(AeoTestCluster aeo, Guid runId, int ordinal) =>
        aeo.Client.GetGrain<IQuestionGrain>(GrainKeys.Question(runId, ordinal)).GetGrainId();

    private static bool IsHostedOn(AeoTestCluster aeo, GrainId grain, InProcessSiloHandle silo) =>
        silo.SiloAddress.Equals(aeo.HostOf(grain)?.SiloAddress);
}
