using System.Diagnostics;
using Aeo.Abstractions.Audits;
using Aeo.Abstractions.Grains;
using Aeo.Grains.Tests.Infrastructure;
using Orleans.TestingHost;
using Xunit.Abstractions;

namespace Aeo.Grains.Tests.Survival;

/// <summary>
/// A silo told to stop hands its runs over without losing or repeating work. The watchdog is left at its production
/// period (a minute), so the measured hand-over is what a real cluster would see, not the tests' fast reminder.
/// </summary>
[Trait("Category", "Cluster")]
public sealed class GracefulStopTests(ITestOutputHelper output)
{
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
        await SurvivalScenario.AssertCompletedExactlyOnceAsync(aeo, view, SurvivalScenario.Platforms, samples: 1);
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
        await SurvivalScenario.AssertCompletedExactlyOnceAsync(aeo, view, SurvivalScenario.Platforms, samples: 1);
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
        await aeo.Run(runId).StartAsync(aeo.Spec(SurvivalScenario.Platforms, maxQuestions: 30, samples: 1));
        await SurvivalScenario.WaitUntilAsync(aeo, runId, v => v.Processed >= 6, TimeSpan.FromSeconds(60), "6 items");

        // Stop it while it holds work: some question of the run is active there.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Enumerable.Range(0, 30).Any(ordinal => IsHostedOn(aeo, QuestionGrainId(aeo, runId, ordinal), stopping)))
        {
            Assert.True(DateTime.UtcNow < deadline, "no question of the run ever ran on the silo to stop");
            await Task.Delay(10);
        }
        var stopwatch = Stopwatch.StartNew();
        await aeo.Cluster.StopSiloAsync(stopping);
        output.WriteLine($"Graceful stop of a silo with question grains took {stopwatch.ElapsedMilliseconds} ms");

        var view = await aeo.WaitForTerminalAsync(runId, TimeSpan.FromSeconds(120));
        output.WriteLine($"The run ended {stopwatch.ElapsedMilliseconds} ms after the stop began");
        await SurvivalScenario.AssertCompletedExactlyOnceAsync(aeo, view, SurvivalScenario.Platforms, samples: 1);
        Assert.Equal(home.SiloAddress, aeo.HostOf(aeo.Run(runId).GetGrainId())?.SiloAddress);
    }

    private Task<AeoTestCluster> StartAsync(Dictionary<string, string?>? settings = null)
    {
        settings ??= SurvivalScenario.Settings();
        settings["Aeo:Audit:WatchdogPeriod"] = "00:01:00";
        return AeoTestCluster.StartAsync(2, settings, output);
    }

    /// <summary>
    /// Stops <paramref name="stopping"/> gracefully and reports how long until the run is active on
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
        var handOver = stopwatch.ElapsedMilliseconds;
        var stopTook = await stop;
        output.WriteLine($"Graceful stop took {stopTook.TotalMilliseconds:F0} ms; the run was back on the survivor {handOver} ms after the stop began");

        async Task<TimeSpan> StopAsync()
        {
            await aeo.Cluster.StopSiloAsync(stopping);
            return stopwatch.Elapsed;
        }
    }

    private static GrainId QuestionGrainId(AeoTestCluster aeo, Guid runId, int ordinal) =>
        aeo.Client.GetGrain<IQuestionGrain>(GrainKeys.Question(runId, ordinal)).GetGrainId();

    private static bool IsHostedOn(AeoTestCluster aeo, GrainId grain, InProcessSiloHandle silo) =>
        silo.SiloAddress.Equals(aeo.HostOf(grain)?.SiloAddress);
}
