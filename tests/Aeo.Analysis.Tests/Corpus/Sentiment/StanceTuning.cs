using Aeo.Analysis.Sentiment.Lexicon;

namespace Aeo.Analysis.Tests.Corpus.Sentiment;

/// <summary>One labelled (answer, brand) pair of the development set with the features the lexicon reads for it.</summary>
internal sealed record LabelledFeatures(string Industry, string Expected, bool ExpectedMixed, StanceFeatures Features);

/// <summary>
/// Chooses <see cref="StanceWeights"/> on labelled pairs by grid search: the weights with the most labels right, then
/// the fewest polarity swaps, then the most mixed flags right; and measures that choice by leave-one-industry-out
/// cross-validation (choose on twelve industries, score the thirteenth), so the figure says how the tuned rules do on
/// an industry they were not tuned on. Development set only.
/// </summary>
internal static class StanceTuning
{
    private static readonly double[] VerdictGrid = [1.5, 2.5, 3.5];
    private static readonly double[] PickGrid = [0.3, 0.6, 0.9];
    private static readonly double[] AvoidGrid = [0.6, 1.0, 1.5, 2.0];
    private static readonly double[] RecommendGrid = [0, 0.3, 0.6];
    private static readonly double[] TableGrid = [0.25, 0.5, 1];
    private static readonly double[] ThresholdGrid = [0.2, 0.35, 0.5];
    private static readonly double[] MixedMinimumGrid = [0.2, 0.3, 0.4, 0.5, 0.6];
    private static readonly double[] MixedBalanceGrid = [0.2, 0.3, 0.4, 0.5];

    public static IReadOnlyList<LabelledFeatures> Read(string set)
    {
        var provider = new LexiconSentimentProvider();
        var pairs = new List<LabelledFeatures>();
        foreach (var answer in StanceCorpus.Answers(set))
        {
            var detector = new BrandDetector(answer.Brands.Select(b => new BrandDefinition(b.Name, b.Aliases, b.Domains)));
            var spans = detector.Detect(answer.Text)
                .SelectMany(m => m.Spans.Select(span => new BrandSpan(span.Start, span.Length, m.Brand)))
                .ToArray();
            var targets = SentimentTarget.ForAnswer(answer.Text, spans, answer.Question).ToDictionary(t => t.Brand, StringComparer.Ordinal);
            foreach (var label in answer.Labels.Where(l => l.Mentioned && targets.ContainsKey(l.Brand)))
            {
                pairs.Add(new LabelledFeatures(answer.Industry, label.Sentiment!, label.Mixed ?? false, provider.Features(targets[label.Brand])));
            }
        }

        return pairs;
    }

    public static IEnumerable<StanceWeights> Grid() =>
        from verdict in VerdictGrid
        from pick in PickGrid
        from avoid in AvoidGrid
        from recommend in RecommendGrid
        from table in TableGrid
        from positive in ThresholdGrid
        from negative in ThresholdGrid
        select StanceWeights.Default with
        {
            Verdict = verdict,
            Pick = pick,
            Avoid = avoid,
            Recommend = recommend,
            Table = table,
            PositiveFrom = positive,
            NegativeFrom = negative,
        };

    /// <summary>The grid's best label weights on <paramref name="pairs"/>, with the best mixed-flag weights.</summary>
    public static StanceWeights Choose(IReadOnlyList<LabelledFeatures> pairs)
    {
        var best = Grid().MaxBy(w => (Correct(pairs, w), -Swaps(pairs, w)))!;
        var mixed = (from minimum in MixedMinimumGrid from balance in MixedBalanceGrid select (minimum, balance))
            .MaxBy(m => MixedCorrect(pairs, best with { MixedMinimum = m.minimum, MixedBalance = m.balance }));
        return best with { MixedMinimum = mixed.minimum, MixedBalance = mixed.balance };
    }

    /// <summary>Leave-one-industry-out: the labels right, swaps and mixed flags right over all pairs, each judged with weights chosen without its industry.</summary>
    public static (int Correct, int Swaps, int MixedCorrect, int Total) CrossValidate(IReadOnlyList<LabelledFeatures> pairs)
    {
        int correct = 0, swaps = 0, mixedCorrect = 0;
        foreach (var industry in pairs.Select(p => p.Industry).Distinct())
        {
            var weights = Choose(pairs.Where(p => p.Industry != industry).ToArray());
            var held = pairs.Where(p => p.Industry == industry).ToArray();
            correct += Correct(held, weights);
            swaps += Swaps(held, weights);
            mixedCorrect += MixedCorrect(held, weights);
        }

        return (correct, swaps, mixedCorrect, pairs.Count);
    }

    public static int Correct(IEnumerable<LabelledFeatures> pairs, StanceWeights w) =>
        pairs.Count(p => Label(p.Features, w) == p.Expected);

    public static int Swaps(IEnumerable<LabelledFeatures> pairs, StanceWeights w) =>
        pairs.Count(p => (p.Expected, Label(p.Features, w)) is ("positive", "negative") or ("negative", "positive"));

    public static int MixedCorrect(IEnumerable<LabelledFeatures> pairs, StanceWeights w) =>
        pairs.Count(p => StanceDecision.Mixed(p.Features, w) == p.ExpectedMixed);

    private static string Label(StanceFeatures features, StanceWeights w) => StanceDecision.Label(features, w).ToString().ToLowerInvariant();
}
