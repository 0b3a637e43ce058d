using System.Text.Json;

namespace Aeo.Platforms.Tests.Simulated;

public sealed class AnswerShapeTests
{
    [Fact]
    public async Task Mixed_style_produces_every_style_over_many_questions()
    {
        var engine = TestEngines.Create(style: "mixed");
        var styles = new Dictionary<string, int>();
        foreach (var question in TestEngines.Questions().Take(200))
        {
            var style = StyleOf(await engine.Ask(question));
            styles[style] = styles.GetValueOrDefault(style) + 1;
        }

        Assert.Equal(["comparison", "list", "prose", "table"], styles.Keys.Order());
        Assert.All(styles.Values, count => Assert.True(count >= 20, $"a style appeared only {count} times in 200"));
    }

    [Theory]
    [InlineData("list")]
    [InlineData("prose")]
    [InlineData("comparison")]
    [InlineData("table")]
    public async Task Each_style_has_the_shape_real_engines_use(string style)
    {
        var engine = TestEngines.Create(style: style);
        foreach (var question in TestEngines.Questions().Take(30))
        {
            var answer = await engine.Ask(question);
            Assert.Equal(style, StyleOf(answer));
            var text = answer.Text;
            switch (style)
            {
                case "list":
                    Assert.Matches(@"(?m)^1\. \*\*[^*]+\*\* – ", text);
                    Assert.Matches(@"(?m)^3\. \*\*", text);
                    break;
                case "prose":
                    Assert.DoesNotContain("|", text);
                    Assert.DoesNotMatch(@"(?m)^\d+\. ", text);
                    Assert.True(text.Split("\n\n").Length >= 4, "prose should have several paragraphs");
                    break;
                case "comparison":
                    Assert.Matches(@"\*\*[^*\n]+ vs [^*\n]+: which is better for [^*\n]+\?\*\*", text);
                    Assert.Contains("**Verdict:**", text);
                    break;
                case "table":
                    Assert.Contains("| Option | Best for | Starting price | Notable strength |", text);
                    Assert.Contains("| --- | --- | --- | --- |", text);
                    break;
            }
        }
    }

    [Theory]
    [InlineData("list")]
    [InlineData("prose")]
    [InlineData("comparison")]
    [InlineData("table")]
    [InlineData("mixed")]
    public async Task Answers_are_between_150_and_600_words(string style)
    {
        var engine = TestEngines.Create(style: style);
        var lengths = new List<int>();
        foreach (var question in TestEngines.Questions().Take(60))
        {
            foreach (var brands in new[] { TestEngines.Brands, [] })
            {
                lengths.Add(TestEngines.CountWords((await engine.Ask(question, brands: brands)).Text));
            }
        }

        Assert.All(lengths, words => Assert.InRange(words, 150, 600));
        Assert.True(lengths.Max() - lengths.Min() > 200, "lengths should vary widely");
    }

    [Fact]
    public async Task The_answer_talks_about_the_question_topic()
    {
        var answer = await TestEngines.Create(style: "prose").Ask("What is the best invoicing tool for a law firm?");
        Assert.Contains("invoicing tool for a law firm", answer.Text);
    }

    private static string StyleOf(EngineAnswer answer)
    {
        using var json = JsonDocument.Parse(answer.RawJson);
        return json.RootElement.GetProperty("style").GetString()!;
    }
}
