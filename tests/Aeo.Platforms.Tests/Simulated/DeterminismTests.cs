using System.Security.Cryptography;
using System.Text;

namespace Aeo.Platforms.Tests.Simulated;

public sealed class DeterminismTests
{
    [Fact]
    public async Task Same_platform_seed_question_and_sample_give_the_same_answer_even_across_instances()
    {
        foreach (var question in TestEngines.Questions().Take(40))
        {
            var first = await TestEngines.Create().Ask(question, sample: 2);
            var again = await TestEngines.Create().Ask(question, sample: 2);
            Assert.Equal(first.Text, again.Text);
            Assert.Equal(first.RawJson, again.RawJson);
            Assert.Equal(first.OutputTokens, again.OutputTokens);
        }
    }

    /// <summary>
    /// SHA-256 of the answer text for platform "sim", seed 7, sample 0, the question below and the four test brands.
    /// A hash that differed from process to process (string.GetHashCode) would not reproduce it. Changing how answers are
    /// composed changes it on purpose: then set the new value.
    /// </summary>
    private const string KnownAnswerSha256 = "4265D9A586753AE203847B6A8345409176E45F35280DE07F11948A9CECC19708";

    [Fact]
    public async Task A_known_answer_is_reproduced_exactly_in_every_process()
    {
        var answer = await TestEngines.Create(seed: 7).Ask("What is the best CRM for a 10-person agency?");

        Assert.Equal(KnownAnswerSha256, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(answer.Text))));
    }

    [Fact]
    public async Task Different_samples_platforms_and_seeds_usually_give_different_answers()
    {
        var questions = TestEngines.Questions().Take(50).ToList();
        var engine = TestEngines.Create();
        var otherPlatform = TestEngines.Create(platform: "other");
        var otherSeed = TestEngines.Create(seed: 1);
        int sampleDiffers = 0, platformDiffers = 0, seedDiffers = 0;
        foreach (var question in questions)
        {
            var baseline = (await engine.Ask(question, 0)).Text;
            sampleDiffers += baseline != (await engine.Ask(question, 1)).Text ? 1 : 0;
            platformDiffers += baseline != (await otherPlatform.Ask(question, 0)).Text ? 1 : 0;
            seedDiffers += baseline != (await otherSeed.Ask(question, 0)).Text ? 1 : 0;
        }

        Assert.True(sampleDiffers >= 48, $"only {sampleDiffers}/50 differed by sample");
        Assert.True(platformDiffers >= 48, $"only {platformDiffers}/50 differed by platform");
        Assert.True(seedDiffers >= 48, $"only {seedDiffers}/50 differed by seed");
    }

    [Fact]
    public async Task Concurrent_calls_on_one_instance_give_the_same_answers_as_sequential_calls()
    {
        var engine = TestEngines.Create();
        var questions = TestEngines.Questions().Take(200).ToList();
        var sequential = new List<string>();
        foreach (var question in questions)
        {
            sequential.Add((await engine.Ask(question)).Text);
        }

        var concurrent = await Task.WhenAll(questions.Select(q => Task.Run(() => engine.Ask(q))));
        Assert.Equal(sequential, concurrent.Select(a => a.Text));
    }

    [Fact]
    public async Task Answers_are_labelled_simulated_with_estimated_tokens_and_descriptive_json()
    {
        var engine = TestEngines.Create(style: "table", seed: 5);
        const string question = "What is the best CRM for a nonprofit?";
        var answer = await engine.Ask(question, sample: 3);

        Assert.True(answer.IsSimulated);
        Assert.True(engine.IsSimulated);
        Assert.Equal("simulated-table", answer.Model);
        Assert.InRange(answer.OutputTokens, answer.Text.Length / 4, answer.Text.Length / 4 + 1);
        Assert.InRange(answer.InputTokens, question.Length / 4, question.Length / 4 + 1);

        using var json = System.Text.Json.JsonDocument.Parse(answer.RawJson);
        var root = json.RootElement;
        Assert.True(root.GetProperty("simulated").GetBoolean());
        Assert.Equal("simulated-table", root.GetProperty("model").GetString());
        Assert.Equal("table", root.GetProperty("style").GetString());
        Assert.Equal(5, root.GetProperty("seed").GetInt32());
        Assert.Equal(answer.Text, root.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Configured_model_name_is_reported()
    {
        var engine = new SimulatedAnswerEngine("sim", new PlatformOptions { Model = "gpt-sim", Simulated = TestEngines.NoLatency() });
        Assert.Equal("gpt-sim", (await engine.Ask("Best CRM?")).Model);
    }

    [Fact]
    public async Task An_empty_question_is_a_bad_request()
    {
        var error = await Assert.ThrowsAsync<AnswerEngineException>(() => TestEngines.Create().Ask("  "));
        Assert.Equal(EngineErrorClass.BadRequest, error.ErrorClass);
        Assert.False(error.IsTransient);
    }
}
