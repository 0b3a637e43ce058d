using System.Globalization;
using Aeo.Analysis.Sentiment.Lexicon;
using Xunit.Abstractions;

namespace Aeo.Analysis.Tests.Corpus.Sentiment;

public sealed class StanceTuningTests(ITestOutputHelper output)
{
    [Fact]
    public void Tuning_report()
    {
        var pairs = StanceTuning.Read(StanceCorpus.Development);
        var chosen = StanceTuning.Choose(pairs);
        var cv = StanceTuning.CrossValidate(pairs);
        var d = StanceWeights.Default;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"defaults: {StanceTuning.Correct(pairs, d)}/{pairs.Count}, swaps {StanceTuning.Swaps(pairs, d)}, mixed right {StanceTuning.MixedCorrect(pairs, d)}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chosen on all of dev: {chosen} → {StanceTuning.Correct(pairs, chosen)}/{pairs.Count}, swaps {StanceTuning.Swaps(pairs, chosen)}, mixed right {StanceTuning.MixedCorrect(pairs, chosen)}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cross-validated by industry: {cv.Correct}/{cv.Total} = {(double)cv.Correct / cv.Total:F3}, swaps {cv.Swaps}, mixed right {cv.MixedCorrect}"));
    }
}
