namespace Aeo.Analysis.Sentiment.Model;

/// <summary>
/// A linear stance model over the features of <see cref="StanceFeaturizer"/>: for the three labels (positive,
/// neutral, negative) a multinomial logistic regression, p = softmax(W·x + b); for the mixed flag a binary one,
/// P(mixed) = σ(w·x + b). Each feature's value is the sum of its occurrences, squashed by log(1 + v) for word
/// features (the <c>d|</c> features enter as they are). Features not in the vocabulary are ignored. Immutable and
/// thread-safe: scoring allocates nothing but a small per-thread buffer, reused.
/// </summary>
internal sealed class StanceModel
{
    public const int Labels = 3;
    private const int Columns = Labels + 1;
    private const string Header = "aeo-stance-model 1";
    private const string ResourceName = "Aeo.Analysis.Sentiment.Model.stance-model.tsv";

    private static readonly Lazy<StanceModel> Embedded = new(() =>
    {
        using var stream = typeof(StanceModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The stance model resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Load(reader);
    });

    [ThreadStatic]
    private static ScoringSink? sink;

    private readonly Dictionary<string, int> vocabulary;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly bool[] dense;

    public StanceModel(IReadOnlyList<string> features, float[] weights, float[] bias)
    {
        if (weights.Length != features.Count * Columns || bias.Length != Columns)
        {
            throw new ArgumentException("A stance model has four weights per feature and four biases.");
        }

        Features = features;
        Weights = weights;
        Bias = bias;
        vocabulary = new Dictionary<string, int>(features.Count, StringComparer.Ordinal);
        for (var i = 0; i < features.Count; i++)
        {
            vocabulary.Add(features[i], i);
        }

        lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        dense = features.Select(IsDense).ToArray();
    }

    /// <summary>The model committed with the code (<c>stance-model.tsv</c>), loaded once.</summary>
    public static StanceModel Default => Embedded.Value;

    /// <summary>A positive or negative label needs at least this probability; below it the pair is neutral.</summary>
    public double PolarityFrom { get; init; } = 0.5;

    /// <summary>Mixed from this P(mixed).</summary>
    public double MixedFrom { get; init; } = 0.5;

    public IReadOnlyList<string> Features { get; }

    /// <summary>Row-major: feature i's weights for positive, neutral, negative and mixed at 4i..4i+3.</summary>
    public float[] Weights { get; }

    public float[] Bias { get; }

    /// <summary>The same weights with other decision thresholds.</summary>
    public StanceModel WithDecision(double polarityFrom, double mixedFrom) =>
        new(Features, Weights, Bias) { PolarityFrom = polarityFrom, MixedFrom = mixedFrom };

    public static bool IsDense(string feature) => feature.StartsWith("d|", StringComparison.Ordinal);

    /// <summary>The value a feature enters the model with, from the sum of its occurrences.</summary>
    public static double Transform(bool isDense, double sum) => isDense ? sum : Math.Log(1 + sum);

    public int IndexOf(ReadOnlySpan<char> feature) => lookup.TryGetValue(feature, out var index) ? index : -1;

    /// <summary>Scores a pair described by <paramref name="describe"/>: the three label probabilities and P(mixed).</summary>
    public StanceProbabilities Score(Action<IStanceFeatureSink> describe)
    {
        var scoring = sink ??= new ScoringSink();
        scoring.Begin(this);
        describe(scoring);
        return scoring.Finish();
    }

    /// <summary>The probabilities for a feature vector of (index, transformed value) pairs.</summary>
    public StanceProbabilities Score(ReadOnlySpan<(int Index, double Value)> vector)
    {
        Span<double> logits = stackalloc double[Columns];
        for (var c = 0; c < Columns; c++)
        {
            logits[c] = Bias[c];
        }

        foreach (var (index, value) in vector)
        {
            var row = index * Columns;
            for (var c = 0; c < Columns; c++)
            {
                logits[c] += Weights[row + c] * value;
            }
        }

        var max = Math.Max(logits[0], Math.Max(logits[1], logits[2]));
        double positive = Math.Exp(logits[0] - max), neutral = Math.Exp(logits[1] - max), negative = Math.Exp(logits[2] - max);
        var total = positive + neutral + negative;
        return new StanceProbabilities(positive / total, neutral / total, negative / total, 1 / (1 + Math.Exp(-logits[3])));
    }

    public void Save(TextWriter writer)
    {
        writer.WriteLine(Header);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"_decision\t{PolarityFrom:R}\t{MixedFrom:R}"));
        writer.WriteLine(string.Join('\t', ["_bias", .. Bias.Select(Format)]));
        for (var i = 0; i < Features.Count; i++)
        {
            writer.Write(Features[i]);
            for (var c = 0; c < Columns; c++)
            {
                writer.Write('\t');
                writer.Write(Format(Weights[i * Columns + c]));
            }

            writer.WriteLine();
        }
    }

    public static StanceModel Load(TextReader reader)
    {
        if (reader.ReadLine() != Header)
        {
            throw new InvalidDataException($"A stance model starts with '{Header}'.");
        }

        var decision = reader.ReadLine()?.Split('\t') ?? [];
        if (decision.Length != 3 || decision[0] != "_decision")
        {
            throw new InvalidDataException("A stance model's second line holds its decision thresholds.");
        }

        var bias = Row(reader.ReadLine(), out var name);
        if (name != "_bias")
        {
            throw new InvalidDataException("A stance model's third line holds the biases.");
        }

        var features = new List<string>();
        var weights = new List<float>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            weights.AddRange(Row(line, out var feature));
            features.Add(feature);
        }

        return new StanceModel(features, weights.ToArray(), bias)
        {
            PolarityFrom = double.Parse(decision[1], NumberStyles.Float, CultureInfo.InvariantCulture),
            MixedFrom = double.Parse(decision[2], NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    private static float[] Row(string? line, out string name)
    {
        var cells = line?.Split('\t') ?? [];
        if (cells.Length != Columns + 1)
        {
            throw new InvalidDataException("A stance model's line holds a name and four weights, tab-separated.");
        }

        name = cells[0];
        return cells[1..].Select(cell => float.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
    }

    private static string Format(float value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Sums each known feature's occurrences into a reused buffer, then scores the transformed vector.</summary>
    private sealed class ScoringSink : IStanceFeatureSink
    {
        private readonly Dictionary<int, double> sums = [];
        private (int Index, double Value)[] vector = new (int, double)[64];
        private StanceModel? model;

        public void Begin(StanceModel scoring)
        {
            model = scoring;
            sums.Clear();
        }

        public void Add(ReadOnlySpan<char> name, double value)
        {
            var index = model!.IndexOf(name);
            if (index >= 0 && value != 0)
            {
                sums[index] = sums.GetValueOrDefault(index) + value;
            }
        }

        public StanceProbabilities Finish()
        {
            if (vector.Length < sums.Count)
            {
                vector = new (int, double)[sums.Count * 2];
            }

            var n = 0;
            foreach (var (index, sum) in sums)
            {
                vector[n++] = (index, Transform(model!.dense[index], sum));
            }

            var result = model!.Score(vector.AsSpan(0, n));
            model = null;
            return result;
        }
    }
}

/// <summary>The model's probabilities for one pair: the three labels (summing to 1) and the mixed flag.</summary>
internal readonly record struct StanceProbabilities(double Positive, double Neutral, double Negative, double Mixed);
