using Aeo.Analysis.Answers;

namespace Aeo.Analysis.Tests.Corpus;

/// <summary>
/// Scores the audit's per-brand stance (the lexicon, through the whole analysis, as stored) against this corpus's
/// labels, on the brands both labelled and detected. This corpus was labelled for brand detection; its sentiment
/// labels were moved to the three-label definition by re-reading every case that had carried a fourth label, in both
/// of its former halves, so none of it is held out any more: it is a regression check. The held-out sentiment figures
/// are those of <c>tests/corpora/sentiment</c> (<c>Corpus/Sentiment/StanceCorpusTests</c>).
/// </summary>
public sealed class SentimentCorpusTests(ITestOutputHelper output)
{
    // Measured with the answer-level stance: 149/229 = 65.1 %, 10 swaps (4.4 %); before it (the combined per-mention
    // labels, old labels) the two halves gave 73.3 % and 51.4 %. Most disagreements are brands placed in a "best …"
    // list without praise of their own, which this corpus's annotator counted as recommended and the definition counts
    // as listed without a verdict (neutral). The floors sit a few labels below the measurement.
    private const double AgreementFloor = 0.62;

    private const double SwapCeiling = 0.055;

    [Fact]
    public async Task Stance_labels_agree_with_the_annotator_above_the_floor()
    {
        var score = await ScoreAsync();
        output.WriteLine(score.ToString());
        score.Disagreements.ForEach(output.WriteLine);

        Assert.True(score.Compared >= 200, $"only {score.Compared} brand labels compared");
        Assert.True(score.Agreement >= AgreementFloor, $"{score} below {AgreementFloor:P0}");
        Assert.True(score.OppositeRate <= SwapCeiling, $"{score} above {SwapCeiling:P0} opposite");
    }

    [Fact]
    public void The_corpus_holds_every_label_and_the_mixed_flag()
    {
        var expected = LabelledCorpus.Cases.SelectMany(c => c.Expected).ToArray();

        Assert.Equal(SentimentLabels.All.Order(StringComparer.Ordinal), expected.Select(e => e.Sentiment).Distinct().Order(StringComparer.Ordinal));
        Assert.True(expected.Count(e => e.Mixed) >= 30);
        Assert.Contains(expected, e => e.Mixed && e.Sentiment == "positive");
        Assert.Contains(expected, e => e.Mixed && e.Sentiment == "negative");
        Assert.Contains(expected, e => e.Mixed && e.Sentiment == "neutral");
    }

    private static async Task<Score> ScoreAsync()
    {
        var sentiment = new LexiconSentimentProvider();
        var score = new Score();
        foreach (var corpusCase in LabelledCorpus.Cases)
        {
            var brands = corpusCase.Brands.Select(b => new BrandDefinition(b.Name, b.Aliases, b.Domains)).ToArray();
            var analyzed = await new AnswerAnalyzer(brands, sentiment).AnalyzeAsync(corpusCase.Text, [], CancellationToken.None);
            foreach (var expected in corpusCase.Expected)
            {
                if (analyzed.Mentions.FirstOrDefault(m => m.Detection.Brand == expected.Brand) is { } found)
                {
                    score.Add(corpusCase.Id, expected, found.Sentiment);
                }
            }
        }

        return score;
    }

    private sealed class Score
    {
        public int Compared { get; private set; }

        public int Agreed { get; private set; }

        public int Opposite { get; private set; }

        public List<string> Disagreements { get; } = [];

        public SortedDictionary<string, int> Confusion { get; } = new(StringComparer.Ordinal);

        public double Agreement => (double)Agreed / Compared;

        public double OppositeRate => (double)Opposite / Compared;

        public void Add(string id, ExpectedMention expected, SentimentResult judged)
        {
            Compared++;
            var label = judged.Label.ToString().ToLowerInvariant();
            var pair = $"{expected.Sentiment}→{label}";
            Confusion[pair] = Confusion.GetValueOrDefault(pair) + 1;
            if (label == expected.Sentiment)
            {
                Agreed++;
                return;
            }

            if ((label, expected.Sentiment) is ("positive", "negative") or ("negative", "positive"))
            {
                Opposite++;
            }

            Disagreements.Add(string.Create(CultureInfo.InvariantCulture,
                $"{id} {expected.Brand}: labelled {expected.Sentiment}{(expected.Mixed ? "+mixed" : "")}, judged {label}{(judged.Mixed ? "+mixed" : "")} ({judged.Score:F2})"));
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Agreed}/{Compared} labels agree ({Agreement:P1}); {Opposite} opposite ({OppositeRate:P1}); labelled→judged: {string.Join(", ", Confusion.Select(c => $"{c.Key} {c.Value}"))}");
    }
}
