using System.Text.Json.Nodes;
using Aeo.Analysis.Answers;
using Aeo.Analysis.Brands;
using Aeo.Analysis.Sentiment;
using Dapper;
using Npgsql;

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

        // Ensemble averages the two judges, so every brand's stored stance lies between the lexicon's own stance and the
        // scripted judge's -0.9. The positions keep the lexicon's reading.
        var spec = cluster.Spec(["sim"], 200, 1);
        var lexiconOnly = new AnswerAnalyzer(
            spec.TrackedBrands.Select(b => new BrandDefinition(b.Name, b.Aliases, b.Domains)).ToArray(), new LexiconSentimentProvider());
        var stored = await connection.QueryAsync<(string Text, string Question, string Mentions)>(
            """
            select r.response_text, q.question_text, r.brand_mentions::text
            from responses r join questions q on q.id = r.question_id
            where r.audit_run_id = @runId
            """, new { runId });
        var compared = 0;
        foreach (var (text, question, json) in stored)
        {
            var lexicon = (await lexiconOnly.AnalyzeAsync(text, [], CancellationToken.None, question)).Mentions.ToDictionary(m => m.Detection.Brand);
            foreach (var mention in JsonNode.Parse(json)!.AsArray())
            {
                var alone = lexicon[mention!["brand"]!.GetValue<string>()];
                var sentiment = mention["sentiment"]!;
                Assert.Equal("ensemble(lexicon,llm:judge)", sentiment["source"]!.GetValue<string>());
                Assert.InRange(
                    sentiment["score"]!.GetValue<double>(), Math.Min(-0.9, alone.Sentiment.Score) - 1e-3, Math.Max(-0.9, alone.Sentiment.Score) + 1e-3);
                Assert.All(mention["positions"]!.AsArray(), position => Assert.Equal("lexicon", position!["sentiment"]!["source"]!.GetValue<string>()));
                compared++;
            }
        }
        Assert.True(compared > 20, $"only {compared} brands compared");

        // One judge prompt per answer that names a brand, each through the judge's own budget grain.
        var answersWithMentions = await connection.ExecuteScalarAsync<int>(
            "select count(*) from responses where audit_run_id = @runId and jsonb_array_length(brand_mentions) > 0", new { runId });
        var judgePrompts = model.Prompts.Where(p => p.Contains("You judge the sentiment", StringComparison.Ordinal)).ToList();
        Assert.Equal(answersWithMentions, judgePrompts.Count);
        Assert.Equal(1, model.Prompts.Count(p => !p.Contains("You judge the sentiment", StringComparison.Ordinal)));
        var budget = await cluster.Client.GetGrain<Aeo.Abstractions.Grains.IPlatformGrain>(ScriptedModel.PlatformName).GetStatusAsync();
        Assert.Equal(model.Prompts.Count, budget.GrantedLastMinute);
    }
}
