namespace Aeo.Analysis.Tests.Sentiment;

public sealed class LexiconAccuracyTests(ITestOutputHelper output)
{
    /// <summary>
    /// The stance must be right for most of these labelled sentences, most of them one sentence about one brand. The
    /// rules alone measured 87.5 % (112 of 128): most misses are praise-then-criticism sentences with no verdict
    /// ("handy, however … hard to justify"), which the reader calls neutral and mixed and the rules, weighing the
    /// clause after "but" more, call negative. The stance model, trained on whole answers where a trait criticised
    /// without a verdict is mostly neutral, measured 81.2 % (104 of 128) when trained on three sets and 78.9 % (101 of
    /// 128) on five: it calls lone criticism ("Datadog is expensive at scale") and lone praise neutral. Its answer-level
    /// figures are what it is chosen by (see tests/corpora/sentiment/README.md: held-out 0.837 → 0.848 with the same
    /// retraining); these floors keep both readings from slipping further.
    /// </summary>
    private const double ModelAccuracyFloor = 0.78;
    private const double RulesAccuracyFloor = 0.85;

    [Fact]
    public void Labelled_sentences_agree_with_the_reader_above_the_floor()
    {
        var model = Accuracy(new LexiconSentimentProvider(), "model");
        var rules = Accuracy(new LexiconSentimentProvider(model: null), "rules");

        Assert.True(model >= ModelAccuracyFloor, $"model accuracy {model:P1}");
        Assert.True(rules >= RulesAccuracyFloor, $"rules accuracy {rules:P1}");
    }

    private double Accuracy(LexiconSentimentProvider provider, string name)
    {
        var corpus = LabelledSentimentCorpus.Mentions;
        var misses = corpus
            .Select(item => (item, result: provider.Analyze(TrackedBrands.Target(item.Text, item.Brand))))
            .Where(pair => pair.result.Label != pair.item.Expected)
            .Select(pair => string.Create(CultureInfo.InvariantCulture,
                $"{pair.item.Brand}: expected {pair.item.Expected}, got {pair.result.Label} ({pair.result.Score:F2}) in \"{pair.item.Text}\""))
            .ToList();

        var accuracy = 1 - (double)misses.Count / corpus.Length;
        output.WriteLine($"{name}: accuracy {accuracy:P1} over {corpus.Length} mentions");
        misses.ForEach(output.WriteLine);
        return accuracy;
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
