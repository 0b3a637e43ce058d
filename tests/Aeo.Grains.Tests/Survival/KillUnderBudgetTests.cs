using System.Globalization;

namespace Aeo.Grains.Tests.Survival;

/// <summary>
/// Kill the silo hosting a run with a budget once it has spent most of it: the resumed run takes what was spent from the
/// responses table, so it stops at the budget instead of spending it again, and finishes every question it had begun.
/// </summary>
[Trait("Category", "Cluster")]
public sealed class KillUnderBudgetTests(ITestOutputHelper output)
{
    private static readonly string[] Platform = ["priced"];

    [Fact]
    public async Task A_run_killed_after_spending_most_of_its_budget_stops_at_the_budget_on_the_survivor()
    {
        var settings = SurvivalScenario.Settings();
        AeoTestCluster.AddSimulated(settings, "priced", 50, 100, 200);
        settings["Aeo:Platforms:priced:Model"] = "priced-1";
        settings["Aeo:Platforms:priced:Pricing:priced-1:InputPerMillionTokens"] = "0";
        settings["Aeo:Platforms:priced:Pricing:priced-1:OutputPerMillionTokens"] = "1000";
        settings["Aeo:Audit:MaxInFlightQuestions"] = "2";
        var answers = new AnswerCounter();
        await using var aeo = await AeoTestCluster.StartAsync(2, settings, output, answers.Install);
        var (survivor, victim) = SurvivalScenario.TwoSilos(aeo);

        // What one answer costs here, from a short run without a budget.
        var probe = Guid.NewGuid();
        await aeo.Run(probe).StartAsync(aeo.Spec(Platform, maxQuestions: 3, samples: 1));
        await aeo.WaitForTerminalAsync(probe, TimeSpan.FromSeconds(60));
        var answerCost = await aeo.QueryAsync<decimal>("select avg(cost_usd) from responses where audit_run_id = @probe", new { probe });
        Assert.True(answerCost > 0);
        // The run below asks the same questions: only its own answers count.
        answers.Clear();

        // 30 questions × 2 samples; the budget pays for about half of them.
        var limit = Math.Round(answerCost * 30, 6);
        var runId = Guid.NewGuid();
        await SurvivalScenario.PlaceRunAsync(aeo, runId, victim);
        await aeo.Run(runId).StartAsync(aeo.Spec(Platform, maxQuestions: 30, samples: 2) with { MaxCostUsd = limit });

        var deadline = DateTime.UtcNow.AddSeconds(60);
        decimal spentBeforeKill;
        while ((spentBeforeKill = await SpentAsync(aeo, runId)) < limit * 0.6m)
        {
            Assert.True(DateTime.UtcNow < deadline, "the run did not spend enough before the kill");
            await Task.Delay(20);
        }
        await aeo.Cluster.KillSiloAsync(victim);

        var view = await aeo.WaitForTerminalAsync(runId, TimeSpan.FromSeconds(90));
        var spent = await SpentAsync(aeo, runId);
        var maxAnswerCost = await aeo.QueryAsync<decimal>("select max(cost_usd) from responses where audit_run_id = @runId", new { runId });
        var answered = (int)await aeo.QueryAsync<long>("select count(*) from responses where audit_run_id = @runId", new { runId });
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"limit {limit}, spent before the kill {spentBeforeKill}, spent {spent}, answered {answered} of {view.TotalWorkItems}"));

        Assert.True(view.Status == RunStatus.PartiallyCompleted, $"{view.Status}: {view.LastError}");
        Assert.True(view.Budget is { Reached: true }, $"budget: {view.Budget}");
        Assert.Equal(spent, view.Budget!.SpentUsd);
        Assert.Equal(spent, view.CostUsd);
        Assert.True(spent >= limit);
        // Spending the pre-kill amount again would overshoot by at least that much; stopping at the budget overshoots by
        // no more than the questions in flight around the kill (2 before, 2 after, 2 samples each).
        Assert.True(spent - limit < spentBeforeKill, $"the run spent past its budget: {spent} of {limit}");
        Assert.True(spent - limit <= 8 * maxAnswerCost, $"the run spent past its budget: {spent} of {limit}");
        Assert.True(answered < view.TotalWorkItems);
        Assert.Equal(answered, view.Processed);
        Assert.Equal(view.TotalWorkItems - answered, view.Skipped);
        Assert.Equal(0, await aeo.QueryAsync<long>("select count(*) from dead_letters where audit_run_id = @runId", new { runId }));
        // Every question begun was finished: no answered question lacks a sample, and none has one twice.
        Assert.Equal(0, await aeo.QueryAsync<long>(
            "select count(*) from (select question_id from responses where audit_run_id = @runId group by question_id having count(*) <> 2) q",
            new { runId }));
        // And none asked twice, but for what the victim had in flight: two questions of two samples.
        answers.AssertAnsweredOnceExceptInFlightOn(victim.SiloAddress, 2 * 2, await RunItems.ReadAsync(aeo, runId, Platform, samples: 2));
        Assert.Equal(survivor.SiloAddress, aeo.HostOf(aeo.Run(runId).GetGrainId())?.SiloAddress);
    }

    private static Task<decimal> SpentAsync(AeoTestCluster aeo, Guid runId) =>
        aeo.QueryAsync<decimal>("select coalesce(sum(cost_usd), 0) from responses where audit_run_id = @runId", new { runId });
}
