using Aeo.Analysis.Answers;

namespace Aeo.Analysis.Tests.Corpus.Sentiment;

/// <summary>
/// Runs the audit's own analysis (detection, then the lexicon's stance per brand, with the question) on every answer
/// of a set and scores it with <see cref="StanceEvaluation"/>.
/// </summary>
internal static class StanceJudge
{
    public static async Task<StanceEvaluation> ScoreAsync(string set, ISentimentProvider provider)
    {
        var evaluation = new StanceEvaluation(recordDisagreements: set == StanceCorpus.Development);
        foreach (var answer in StanceCorpus.Answers(set))
        {
            var brands = answer.Brands.Select(b => new BrandDefinition(b.Name, b.Aliases, b.Domains)).ToArray();
            var analyzed = await new AnswerAnalyzer(brands, provider).AnalyzeAsync(answer.Text, [], CancellationToken.None, answer.Question);
            foreach (var label in answer.Labels.Where(l => l.Mentioned))
            {
                if (analyzed.Mentions.FirstOrDefault(m => m.Detection.Brand == label.Brand) is { } found)
                {
                    var stance = found.Sentiment;
                    evaluation.Add(answer, label, new Stance(stance.Label.ToString().ToLowerInvariant(), stance.Mixed, stance.Score));
                }
                else
                {
                    evaluation.AddUndetected();
                }
            }
        }

        return evaluation;
    }
}
