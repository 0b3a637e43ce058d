using System.Text;
using Aeo.Analysis.Sentiment.Model;

namespace Aeo.Analysis.Tests.Corpus.Sentiment;

/// <summary>
/// The committed stance model is reproducible from the committed training sets (dev, train-a, train-b) by the
/// training command, byte for byte, and its options do well on an annotator they were not trained on
/// (leave-one-annotator-out cross-validation). None of this reads the held-out set.
/// </summary>
public sealed class StanceModelTrainingTests(ITestOutputHelper output)
{
    // Leave-one-annotator-out with the committed options over the five training sets: dev 302/344 = 0.878 (7 swaps),
    // train-a 376/441 = 0.853 (17), train-b 350/443 = 0.790 (20), train-c 213/287 = 0.742 (16), train-d 228/301 =
    // 0.757 (20); pooled 1469/1816 = 0.809 with 80 swaps (4.4 %). The rules alone, scored the same way, give 0.767 with
    // 4.9 % swaps. The two newer sets were written to hold more deferred and "poor fit" verdicts, so the pooled figure
    // is lower than the three older sets' 0.838 while those sets score as before. The floors sit a few labels below.
    private const double CrossValidatedAccuracyFloor = 0.80;
    private const double CrossValidatedSwapCeiling = 0.046;

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<LabelledAnswer>> TrainingSets = StanceTraining.Load(StanceCorpus.Directory);

    [Fact]
    public void The_committed_model_is_what_the_training_command_writes()
    {
        var trained = Serialise(StanceTraining.Train(TrainingSets.Values.SelectMany(set => set), StanceTraining.Options));

        using var stream = typeof(StanceModel).Assembly.GetManifestResourceStream("Aeo.Analysis.Sentiment.Model.stance-model.tsv")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var committed = reader.ReadToEnd();

        Assert.True(trained == committed,
            "the committed stance-model.tsv differs from a fresh training run: run `dotnet run --project tools/Aeo.SentimentTraining -- train` and commit the file");
        Assert.True(StanceModel.Default.Features.Count > 100, $"the committed model has only {StanceModel.Default.Features.Count} features");
    }

    [Fact]
    public void Training_twice_gives_the_same_bytes()
    {
        var answers = TrainingSets[StanceCorpus.TrainA];

        Assert.Equal(Serialise(StanceTraining.Train(answers, StanceTraining.Options)), Serialise(StanceTraining.Train(answers, StanceTraining.Options)));
    }

    [Fact]
    public void Leave_one_annotator_out_cross_validation_meets_the_floors()
    {
        var folds = StanceTraining.CrossValidate(TrainingSets, StanceTraining.Options);
        foreach (var (set, evaluation) in folds)
        {
            output.WriteLine($"trained without {set}, scored on it: {evaluation.Summary()}");
        }

        var compared = folds.Sum(fold => fold.Evaluation.Compared);
        var accuracy = folds.Sum(fold => fold.Evaluation.Agreed) / (double)compared;
        var swaps = folds.Sum(fold => fold.Evaluation.Swaps) / (double)compared;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pooled: accuracy {accuracy:F3} over {compared} pairs, swaps {swaps:P1}"));

        Assert.True(accuracy >= CrossValidatedAccuracyFloor, $"cross-validated accuracy {accuracy:F3} below {CrossValidatedAccuracyFloor}");
        Assert.True(swaps <= CrossValidatedSwapCeiling, $"cross-validated swaps {swaps:P1} above {CrossValidatedSwapCeiling:P1}");
    }

    private static string Serialise(StanceModel model)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        model.Save(writer);
        return writer.ToString();
    }
}
