using Aeo.Analysis.Tests.Corpus.Sentiment;

namespace Aeo.Analysis.Tests.Sentiment;

/// <summary>
/// The lexicon's one-pass stance and readings (<see cref="LexiconSentimentProvider.AnalyzeWithReadings"/>) give exactly
/// what the stance (<see cref="LexiconSentimentProvider.AnalyzeMany"/>) and the readings
/// (<see cref="LexiconSentimentProvider.AnalyzeMentions(IReadOnlyList{SentimentTarget})"/>) give apart, for targets as
/// an answer's analysis builds them and for targets that carry none of their siblings' mentions (so the stance reads
/// against other mentions than the readings do).
/// </summary>
public sealed class StanceWithReadingsTests
{
    private static readonly LexiconSentimentProvider Lexicon = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void One_pass_gives_the_stances_and_readings_of_two(bool withoutOtherMentions)
    {
        var compared = 0;
        foreach (var answer in StanceCorpus.Answers(StanceCorpus.Development))
        {
            var detector = new BrandDetector(answer.Brands.Select(b => new BrandDefinition(b.Name, b.Aliases, b.Domains)).ToArray());
            var spans = detector.Detect(answer.Text, answer.Question)
                .SelectMany(m => m.Spans.Select(s => new BrandSpan(s.Start, s.Length, m.Brand)))
                .OrderBy(s => s.Start)
                .ToList();
            if (spans.Count == 0)
            {
                continue;
            }

            var targets = SentimentTarget.ForAnswer(answer.Text, spans, answer.Question);
            if (withoutOtherMentions)
            {
                targets = targets.Select(t => new SentimentTarget(t.Text, t.Brand, t.Mentions) { Question = t.Question }).ToArray();
            }

            var (stances, readings) = Lexicon.AnalyzeWithReadings(targets);

            Assert.Equal(Lexicon.AnalyzeMany(targets), stances);
            var apart = Lexicon.AnalyzeMentions(targets);
            Assert.Equal(apart.Count, readings.Count);
            for (var i = 0; i < apart.Count; i++)
            {
                Assert.Equal(apart[i], readings[i]);
            }

            compared += targets.Count;
        }

        Assert.True(compared >= 100, $"only {compared} targets compared");
    }
}
