using Aeo.Analysis.Sentiment;
using Aeo.Analysis.Sentiment.Model;

namespace Aeo.SentimentTraining;

/// <summary>
/// How the committed stance model is made: trained on the three training sets of <c>tests/corpora/sentiment</c>
/// (each written and labelled by its own annotator) with <see cref="Options"/>, and measured by
/// leave-one-annotator-out cross-validation: trained on two annotators' sets, scored on the third's, which is what
/// predicts how the model reads a fourth person's answers. The held-out set is none of these and is never read here.
/// </summary>
public static class StanceTraining
{
    /// <summary>The sets the model is trained on, one per annotator.</summary>
    public static readonly IReadOnlyList<string> Sets = ["dev", "train-a", "train-b", "train-c", "train-d"];

    /// <summary>The options chosen by <see cref="Program"/>'s <c>search</c> on the cross-validation (see docs/analysis.md).</summary>
    internal static readonly StanceTrainingOptions Options = new() { LabelPenalty = 0.001, MixedPenalty = 0.001 };

    public static IReadOnlyDictionary<string, IReadOnlyList<LabelledAnswer>> Load(string corporaDirectory) =>
        Sets.ToDictionary(set => set, set => LabelledAnswer.Read(SentimentSet.Load(Path.Combine(corporaDirectory, set))), StringComparer.Ordinal);

    internal static StanceModel Train(IEnumerable<LabelledAnswer> answers, StanceTrainingOptions options) =>
        StanceModelTrainer.Train(LabelledAnswer.Examples(answers), options);

    /// <summary>Leave-one-annotator-out: for each set, the model trained on the others, scored on it.</summary>
    internal static IReadOnlyList<(string Set, StanceEvaluation Evaluation)> CrossValidate(
        IReadOnlyDictionary<string, IReadOnlyList<LabelledAnswer>> sets, StanceTrainingOptions options) =>
        FoldModels(sets, options).Select(fold => (fold.Set, LabelledAnswer.Score(sets[fold.Set], new LexiconSentimentProvider(fold.Model), recordDisagreements: false))).ToArray();

    /// <summary>For each set, the model trained on the other sets.</summary>
    internal static IReadOnlyList<(string Set, StanceModel Model)> FoldModels(
        IReadOnlyDictionary<string, IReadOnlyList<LabelledAnswer>> sets, StanceTrainingOptions options) =>
        sets.Keys.Select(held => (held, Train(sets.Where(s => s.Key != held).SelectMany(s => s.Value), options))).ToArray();
}
