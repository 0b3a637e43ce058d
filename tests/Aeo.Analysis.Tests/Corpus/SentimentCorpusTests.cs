using System.Globalization;
using Aeo.Analysis.Answers;
using Aeo.Analysis.Brands;
using Aeo.Analysis.Sentiment;
using Xunit.Abstractions;

namespace Aeo.Analysis.Tests.Corpus;

/// <summary>
/// Scores the audit's sentiment per brand (the lexicon's per-mention results on the markup-blanked answer, combined
/// per brand, as stored) against the corpus labels, on the brands both labelled and detected. The corpus was written
/// by a different engineer than the lexicon, and it is split in two halves, deterministically by the last digit of the
/// case id: odd is the development half, which the lexicon's rules may be tuned on (its disagreements are printed),
/// even is the held-out half, which only reports totals and carries the floors.
/// Split at the time of writing: development 122 labels (63 positive, 6 negative, 30 neutral, 23 mixed), held-out
/// 110 (56 positive, 11 negative, 24 neutral, 19 mixed), before detection misses.
/// </summary>
public sealed class SentimentCorpusTests(ITestOutputHelper output)
{
    // Measured (lexicon, round two), brands labelled and detected: development 88/120 = 73.3 % with 3 opposite (2.5 %);
    // held-out 56/109 = 51.4 % with 5 opposite (4.6 %). Before round two: development 66/120 = 55.0 % (4 opposite),
    // held-out 53/109 = 48.6 % (8 opposite). The gap between the halves is the honest measure of how far the tuned rules
    // generalise; the held-out half mostly loses praise the lexicon has no words for (positive judged neutral) and
    // criticism it discounts as a caveat (mixed judged positive).
    // The floor sits about three points (four labels) below the held-out figure, so that a regression fails but a
    // harmless rewording of a rule does not.
    private const double HeldOutAgreementFloor = 0.48;

    // Confusing positive with negative is the error a client would notice: one or two more held-out swaps than
    // measured (5) fail the test.
    private const double HeldOutOppositeCeiling = 0.06;

    [Fact]
    public async Task Held_out_sentiment_labels_agree_with_the_annotator_above_the_floor()
    {
        var development = await ScoreAsync(IsDevelopment);
        var heldOut = await ScoreAsync(corpusCase => !IsDevelopment(corpusCase));
        output.WriteLine($"development: {development}");
        development.Disagreements.ForEach(output.WriteLine);
        output.WriteLine($"held-out: {heldOut}");

        Assert.True(heldOut.Compared >= 100, $"only {heldOut.Compared} held-out brand labels compared");
        Assert.True(heldOut.Agreement >= HeldOutAgreementFloor, $"held-out {heldOut} below {HeldOutAgreementFloor:P0}");
        Assert.True(heldOut.OppositeRate <= HeldOutOppositeCeiling, $"held-out {heldOut} above {HeldOutOppositeCeiling:P0} opposite");
    }

    [Fact]
    public void The_halves_each_hold_every_label()
    {
        foreach (var half in new[] { true, false })
        {
            var labels = LabelledCorpus.Cases.Where(c => IsDevelopment(c) == half)
                .SelectMany(c => c.Expected).Select(e => e.Sentiment).ToHashSet(StringComparer.Ordinal);
            Assert.Equal(SentimentLabels.All.Order(StringComparer.Ordinal), labels.Order(StringComparer.Ordinal));
        }
    }

    private static bool IsDevelopment(CorpusCase corpusCase) => (corpusCase.Id[^1] - '0') % 2 == 1;

    private static async Task<Score> ScoreAsync(Func<CorpusCase, bool> include)
    {
        var sentiment = new LexiconSentimentProvider();
        var score = new Score();
        foreach (var corpusCase in LabelledCorpus.Cases.Where(include))
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

        /// <summary>Counts per (labelled, judged) pair: totals only, so the held-out half can show them too.</summary>
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
                $"{id} {expected.Brand}: labelled {expected.Sentiment}, judged {label} ({judged.Score:F2})"));
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Agreed}/{Compared} labels agree ({Agreement:P1}); {Opposite} opposite ({OppositeRate:P1}); labelled→judged: {string.Join(", ", Confusion.Select(c => $"{c.Key} {c.Value}"))}");
    }
}
