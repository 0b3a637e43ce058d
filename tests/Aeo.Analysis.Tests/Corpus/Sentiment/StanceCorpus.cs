namespace Aeo.Analysis.Tests.Corpus.Sentiment;

/// <summary>
/// The sentiment sets of <c>tests/corpora/sentiment</c>, copied next to the test assembly and read with the training
/// tool's loader (<see cref="SentimentSet"/>), which knows nothing of a set's contents, so the held-out set can be
/// scored without anyone reading it.
/// </summary>
public static class StanceCorpus
{
    public const string Development = "dev";
    public const string TrainA = "train-a";
    public const string TrainB = "train-b";
    public const string TrainC = "train-c";
    public const string TrainD = "train-d";
    public const string HeldOut = "heldout";

    public static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "corpora", "sentiment");

    private static readonly Dictionary<string, Lazy<IReadOnlyList<StanceAnswer>>> Sets =
        new[] { Development, TrainA, TrainB, TrainC, TrainD, HeldOut }.ToDictionary(
            set => set, set => new Lazy<IReadOnlyList<StanceAnswer>>(() => SentimentSet.Load(Path.Combine(Directory, set))), StringComparer.Ordinal);

    public static IReadOnlyList<StanceAnswer> Answers(string set) => Sets[set].Value;
}
