using Aeo.Analysis.Sentiment;
using Xunit.Abstractions;

namespace Aeo.Analysis.Tests.Corpus.Sentiment;

public sealed class DevProbe(ITestOutputHelper output)
{
    [Fact]
    public async Task Dev()
    {
        var evaluation = await StanceJudge.ScoreAsync(StanceCorpus.Development, new LexiconSentimentProvider());
        output.WriteLine(evaluation.Summary());
        foreach (var line in evaluation.Disagreements)
        {
            output.WriteLine(line);
        }
    }
}
