using Aeo.Analysis.Brands;
using Xunit.Abstractions;

namespace Aeo.Analysis.Tests.Corpus.Answers;

public sealed class AnswerSetDetectionTests(ITestOutputHelper output)
{
    [Fact]
    public void Development_set()
    {
        var scores = DetectionScores.Score(LabelledAnswerSet.Answers(LabelledAnswerSet.Development), Detect, recordDisagreements: true);
        output.WriteLine(scores.Summary());
        foreach (var line in scores.Disagreements)
        {
            output.WriteLine(line);
        }
    }

    [Fact]
    public void Held_out_set()
    {
        var scores = DetectionScores.Score(LabelledAnswerSet.Answers(LabelledAnswerSet.HeldOut), Detect, recordDisagreements: false);
        output.WriteLine(scores.Summary());
    }

    private static IReadOnlyList<DetectedBrand> Detect(LabelledAnswer answer) =>
        [.. new BrandDetector(answer.Definitions()).Detect(answer.Text).Select(m => new DetectedBrand(m.Brand, m.Rank, m.Count, false, false))];
}
