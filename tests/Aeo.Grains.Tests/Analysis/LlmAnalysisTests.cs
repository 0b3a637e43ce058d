using System.Text.Json.Nodes;
using Aeo.Abstractions.Audits;
using Aeo.Analysis.Answers;
using Aeo.Analysis.Brands;
using Aeo.Analysis.Sentiment;
using Aeo.Grains.Tests.Infrastructure;
using Aeo.Platforms;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace Aeo.Grains.Tests.Analysis;

/// <summary>The optional LLM parts of the analysis, through a configured platform, in a real run.</summary>
[Trait("Category", "Cluster")]
public sealed class LlmAnalysisTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_configured_judge_platform_judges_sentiment_and_proposes_questions_within_its_budget()
    {
        var model = new ScriptedModel();
        var settings = AeoTestCluster.BaseSettings();
        AeoTestCluster.AddSimulated(settings, "sim", 0, 1, 5);
        settings["Aeo:Analysis:SentimentJudgePlatform"] = ScriptedModel.PlatformName;
        settings["Aeo:Analysis:SentimentStrategy"] = "Ensemble";
        settings["Aeo:Analysis:QuestionGeneratorPlatform"] = ScriptedModel.PlatformName;
        await using var cluster = await AeoTestCluster.StartAsync(1, settings, output, services =>
        {
            var configured = services.Last(d => d.ServiceType == typeof(IAnswerEngineRegistry));
            services.AddSingleton<IAnswerEngineRegistry>(sp =>
                new ScriptedModel.Registry((IAnswerEngineRegistry)configured.ImplementationFactory!(sp), model));
        });

        var runId = Guid.NewGuid();
        // Room for every candidate, so the model's proposals are not squeezed out by the cap.
        await cluster.Run(runId).StartAsync(cluster.Spec(["sim"], maxQuestions: 200, samples: 1));
        var view = await cluster.WaitForTerminalAsync(runId, TimeSpan.FromSeconds(60));
        Assert.Equal(RunStatus.Completed, view.Status);

        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        var llmQuestions = (await connection.QueryAsync<string>(
            "select question_text from questions where audit_run_id = @runId and provider = 'llm'", new { runId })).ToList();
        Assert.Equal(ScriptedModel.ProposedQuestions.Order(), llmQuestions.Order());

        // Ensemble averages the two judges, so at every mention the stored score lies between the lexicon's own score
        // and the scripted judge's -0.9: never above what the lexicon alone says, and below it wherever it is above -0.9.
        var spec = cluster.Spec(["sim"], 200, 1);
        var lexiconOnly = new AnswerAnalyzer(
            spec.TrackedBrands.Select(b => new BrandDefinition(b.Name, b.Aliases, b.Domains)).ToArray(), new LexiconSentimentProvider());
        var stored = await connection.QueryAsync<(string Text, string Mentions)>(
            "select response_text, brand_mentions::text from responses where audit_run_id = @runId", new { runId });
        var compared = 0;
        foreach (var (text, json) in stored)
        {
            var lexicon = (await lexiconOnly.AnalyzeAsync(text, [], CancellationToken.None)).Mentions.ToDictionary(m => m.Detection.Brand);
            foreach (var mention in JsonNode.Parse(json)!.AsArray())
            {
                var positions = mention!["positions"]!.AsArray();
                var alone = lexicon[mention["brand"]!.GetValue<string>()].MentionSentiments;
                Assert.Equal(alone.Count, positions.Count);
                for (var i = 0; i < positions.Count; i++)
                {
                    var sentiment = positions[i]!["sentiment"]!;
                    Assert.Contains("llm:judge", sentiment["source"]!.GetValue<string>());
                    Assert.InRange(sentiment["score"]!.GetValue<double>(), -0.9 - 1e-3, alone[i].Score + 1e-3);
                    compared++;
                }
            }
        }
        Assert.True(compared > 50, $"only {compared} mentions compared");

        // One judge prompt per answer that names a brand, each through the judge's own budget grain.
        var answersWithMentions = await connection.ExecuteScalarAsync<int>(
            "select count(*) from responses where audit_run_id = @runId and jsonb_array_length(brand_mentions) > 0", new { runId });
        Assert.Equal(answersWithMentions, model.Prompts.Count(p => p.Contains("You judge the sentiment", StringComparison.Ordinal)));
        Assert.Equal(1, model.Prompts.Count(p => !p.Contains("You judge the sentiment", StringComparison.Ordinal)));
        var budget = await cluster.Client.GetGrain<Aeo.Abstractions.Grains.IPlatformGrain>(ScriptedModel.PlatformName).GetStatusAsync();
        Assert.Equal(model.Prompts.Count, budget.GrantedLastMinute);
    }
}
