using Aeo.Analysis.Trends;

namespace Aeo.Analysis.Tests.Trends;

public sealed class TrendBuilderTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static RunSetup Setup(string model = "gpt-4o", int samples = 1, string questions = "q1") =>
        new(questions, samples, "brands1", false, new Dictionary<string, string> { ["openai"] = model, ["claude"] = "sonnet" });

    private static TrendObservation Point(int day, RunSetup setup, string? platform, double value, string brand = "Acme") =>
        new(Guid.CreateVersion7(Start.AddDays(day)), Start.AddDays(day), setup,
            new StoredFigure(platform is null ? "question_type:non_branded" : $"platform:{platform}|question_type:non_branded", platform,
                "non_branded", null, brand, "mention_rate", brand == "Acme", value, value - 0.1, value + 0.1, 40));

    [Fact]
    public void A_model_change_breaks_that_platforms_series_and_the_overall_one_only()
    {
        var before = Setup();
        var after = Setup(model: "gpt-5");
        var series = TrendBuilder.Build(
        [
            Point(2, after, "openai", 0.5), Point(0, before, "openai", 0.3), Point(1, before, "openai", 0.4),
            Point(0, before, "claude", 0.2), Point(1, before, "claude", 0.2), Point(2, after, "claude", 0.2),
            Point(0, before, null, 0.25), Point(1, before, null, 0.3), Point(2, after, null, 0.35),
        ]);

        var openai = Assert.Single(series, s => s.Platform == "openai");
        Assert.Equal([0.3, 0.4, 0.5], openai.Points.Select(p => p.Value!.Value));
        var split = Assert.Single(openai.Breaks);
        Assert.Equal(openai.Points[2].RunId, split.RunId);
        Assert.Equal(["model:openai"], split.Changed);
        Assert.Equal(openai.Points[1].SetupId, split.SetupIdBefore);
        Assert.NotEqual(split.SetupIdBefore, split.SetupIdAfter);

        Assert.Empty(Assert.Single(series, s => s.Platform == "claude").Breaks);
        Assert.Equal(["model:openai"], Assert.Single(Assert.Single(series, s => s.Platform is null).Breaks).Changed);
        // The client's all-platforms series first.
        Assert.Null(series[0].Platform);
    }

    [Fact]
    public void Question_and_sample_changes_break_every_series_and_say_so()
    {
        var series = TrendBuilder.Build(
            [Point(0, Setup(), "claude", 0.2), Point(1, Setup(samples: 3, questions: "q2"), "claude", 0.2)]);
        Assert.Equal(["questions", "samples"], Assert.Single(Assert.Single(series).Breaks).Changed);
    }

    [Fact]
    public void Setup_ids_are_stable_and_ignore_other_platforms_models()
    {
        Assert.Equal(Setup().SetupIdFor("claude"), Setup(model: "gpt-5").SetupIdFor("claude"));
        Assert.NotEqual(Setup().SetupIdFor("openai"), Setup(model: "gpt-5").SetupIdFor("openai"));
        Assert.NotEqual(Setup().SetupIdFor(null), Setup(model: "gpt-5").SetupIdFor(null));
        Assert.Equal(Setup().SetupIdFor(null), Setup().SetupIdFor(null));
        Assert.True(Setup().SameCoreAs(Setup(model: "gpt-5")));
        Assert.False(Setup().SameCoreAs(Setup(samples: 2)));
    }
}
