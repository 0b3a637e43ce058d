using System.Globalization;
using System.Text;
using Aeo.Analysis.Sentiment;
using Aeo.Analysis.Sentiment.Model;
using Aeo.SentimentTraining;

// Trains, cross-validates or searches the stance model's options. Run from anywhere inside the repository:
//   dotnet run --project tools/Aeo.SentimentTraining -- train [--out src/Aeo.Analysis/Sentiment/Model/stance-model.tsv]
//   dotnet run --project tools/Aeo.SentimentTraining -- cross-validate
//   dotnet run --project tools/Aeo.SentimentTraining -- search [--penalties 0.001,0.003] [--minimum 1,2] [--iterations 300] [--rate 0.05]
//   dotnet run --project tools/Aeo.SentimentTraining -- disagreements --set train-b
//   dotnet run --project tools/Aeo.SentimentTraining -- features --id <answer id> --brand <brand>
// None of them reads the held-out set.
var command = args.Length > 0 ? args[0] : "train";
var root = RepositoryRoot();
var corpora = Path.Combine(root, "tests", "corpora", "sentiment");
var sets = StanceTraining.Load(corpora);

switch (command)
{
    case "train":
        var output = Option("--out") ?? Path.Combine(root, "src", "Aeo.Analysis", "Sentiment", "Model", "stance-model.tsv");
        var model = StanceTraining.Train(sets.Values.SelectMany(set => set), StanceTraining.Options);
        using (var writer = new StreamWriter(output, append: false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            model.Save(writer);
        }

        Console.WriteLine($"trained on {string.Join(", ", StanceTraining.Sets)}: {model.Features.Count} features, written to {output}");
        break;
    case "cross-validate":
        Report(StanceTraining.Options, StanceTraining.CrossValidate(sets, StanceTraining.Options), verbose: true);
        Report(null, StanceTraining.Sets.Select(set => (set, LabelledAnswer.Score(sets[set], new LexiconSentimentProvider(model: null), false))).ToArray(), verbose: true);
        break;
    case "disagreements":
        // The pairs a fold's model gets wrong on its held-back training set (never the held-out set).
        var fold = Option("--set") ?? "train-b";
        var foldModel = StanceTraining.FoldModels(sets, StanceTraining.Options).Single(f => f.Set == fold).Model;
        foreach (var disagreement in LabelledAnswer.Score(sets[fold], new LexiconSentimentProvider(foldModel), true).Disagreements)
        {
            Console.WriteLine(disagreement);
        }

        break;
    case "features":
        // The features of one training pair, with the fold model's weights: for finding why a pair is misread.
        var id = Option("--id")!;
        var brand = Option("--brand")!;
        var (setName, answer) = sets.SelectMany(s => s.Value.Select(a => (s.Key, a))).Single(x => x.a.Answer.Id == id);
        var probe = StanceTraining.FoldModels(sets, StanceTraining.Options).Single(f => f.Set == setName).Model;
        var collected = new LabelledAnswer.CollectingSink();
        var targetIndex = answer.Pairs.Single(p => p.Label.Brand == brand).Target;
        var stanceFeatures = new LexiconSentimentProvider(model: null).Describe(answer.Targets[targetIndex], collected);
        Console.WriteLine(stanceFeatures);
        foreach (var (name, sum) in collected.Features)
        {
            var at = probe.IndexOf(name);
            var weights = at < 0 ? "(unknown)" : string.Join(' ', Enumerable.Range(0, 4).Select(c => probe.Weights[at * 4 + c].ToString("F2", CultureInfo.InvariantCulture)));
            Console.WriteLine($"{name} = {sum:F2}  {weights}");
        }

        break;
    case "search":
        Search();
        break;
    default:
        Console.Error.WriteLine($"Unknown command '{command}': use train, cross-validate, disagreements, features or search.");
        return 2;
}

return 0;

void Search()
{
    var penalties = (Option("--penalties") ?? "0.003,0.01,0.03").Split(',').Select(p => double.Parse(p, CultureInfo.InvariantCulture));
    var iterations = int.Parse(Option("--iterations") ?? "300", CultureInfo.InvariantCulture);
    var rate = double.Parse(Option("--rate") ?? "0.05", CultureInfo.InvariantCulture);
    var densePenalty = double.Parse(Option("--dense") ?? "0.001", CultureInfo.InvariantCulture);
    foreach (var penalty in penalties)
    {
        foreach (var minimum in (Option("--minimum") ?? "2").Split(',').Select(m => int.Parse(m, CultureInfo.InvariantCulture)))
        {
            var options = StanceTraining.Options with { LabelPenalty = penalty, MixedPenalty = penalty, MinimumCount = minimum, Iterations = iterations, LearningRate = rate, DensePenalty = densePenalty };
            var folds = StanceTraining.FoldModels(sets, options);
            foreach (var polarity in new[] { 0.45, 0.5, 0.55 })
            {
                var scored = folds.Select(fold => (fold.Set, LabelledAnswer.Score(sets[fold.Set], new LexiconSentimentProvider(fold.Model.WithDecision(polarity, 0.5)), false))).ToArray();
                Report(options with { PolarityFrom = polarity }, scored, verbose: false);
            }
        }
    }
}

static void Report(StanceTrainingOptions? options, IReadOnlyList<(string Set, StanceEvaluation Evaluation)> folds, bool verbose)
{
    var line = new StringBuilder(options is null
        ? "rules alone      "
        : string.Create(CultureInfo.InvariantCulture, $"λ={options.LabelPenalty,-6} min={options.MinimumCount} p≥{options.PolarityFrom:F2} m≥{options.MixedFrom:F2}"));
    foreach (var (set, evaluation) in folds)
    {
        line.Append(CultureInfo.InvariantCulture, $" | {set} {evaluation.Accuracy:F3} sw {evaluation.SwapRate:P1}");
    }

    var compared = folds.Sum(f => f.Evaluation.Compared);
    line.Append(CultureInfo.InvariantCulture,
        $" | mean {folds.Average(f => f.Evaluation.Accuracy):F3} pooled {folds.Sum(f => f.Evaluation.Agreed) / (double)compared:F3} swaps {folds.Sum(f => f.Evaluation.Swaps) / (double)compared:P1}" +
        $" mixed P {folds.Average(f => f.Evaluation.MixedPrecision):F2} R {folds.Average(f => f.Evaluation.MixedRecall):F2}");
    Console.WriteLine(line);
    if (verbose)
    {
        foreach (var (set, evaluation) in folds)
        {
            Console.WriteLine($"{set}: {evaluation.Summary()}");
        }
    }
}

string? Option(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;

static string RepositoryRoot()
{
    for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Aeo.Orleans.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Run the tool inside the repository (no Aeo.Orleans.sln found above the current directory).");
}
