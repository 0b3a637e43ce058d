using Aeo.Analysis.Brands;
using Aeo.Analysis.Sentiment;
using Aeo.Analysis.Sentiment.Model;

namespace Aeo.SentimentTraining;

/// <summary>
/// The labelled (answer, brand) pairs of a set as the audit sees them: each answer's brands detected, one target per
/// detected brand (its siblings' mentions as other mentions, the question attached), and the annotator's label for
/// each brand that is labelled mentioned and was detected.
/// </summary>
public sealed class LabelledAnswer
{
    internal LabelledAnswer(StanceAnswer answer, IReadOnlyList<SentimentTarget> targets, IReadOnlyList<(StanceLabel Label, int Target)> pairs, int undetected)
    {
        Answer = answer;
        Targets = targets;
        Pairs = pairs;
        Undetected = undetected;
    }

    public StanceAnswer Answer { get; }

    public IReadOnlyList<SentimentTarget> Targets { get; }

    /// <summary>Each labelled mentioned, detected brand and the index of its target.</summary>
    public IReadOnlyList<(StanceLabel Label, int Target)> Pairs { get; }

    /// <summary>Brands labelled mentioned that the detector did not find.</summary>
    public int Undetected { get; }

    public static IReadOnlyList<LabelledAnswer> Read(IEnumerable<StanceAnswer> answers) =>
        answers.Select(answer =>
        {
            var detector = new BrandDetector(answer.Brands.Select(b => new BrandDefinition(b.Name, b.Aliases, b.Domains)));
            var spans = detector.Detect(answer.Text)
                .SelectMany(m => m.Spans.Select(span => new BrandSpan(span.Start, span.Length, m.Brand)))
                .OrderBy(span => span.Start)
                .ToArray();
            var targets = spans.Length == 0 ? [] : SentimentTarget.ForAnswer(answer.Text, spans, answer.Question);
            var pairs = new List<(StanceLabel, int)>();
            var undetected = 0;
            foreach (var label in answer.Labels.Where(l => l.Mentioned))
            {
                var target = targets.Select((t, i) => (t, i)).FirstOrDefault(t => t.t.Brand == label.Brand, (null!, -1)).Item2;
                if (target >= 0)
                {
                    pairs.Add((label, target));
                }
                else
                {
                    undetected++;
                }
            }

            return new LabelledAnswer(answer, targets, pairs, undetected);
        }).ToArray();

    /// <summary>
    /// The training examples of these answers: every labelled pair's features, except brands the rules already settle
    /// (named only to say the engine knows nothing, or only aside), which are neutral whatever the model says.
    /// </summary>
    internal static IReadOnlyList<StanceExample> Examples(IEnumerable<LabelledAnswer> answers)
    {
        var describer = new LexiconSentimentProvider(model: null);
        var examples = new List<StanceExample>();
        foreach (var answer in answers)
        {
            foreach (var (label, target) in answer.Pairs)
            {
                var sink = new CollectingSink();
                var features = describer.Describe(answer.Targets[target], sink);
                if (!features.KnowsNothing && !features.OnlyAside)
                {
                    examples.Add(new StanceExample(sink.Features, Array.IndexOf(StanceEvaluation.Labels, label.Sentiment), label.Mixed ?? false));
                }
            }
        }

        return examples;
    }

    /// <summary>Judges every answer with <paramref name="provider"/>, as the audit does (one batch per answer), and scores it.</summary>
    public static StanceEvaluation Score(IEnumerable<LabelledAnswer> answers, LexiconSentimentProvider provider, bool recordDisagreements)
    {
        var evaluation = new StanceEvaluation(recordDisagreements);
        foreach (var answer in answers)
        {
            for (var i = 0; i < answer.Undetected; i++)
            {
                evaluation.AddUndetected();
            }

            if (answer.Targets.Count == 0)
            {
                continue;
            }

            var results = provider.AnalyzeMany(answer.Targets);
            foreach (var (label, target) in answer.Pairs)
            {
                var result = results[target];
                evaluation.Add(answer.Answer, label, new Stance(result.Label.ToString().ToLowerInvariant(), result.Mixed, result.Score));
            }
        }

        return evaluation;
    }

    internal sealed class CollectingSink : IStanceFeatureSink
    {
        public List<(string Name, double Sum)> Features { get; } = [];

        public void Add(ReadOnlySpan<char> name, double value) => Features.Add((name.ToString(), value));
    }
}
