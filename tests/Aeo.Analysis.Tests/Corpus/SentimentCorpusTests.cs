using System.Globalization;
using Aeo.Analysis.Answers;
using Aeo.Analysis.Brands;
using Aeo.Analysis.Sentiment;
using Xunit.Abstractions;

namespace Aeo.Analysis.Tests.Corpus;

/// <summary>
/// Scores the audit's sentiment per brand (the lexicon's per-mention results combined per answer, as stored) against
/// the corpus labels, on the brands both labelled and detected. This corpus was written by a different engineer than
/// the lexicon and its own labelled sentences, so it is the held-out check of the lexicon.
/// </summary>
public sealed class SentimentCorpusTests(ITestOutputHelper output)
{
    // The seed's target is 90 % on its own test set; whole answers are harder than single sentences (several
    // brands per sentence, comparisons, "mixed" as a label of its own), so the held-out floor is lower.
    // Measured: see the test output; the floor sits a few points below it so that a regression fails.
    private const double LabelAccuracyFloor = 0.75;

    // Confusing positive with negative is the error a client would notice; it must stay rare.
    private const double OppositeLabelCeiling = 0.03;

    [Fact]
    public async Task Sentiment_labels_agree_with_the_annotator_above_the_floor()
    {
        var sentiment = new LexiconSentimentProvider();
        var compared = 0;
        var agreed = 0;
        var opposite = 0;
        var disagreements = new List<string>();
        foreach (var corpusCase in LabelledCorpus.Cases)
        {
            var brands = corpusCase.Brands.Select(b => new BrandDefinition(b.Name, b.Aliases, b.Domains)).ToArray();
            var analysed = await new AnswerAnalyzer(brands, sentiment).AnalyseAsync(corpusCase.Text, [], CancellationToken.None);
            foreach (var expected in corpusCase.Expected)
            {
                if (analysed.Mentions.FirstOrDefault(m => m.Detection.Brand == expected.Brand) is not { } found)
                {
                    continue;
                }
                compared++;
                var label = found.Sentiment.Label.ToString().ToLowerInvariant();
                if (label == expected.Sentiment)
                {
                    agreed++;
                    continue;
                }
                if ((label, expected.Sentiment) is ("positive", "negative") or ("negative", "positive"))
                {
                    opposite++;
                }
                disagreements.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{corpusCase.Id} {expected.Brand}: labelled {expected.Sentiment}, judged {label} ({found.Sentiment.Score:F2})"));
            }
        }

        var accuracy = (double)agreed / compared;
        var oppositeRate = (double)opposite / compared;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{agreed}/{compared} labels agree ({accuracy:P1}); {opposite} opposite ({oppositeRate:P1})"));
        disagreements.ForEach(output.WriteLine);
        Assert.True(compared >= 200, $"only {compared} brand labels compared");
        Assert.True(accuracy >= LabelAccuracyFloor, $"accuracy {accuracy:P1} below {LabelAccuracyFloor:P0}:\n{string.Join('\n', disagreements)}");
        Assert.True(oppositeRate <= OppositeLabelCeiling, $"{opposite} opposite labels:\n{string.Join('\n', disagreements)}");
    }
}
