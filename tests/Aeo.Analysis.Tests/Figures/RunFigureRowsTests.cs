using static Aeo.Analysis.Tests.Figures.Observations;

namespace Aeo.Analysis.Tests.Figures;

public sealed class RunFigureRowsTests
{
    [Fact]
    public void Figures_flattened_into_rows_and_rebuilt_are_the_same_in_every_value_and_order()
    {
        var answers = new List<AnswerObservation>();
        for (var q = 1; q <= 12; q++)
        {
            foreach (var platform in new[] { "perplexity", "openai", "anthropic" })
            {
                for (var sample = 1; sample <= 2; sample++)
                {
                    var brands = new List<BrandObservation>();
                    if ((q + sample) % 3 != 0)
                    {
                        brands.Add(Mention("Acme", 1, count: 1 + q % 2, sentiment: (q % 5 - 2) / 2.0));
                    }
                    if (q % 4 == 0 && platform != "anthropic")
                    {
                        brands.Add(Mention("Gamma", brands.Count + 1, sentiment: null));
                    }
                    answers.Add(Answer(
                        $"q{q}", brands.ToArray(), q % 2 == 0 ? [Cited("acme.com"), Retrieved("gamma.com")] : [Cited("news.example")],
                        branded: q % 5 == 0, platform: platform, category: q % 3 == 0 ? "pricing" : "alternatives", sample: sample));
                }
            }
        }
        var figures = RunFiguresCalculator.Calculate(answers, Tracked, plannedCount: 80);

        var rows = RunFigureRows.From(figures);
        var rebuilt = rows.ToRunFigures(plannedCount: 80);

        Assert.Equal(JsonSerializer.Serialize(figures), JsonSerializer.Serialize(rebuilt));
        Assert.Same(rebuilt.ByQuestionType[QuestionTypes.NonBranded], rebuilt.Headline);
        Assert.Equal(figures.Segments().Count(), rows.Segments.Count);
        // Beta is never mentioned and Gamma never ranked on anthropic: null values and intervals survive the trip.
        Assert.Null(rebuilt.Overall.Brands["Beta"].AverageRank.Value);
    }

    [Fact]
    public void Rows_that_lack_a_metric_are_refused()
    {
        var rows = RunFigureRows.From(RunFiguresCalculator.Calculate(AcmeMentionedIn(2, 4), Tracked));
        var partial = rows with { Estimates = rows.Estimates.Where(e => e.Metric != FigureMetrics.Sentiment).ToList() };

        Assert.Throws<InvalidOperationException>(() => partial.ToRunFigures(plannedCount: null));
    }
}
