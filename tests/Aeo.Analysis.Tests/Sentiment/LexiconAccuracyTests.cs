using System.Globalization;
using Aeo.Analysis.Sentiment;
using Xunit.Abstractions;

namespace Aeo.Analysis.Tests.Sentiment;

public sealed class LexiconAccuracyTests(ITestOutputHelper output)
{
    /// <summary>
    /// The stance must be right for most of the labelled sentences. Measured with the three-label definition: 87.5 %
    /// (112 of 128). Most misses are praise-then-criticism sentences with no verdict ("handy, however … hard to
    /// justify"), which the reader calls neutral and mixed and the lexicon, weighing the clause after "but" more, calls
    /// negative; the rest are evaluations the lexicon cannot see ("more built-in features", "only available on macOS").
    /// Domain phrases found missing were added to the lexicon as general entries, never as sentence-specific rules.
    /// </summary>
    private const double AccuracyFloor = 0.85;

    private readonly LexiconSentimentProvider provider = new();

    [Fact]
    public void Labelled_sentences_agree_with_the_reader_above_the_floor()
    {
        var corpus = LabelledSentimentCorpus.Mentions;
        var misses = corpus
            .Select(item => (item, result: provider.Analyze(TrackedBrands.Target(item.Text, item.Brand))))
            .Where(pair => pair.result.Label != pair.item.Expected)
            .Select(pair => string.Create(CultureInfo.InvariantCulture,
                $"{pair.item.Brand}: expected {pair.item.Expected}, got {pair.result.Label} ({pair.result.Score:F2}) in \"{pair.item.Text}\""))
            .ToList();

        var accuracy = 1 - (double)misses.Count / corpus.Length;
        output.WriteLine($"accuracy {accuracy:P1} over {corpus.Length} mentions");
        misses.ForEach(output.WriteLine);
        Assert.True(accuracy >= AccuracyFloor,
            $"accuracy {accuracy:P1} over {corpus.Length} mentions; misses:{Environment.NewLine}{string.Join(Environment.NewLine, misses)}");
    }

    [Fact]
    public void Corpus_covers_every_label_and_enough_mentions()
    {
        var corpus = LabelledSentimentCorpus.Mentions;
        Assert.True(corpus.Length >= 80);
        Assert.All(Enum.GetValues<SentimentLabel>(), label => Assert.True(corpus.Count(item => item.Expected == label) >= 10, $"{label} is under-represented"));
        Assert.True(corpus.Count(item => item.Mixed) >= 10, "mixed is under-represented");
    }
}
