namespace Aeo.Analysis.Tests.Corpus;

/// <summary>
/// Brand-level scores of a detector over labelled cases, micro-averaged over (case, brand) pairs:
/// a pair is a true positive when the brand is both expected and detected in the case, a false positive when
/// only detected, a false negative when only expected.
/// <list type="bullet">
/// <item>precision = TP / (TP + FP), 1 when nothing was detected;</item>
/// <item>recall = TP / (TP + FN), 1 when nothing was expected;</item>
/// <item>rank accuracy = true positives with exactly the expected rank / TP;</item>
/// <item>count accuracy = true positives with exactly the expected count / TP;</item>
/// <item>list position accuracy = true positives with exactly the expected list position (both null counts) / TP.</item>
/// </list>
/// </summary>
public sealed class CorpusEvaluation
{
    private const int SnippetRadius = 30;

    private readonly List<Discrepancy> spurious = [];
    private readonly List<Discrepancy> missed = [];
    private readonly List<Discrepancy> wrongRank = [];
    private readonly List<Discrepancy> wrongCount = [];
    private readonly List<Discrepancy> wrongListPosition = [];

    private CorpusEvaluation()
    {
    }

    public int Cases { get; private set; }

    public int TruePositives { get; private set; }

    public int FalsePositives => spurious.Count;

    public int FalseNegatives => missed.Count;

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double RankAccuracy => Ratio(TruePositives - wrongRank.Count, TruePositives);

    public double CountAccuracy => Ratio(TruePositives - wrongCount.Count, TruePositives);

    public double ListPositionAccuracy => Ratio(TruePositives - wrongListPosition.Count, TruePositives);

    /// <summary>Brands detected that the annotator did not label (false positives).</summary>
    public IReadOnlyList<Discrepancy> Spurious => spurious;

    /// <summary>Labelled brands the detector did not find (false negatives).</summary>
    public IReadOnlyList<Discrepancy> Missed => missed;

    /// <summary>True positives whose detected rank differs from the label.</summary>
    public IReadOnlyList<Discrepancy> WrongRank => wrongRank;

    /// <summary>True positives whose detected count differs from the label.</summary>
    public IReadOnlyList<Discrepancy> WrongCount => wrongCount;

    /// <summary>True positives whose detected list position differs from the label.</summary>
    public IReadOnlyList<Discrepancy> WrongListPosition => wrongListPosition;

    /// <summary>Scores <paramref name="detect"/> on every case.</summary>
    public static CorpusEvaluation Run(IEnumerable<CorpusCase> cases, Func<CorpusCase, IReadOnlyList<BrandMention>> detect)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(detect);

        var evaluation = new CorpusEvaluation();
        foreach (var corpusCase in cases)
        {
            evaluation.Score(corpusCase, detect(corpusCase));
        }

        return evaluation;
    }

    /// <summary>The four scores with their numerators and denominators, for test output and reports.</summary>
    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Cases} cases; TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives}; " +
        $"precision {Precision:F3}, recall {Recall:F3}, " +
        $"rank accuracy {RankAccuracy:F3} ({TruePositives - wrongRank.Count}/{TruePositives}), " +
        $"count accuracy {CountAccuracy:F3} ({TruePositives - wrongCount.Count}/{TruePositives}), " +
        $"list position accuracy {ListPositionAccuracy:F3} ({TruePositives - wrongListPosition.Count}/{TruePositives})");

    private void Score(CorpusCase corpusCase, IReadOnlyList<BrandMention> detected)
    {
        Cases++;
        var detectedByBrand = detected.ToDictionary(mention => mention.Brand, StringComparer.Ordinal);
        var expectedBrands = corpusCase.Expected.Select(expected => expected.Brand).ToHashSet(StringComparer.Ordinal);

        foreach (var expected in corpusCase.Expected)
        {
            var label = Describe(expected);
            if (!detectedByBrand.TryGetValue(expected.Brand, out var mention))
            {
                missed.Add(new Discrepancy(corpusCase.Id, expected.Brand, label, "nothing"));
                continue;
            }

            TruePositives++;
            if (mention.Rank != expected.Rank)
            {
                wrongRank.Add(new Discrepancy(corpusCase.Id, expected.Brand, label, Describe(mention, corpusCase.Text)));
            }

            if (mention.Count != expected.Count)
            {
                wrongCount.Add(new Discrepancy(corpusCase.Id, expected.Brand, label, Describe(mention, corpusCase.Text)));
            }

            if (mention.ListPosition != expected.ListPosition)
            {
                wrongListPosition.Add(new Discrepancy(corpusCase.Id, expected.Brand, label, Describe(mention, corpusCase.Text)));
            }
        }

        foreach (var mention in detected.Where(mention => !expectedBrands.Contains(mention.Brand)))
        {
            spurious.Add(new Discrepancy(corpusCase.Id, mention.Brand, "no mention", Describe(mention, corpusCase.Text)));
        }
    }

    private static string Describe(ExpectedMention expected) =>
        string.Create(CultureInfo.InvariantCulture, $"rank {expected.Rank}, count {expected.Count}, list position {expected.ListPosition?.ToString(CultureInfo.InvariantCulture) ?? "none"}");

    private static string Describe(BrandMention mention, string text)
    {
        var start = Math.Clamp(mention.FirstOffset - SnippetRadius, 0, text.Length);
        var end = Math.Clamp(mention.FirstOffset + SnippetRadius, start, text.Length);
        var snippet = text[start..end].ReplaceLineEndings(" ");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"rank {mention.Rank}, count {mention.Count}, list position {mention.ListPosition?.ToString(CultureInfo.InvariantCulture) ?? "none"}, first at {mention.FirstOffset} \"…{snippet}…\"");
    }

    private static double Ratio(int numerator, int denominator) =>
        denominator == 0 ? 1.0 : (double)numerator / denominator;
}
