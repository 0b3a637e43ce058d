using System.Text.RegularExpressions;
using Aeo.Analysis.Llm;

namespace Aeo.Analysis.Tests.Sentiment;

/// <summary>
/// The lexicon with an LLM judge under the <see cref="SentimentStrategy.Primary"/> strategy: the judge is asked about
/// exactly the brands whose lexicon stance has a confidence below the threshold (the lexicon is unsure), in one prompt
/// per answer, and a judge that fails, refuses or answers malformed JSON leaves the lexicon's stance.
/// </summary>
public sealed partial class JudgeWiringTests
{
    private const double Threshold = 0.7;

    private const string Answer = """
        ## Options
        - **Asana** — excellent timelines, reliable automations and my top pick for agencies.
        - **Trello** — simple boards that some agencies love, though others outgrow them quickly.
        - **Jira** — built for software teams, with sprints and backlogs.
        - **ClickUp** — clunky, slow and overpriced for small teams; I would skip it.

        **Verdict:** start with Asana.
        """;

    private readonly LexiconSentimentProvider lexicon = new();

    private static IReadOnlyList<SentimentTarget> Targets => SentimentTarget.ForAnswer(Answer, TrackedBrands.Find(Answer), "Which project tool should an agency use?");

    [Fact]
    public async Task Primary_asks_the_judge_exactly_about_the_brands_the_lexicon_is_unsure_of()
    {
        var judge = new JudgeCompletion(_ => """{"label":"neutral","mixed":false,"score":0.05,"confidence":0.9}""");
        var engine = new SentimentEngine([lexicon, new LlmSentimentProvider(judge)], SentimentStrategy.Primary, Threshold);

        var results = await engine.AnalyzeManyAsync(Targets, CancellationToken.None);

        var unsure = Targets.Where(target => lexicon.Analyze(target).Confidence < Threshold).Select(target => target.Brand).ToArray();
        Assert.NotEmpty(unsure);
        Assert.True(unsure.Length < Targets.Count, "the answer should also hold brands the lexicon is sure of");
        var prompt = Assert.Single(judge.Prompts);
        Assert.Equal(unsure, BrandsIn(prompt));
        Assert.Contains("Which project tool should an agency use?", prompt, StringComparison.Ordinal);
        for (var i = 0; i < Targets.Count; i++)
        {
            var expectedSource = unsure.Contains(Targets[i].Brand) ? "llm:judge" : LexiconSentimentProvider.ProviderName;
            Assert.Equal(expectedSource, results[i].Source);
        }
    }

    [Fact]
    public async Task The_judge_is_not_asked_when_the_lexicon_is_sure_of_every_brand()
    {
        var judge = new JudgeCompletion(_ => throw new InvalidOperationException("The judge should not be asked."));
        var sure = Targets.Where(target => lexicon.Analyze(target).Confidence >= Threshold).ToArray();
        var engine = new SentimentEngine([lexicon, new LlmSentimentProvider(judge)], SentimentStrategy.Primary, Threshold);

        var results = await engine.AnalyzeManyAsync(sure, CancellationToken.None);

        Assert.Empty(judge.Prompts);
        Assert.All(results, result => Assert.Equal(LexiconSentimentProvider.ProviderName, result.Source));
    }

    [Theory]
    [InlineData("I'm sorry, but I can't help with judging these brands.")]
    [InlineData("""{"results":[{"id":1,"brand":"Trello","label":"mixed","score":0,"confidence":0.9}]}""")]
    [InlineData("""{"results": [""")]
    public async Task A_refusing_or_malformed_judge_leaves_the_lexicon_stance(string reply)
    {
        var judge = new JudgeCompletion(_ => null, reply);
        var engine = new SentimentEngine([lexicon, new LlmSentimentProvider(judge)], SentimentStrategy.Primary, Threshold);

        var results = await engine.AnalyzeManyAsync(Targets, CancellationToken.None);

        Assert.Single(judge.Prompts);
        Assert.Equal(Targets.Select(lexicon.Analyze), results);
    }

    [Fact]
    public async Task The_judges_stance_and_mixed_flag_are_kept_when_it_is_more_confident()
    {
        var judge = new JudgeCompletion(_ => """{"label":"positive","mixed":true,"score":0.6,"confidence":0.95}""");
        var engine = new SentimentEngine([lexicon, new LlmSentimentProvider(judge)], SentimentStrategy.Primary, Threshold);

        var results = await engine.AnalyzeManyAsync(Targets, CancellationToken.None);

        var judged = results.Where(result => result.Source == "llm:judge").ToArray();
        Assert.NotEmpty(judged);
        Assert.All(judged, result => Assert.Equal(new SentimentResult(0.6, SentimentLabel.Positive, 0.95, "llm:judge", mixed: true), result));
    }

    private static string[] BrandsIn(string prompt) =>
        TargetLine().Matches(prompt).Select(match => match.Groups[2].Value).ToArray();

    [GeneratedRegex("""^(\d+)\. brand "(.+?)" at character""", RegexOptions.Multiline)]
    private static partial Regex TargetLine();

    /// <summary>
    /// A judge speaking the reply format: for each brand listed in the prompt, the fields <c>verdict</c> returns
    /// (a JSON object without id and brand), or the fixed <c>reply</c> when given. Records every prompt.
    /// </summary>
    private sealed class JudgeCompletion(Func<string, string?> verdict, string? reply = null) : ITextCompletion
    {
        public List<string> Prompts { get; } = [];

        public string Source => "judge";

        public Task<string> CompleteAsync(string prompt, CancellationToken cancellationToken)
        {
            Prompts.Add(prompt);
            if (reply is not null)
            {
                return Task.FromResult(reply);
            }

            var results = TargetLine().Matches(prompt).Select(match =>
            {
                var fields = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(verdict(match.Groups[2].Value)!)!;
                fields["id"] = JsonSerializer.SerializeToElement(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
                fields["brand"] = JsonSerializer.SerializeToElement(match.Groups[2].Value);
                return fields;
            });
            return Task.FromResult(JsonSerializer.Serialize(new { results }));
        }
    }
}
