using static Aeo.Analysis.Tests.Figures.Observations;

namespace Aeo.Analysis.Tests.Figures;

public sealed class FiguresJsonTests
{
    [Fact]
    public void Figures_and_comparisons_serialise_to_plain_json()
    {
        var before = RunFiguresCalculator.Calculate(AcmeMentionedIn(2, 4), Tracked, plannedCount: 5);
        var after = RunFiguresCalculator.Calculate(AcmeMentionedIn(3, 4), Tracked);

        using var figures = JsonDocument.Parse(JsonSerializer.Serialize(before));
        using var comparison = JsonDocument.Parse(JsonSerializer.Serialize(RunComparison.Compare(before, after)));

        var headlineAcme = figures.RootElement.GetProperty("Headline").GetProperty("Brands").GetProperty("Acme");
        Assert.Equal(0.5, headlineAcme.GetProperty("MentionRate").GetProperty("Value").GetDouble());
        Assert.Equal(JsonValueKind.Null, figures.RootElement.GetProperty("ByQuestionType").GetProperty("branded")
            .GetProperty("Brands").GetProperty("Acme").GetProperty("MentionRate").GetProperty("Value").ValueKind);
        Assert.Equal(5, figures.RootElement.GetProperty("PlannedCount").GetInt32());
        Assert.Equal(JsonValueKind.Array, comparison.RootElement.GetProperty("Changes").ValueKind);
    }
}
