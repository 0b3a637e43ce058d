namespace Aeo.Analysis.Sentiment.Model;

/// <summary>One labelled pair for training: its features (name, summed value), its label (0 positive, 1 neutral, 2 negative) and mixed flag.</summary>
internal sealed record StanceExample(IReadOnlyList<(string Name, double Sum)> Features, int Label, bool Mixed);

/// <summary>How <see cref="StanceModelTrainer"/> fits a model.</summary>
internal sealed record StanceTrainingOptions
{
    /// <summary>The L2 penalty on the label weights (λ/2·‖W‖², the loss being the mean cross-entropy).</summary>
    public double LabelPenalty { get; init; } = 0.01;

    /// <summary>The L2 penalty on the weights of the rules' features (<c>d|…</c>), for both models.</summary>
    public double DensePenalty { get; init; } = 0.001;

    /// <summary>The L2 penalty on the mixed flag's weights.</summary>
    public double MixedPenalty { get; init; } = 0.01;

    /// <summary>A word feature enters the vocabulary when at least this many training pairs have it.</summary>
    public int MinimumCount { get; init; } = 2;

    public int Iterations { get; init; } = 300;

    public double LearningRate { get; init; } = 0.05;

    /// <summary>The model's <see cref="StanceModel.PolarityFrom"/>.</summary>
    public double PolarityFrom { get; init; } = 0.5;

    /// <summary>The model's <see cref="StanceModel.MixedFrom"/>.</summary>
    public double MixedFrom { get; init; } = 0.5;
}

/// <summary>
/// Fits a <see cref="StanceModel"/> by full-batch gradient descent (Adam, fixed step and iteration count) on the mean
/// cross-entropy plus an L2 penalty: the multinomial label model and the binary mixed model, independently. There is
/// no randomness (the weights start at zero, every pass visits the pairs in order) and the vocabulary is sorted, so
/// training twice on the same pairs gives the same model.
/// </summary>
internal static class StanceModelTrainer
{
    private const int Columns = StanceModel.Labels + 1;

    public static StanceModel Train(IReadOnlyList<StanceExample> examples, StanceTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var example in examples)
        {
            foreach (var (name, _) in example.Features)
            {
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
        }

        var features = counts
            .Where(pair => StanceModel.IsDense(pair.Key) || pair.Value >= options.MinimumCount)
            .Select(pair => pair.Key)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var index = features.Select((name, i) => (name, i)).ToDictionary(pair => pair.name, pair => pair.i, StringComparer.Ordinal);
        var vectors = examples.Select(example => Vector(example, index, features)).ToArray();

        var weights = new double[features.Length * Columns];
        var bias = new double[Columns];
        var dense = features.Select(StanceModel.IsDense).ToArray();
        Fit(vectors, examples, weights, bias, dense, options);
        return new StanceModel(features, weights.Select(w => (float)w).ToArray(), bias.Select(b => (float)b).ToArray())
        {
            PolarityFrom = options.PolarityFrom,
            MixedFrom = options.MixedFrom,
        };
    }

    private static (int Index, double Value)[] Vector(StanceExample example, Dictionary<string, int> index, string[] features)
    {
        var sums = new Dictionary<int, double>();
        foreach (var (name, sum) in example.Features)
        {
            if (index.TryGetValue(name, out var i))
            {
                sums[i] = sums.GetValueOrDefault(i) + sum;
            }
        }

        return sums.OrderBy(pair => pair.Key)
            .Select(pair => (pair.Key, StanceModel.Transform(StanceModel.IsDense(features[pair.Key]), pair.Value)))
            .ToArray();
    }

    private static void Fit(
        (int Index, double Value)[][] vectors, IReadOnlyList<StanceExample> examples, double[] weights, double[] bias, bool[] dense, StanceTrainingOptions options)
    {
        var gradient = new double[weights.Length];
        var biasGradient = new double[Columns];
        var adam = new Adam(weights.Length + Columns, options.LearningRate);
        var n = vectors.Length;
        Span<double> logits = stackalloc double[Columns];
        Span<double> residual = stackalloc double[Columns];
        for (var iteration = 0; iteration < options.Iterations; iteration++)
        {
            Array.Clear(gradient);
            Array.Clear(biasGradient);
            for (var e = 0; e < n; e++)
            {
                var vector = vectors[e];
                bias.CopyTo(logits);
                foreach (var (i, value) in vector)
                {
                    for (var c = 0; c < Columns; c++)
                    {
                        logits[c] += weights[i * Columns + c] * value;
                    }
                }

                // Label model: d(cross-entropy)/d(logit) = softmax − one-hot. Mixed model: σ − y.
                var max = Math.Max(logits[0], Math.Max(logits[1], logits[2]));
                var total = 0.0;
                for (var c = 0; c < StanceModel.Labels; c++)
                {
                    residual[c] = Math.Exp(logits[c] - max);
                    total += residual[c];
                }

                for (var c = 0; c < StanceModel.Labels; c++)
                {
                    residual[c] = residual[c] / total - (examples[e].Label == c ? 1 : 0);
                }

                residual[3] = 1 / (1 + Math.Exp(-logits[3])) - (examples[e].Mixed ? 1 : 0);
                for (var c = 0; c < Columns; c++)
                {
                    biasGradient[c] += residual[c] / n;
                }

                foreach (var (i, value) in vector)
                {
                    for (var c = 0; c < Columns; c++)
                    {
                        gradient[i * Columns + c] += residual[c] * value / n;
                    }
                }
            }

            for (var i = 0; i < dense.Length; i++)
            {
                for (var c = 0; c < Columns; c++)
                {
                    var penalty = dense[i] ? options.DensePenalty : c < StanceModel.Labels ? options.LabelPenalty : options.MixedPenalty;
                    gradient[i * Columns + c] += penalty * weights[i * Columns + c];
                }
            }

            adam.Step(weights, gradient, bias, biasGradient);
        }
    }

    /// <summary>Adam over the weights and the biases as one parameter vector (β₁ 0.9, β₂ 0.999, ε 1e-8).</summary>
    private sealed class Adam(int size, double rate)
    {
        private readonly double[] first = new double[size];
        private readonly double[] second = new double[size];
        private int step;

        public void Step(double[] weights, double[] gradient, double[] bias, double[] biasGradient)
        {
            step++;
            var correction1 = 1 - Math.Pow(0.9, step);
            var correction2 = 1 - Math.Pow(0.999, step);
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] -= Update(i, gradient[i], correction1, correction2);
            }

            for (var c = 0; c < bias.Length; c++)
            {
                bias[c] -= Update(weights.Length + c, biasGradient[c], correction1, correction2);
            }
        }

        private double Update(int i, double g, double correction1, double correction2)
        {
            first[i] = 0.9 * first[i] + 0.1 * g;
            second[i] = 0.999 * second[i] + 0.001 * g * g;
            return rate * (first[i] / correction1) / (Math.Sqrt(second[i] / correction2) + 1e-8);
        }
    }
}
