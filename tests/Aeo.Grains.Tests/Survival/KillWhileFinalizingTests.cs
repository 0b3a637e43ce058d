using Npgsql;

namespace Aeo.Grains.Tests.Survival;

/// <summary>Kill the silo hosting a run while it finalizes: the run finalizes again elsewhere, with every item answered once.</summary>
[Trait("Category", "Cluster")]
public sealed class KillWhileFinalizingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Killing_the_run_silo_while_finalizing_still_ends_completed_with_every_item_once()
    {
        var settings = SurvivalScenario.Settings();
        // Nothing stalls in this run: only the watchdog brings it back.
        settings["Aeo:Audit:StalledQuestionTimeout"] = "00:30:00";
        var answers = new AnswerCounter();
        await using var aeo = await AeoTestCluster.StartAsync(2, settings, output, answers.Install);
        var (survivor, victim) = SurvivalScenario.TwoSilos(aeo);

        var runId = Guid.NewGuid();
        await SurvivalScenario.PlaceRunAsync(aeo, runId, victim);
        await aeo.Run(runId).StartAsync(aeo.Spec(SurvivalScenario.Platforms, maxQuestions: 12, samples: 1));
        await SurvivalScenario.WaitUntilAsync(
            aeo, runId, v => v.Stage == RunStage.ProcessingQuestions && v.Processed > 0, TimeSpan.FromSeconds(30), "processing");

        // Finalizing reads dead_letters (to count failures) and nothing else does in a run without failures once it
        // is processing: holding that table locked keeps the run in finalizing for as long as the test needs.
        await using (var holder = new NpgsqlConnection(aeo.ConnectionString))
        {
            await holder.OpenAsync();
            await using var hold = await holder.BeginTransactionAsync();
            await using (var command = new NpgsqlCommand("lock table dead_letters in access exclusive mode", holder, hold))
            {
                await command.ExecuteNonQueryAsync();
            }
            var finalizing = await SurvivalScenario.WaitUntilAsync(
                aeo, runId, v => v.Stage == RunStage.Finalizing, TimeSpan.FromSeconds(60), "finalizing");
            Assert.Equal(finalizing.TotalWorkItems, finalizing.Processed);

            await aeo.Cluster.KillSiloAsync(victim);
            await hold.RollbackAsync();
        }

        var view = await aeo.WaitForTerminalAsync(runId, TimeSpan.FromSeconds(90));
        // Every item had settled before the kill: finalizing again elsewhere asks nothing again.
        await SurvivalScenario.AssertCompletedExactlyOnceAsync(aeo, view, SurvivalScenario.Platforms, samples: 1, answers);
        Assert.Equal(survivor.SiloAddress, aeo.HostOf(aeo.Run(runId).GetGrainId())?.SiloAddress);
    }
}
