namespace Aeo.Grains.Tests.Survival;

/// <summary>Kill the silo hosting a run while it generates its questions: the run generates them once, elsewhere, and answers each item once.</summary>
[Trait("Category", "Cluster")]
public sealed class KillDuringQuestionGenerationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Killing_the_run_silo_while_generating_questions_still_answers_every_item_once()
    {
        // Question generation asks a language model when one is configured; a slow simulated one keeps the run in
        // generating_questions for seconds (its answers are no question list, so the templates are used after it).
        var settings = SurvivalScenario.Settings();
        AeoTestCluster.AddSimulated(settings, "sim-generator", 4000, 5000, 6000, seed: 4);
        settings["Aeo:Analysis:QuestionGeneratorPlatform"] = "sim-generator";
        var answers = new AnswerCounter();
        await using var aeo = await AeoTestCluster.StartAsync(2, settings, output, answers.Install);
        var (victim, survivor) = SurvivalScenario.TwoSilos(aeo);

        var runId = Guid.NewGuid();
        await SurvivalScenario.PlaceRunAsync(aeo, runId, victim);
        await aeo.Run(runId).StartAsync(aeo.Spec(SurvivalScenario.Platforms, maxQuestions: 20, samples: 1));
        await SurvivalScenario.WaitUntilAsync(aeo, runId, v => v.Stage == RunStage.GeneratingQuestions, TimeSpan.FromSeconds(20), "generating questions");
        Assert.Equal(0, await aeo.QueryAsync<long>("select count(*) from questions where audit_run_id = @runId", new { runId }));

        await aeo.Cluster.KillSiloAsync(victim);

        var view = await aeo.WaitForTerminalAsync(runId, TimeSpan.FromSeconds(120));
        // A killed silo's generating may still finish in this process and hand questions out before its messages fail.
        await SurvivalScenario.AssertCompletedExactlyOnceAsync(aeo, view, SurvivalScenario.Platforms, samples: 1, answers, victim.SiloAddress);
        Assert.Equal(survivor.SiloAddress, aeo.HostOf(aeo.Run(runId).GetGrainId())?.SiloAddress);
    }
}
