namespace Aeo.Grains.Tests.Survival;

/// <summary>
/// A run saves its ended state, then its audit_runs row, then drops its watchdog. A silo dying between the first
/// two leaves a row that still says running; the watchdog, which fires again on a survivor, must set it right.
/// </summary>
[Trait("Category", "Cluster")]
public sealed class KillWhileSavingTheEndTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_row_left_running_by_a_death_while_saving_the_end_is_set_right_by_the_watchdog()
    {
        var answers = new AnswerCounter();
        await using var aeo = await AeoTestCluster.StartAsync(1, SurvivalScenario.Settings(), output, answers.Install);
        var runId = Guid.NewGuid();
        await aeo.Run(runId).StartAsync(aeo.Spec(SurvivalScenario.Platforms, maxQuestions: 3, samples: 1));
        var view = await aeo.WaitForTerminalAsync(runId, TimeSpan.FromSeconds(60));
        await SurvivalScenario.AssertCompletedExactlyOnceAsync(aeo, view, SurvivalScenario.Platforms, samples: 1, answers);

        // What the death leaves: the grain state says completed, the row still says what it said while processing,
        // and the watchdog reminder still fires.
        // (Deactivating first: a deactivation saves the row, which a death does not.)
        await aeo.Cluster.DeactivateAsync(aeo.Run(runId));
        await aeo.QueryAsync<int>(
            "update audit_runs set status = 'running', stage = 'finalizing', completed_at = null where id = @runId returning 1", new { runId });
        var remindable = aeo.Client.GetGrain<IRemindable>(aeo.Run(runId).GetGrainId());
        await remindable.ReceiveReminder("watchdog", new TickStatus(DateTime.UtcNow, TimeSpan.FromSeconds(2), DateTime.UtcNow));

        await SurvivalScenario.AssertCompletedExactlyOnceAsync(aeo, view, SurvivalScenario.Platforms, samples: 1, answers);
        Assert.NotNull(await aeo.QueryAsync<DateTime?>("select completed_at from audit_runs where id = @runId", new { runId }));
    }
}
