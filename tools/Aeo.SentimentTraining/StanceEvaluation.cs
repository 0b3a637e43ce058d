using System.Globalization;
using System.Text;

namespace Aeo.SentimentTraining;

/// <summary>A judged stance: one of positive, negative, neutral, and whether praise and criticism are both present.</summary>
public readonly record struct Stance(string Label, bool Mixed, double Score = 0);

/// <summary>
/// Scores judged stances against labelled ones over the (answer, brand) pairs that are labelled mentioned and were
/// detected: accuracy over the three labels, the 3×3 confusion matrix (rows labelled, columns judged), polarity swaps
/// (positive judged negative or the reverse), and the precision and recall of the mixed flag. Disagreements are
/// recorded only when asked for (the development set); an evaluation of the held-out set keeps totals alone.
/// </summary>
public sealed class StanceEvaluation(bool recordDisagreements)
{
    public static readonly string[] Labels = ["positive", "neutral", "negative"];

    private readonly int[,] confusion = new int[3, 3];
    private readonly List<string> disagreements = [];
    private readonly Dictionary<string, (int Agreed, int Compared)> byIndustry = new(StringComparer.Ordinal);

    public int Compared { get; private set; }

    public int Agreed { get; private set; }

    public int Swaps { get; private set; }

    /// <summary>Labelled mentioned, but the detector did not find the brand, so there is no stance to compare.</summary>
    public int Undetected { get; private set; }

    public int MixedTruePositives { get; private set; }

    public int MixedFalsePositives { get; private set; }

    public int MixedFalseNegatives { get; private set; }

    public double Accuracy => Compared == 0 ? 0 : (double)Agreed / Compared;

    public double SwapRate => Compared == 0 ? 0 : (double)Swaps / Compared;

    public double MixedPrecision => Ratio(MixedTruePositives, MixedTruePositives + MixedFalsePositives);

    public double MixedRecall => Ratio(MixedTruePositives, MixedTruePositives + MixedFalseNegatives);

    public IReadOnlyList<string> Disagreements => disagreements;

    public IReadOnlyDictionary<string, (int Agreed, int Compared)> ByIndustry => byIndustry;

    public int Count(string labelled, string judged) => confusion[Array.IndexOf(Labels, labelled), Array.IndexOf(Labels, judged)];

    public void AddUndetected() => Undetected++;

    public void Add(StanceAnswer answer, StanceLabel label, Stance judged)
    {
        var expected = label.Sentiment ?? throw new InvalidDataException($"{Describe(answer, label)}: a mentioned brand has no sentiment.");
        var expectedMixed = label.Mixed ?? false;
        confusion[Index(expected, answer, label), Index(judged.Label, answer, label)]++;
        Compared++;
        var agreed = expected == judged.Label;
        Agreed += agreed ? 1 : 0;
        Swaps += (expected, judged.Label) is ("positive", "negative") or ("negative", "positive") ? 1 : 0;
        MixedTruePositives += expectedMixed && judged.Mixed ? 1 : 0;
        MixedFalsePositives += !expectedMixed && judged.Mixed ? 1 : 0;
        MixedFalseNegatives += expectedMixed && !judged.Mixed ? 1 : 0;
        var industry = byIndustry.GetValueOrDefault(answer.Industry);
        byIndustry[answer.Industry] = (industry.Agreed + (agreed ? 1 : 0), industry.Compared + 1);
        if (recordDisagreements && (!agreed || expectedMixed != judged.Mixed))
        {
            disagreements.Add(string.Create(CultureInfo.InvariantCulture,
                $"{answer.Id} {label.Brand}: labelled {expected}{(expectedMixed ? "+mixed" : "")}, judged {judged.Label}{(judged.Mixed ? "+mixed" : "")} ({judged.Score:F2}) — {label.Why}"));
        }
    }

    /// <summary>Totals, the confusion matrix and the mixed flag's figures, as printed by the tests.</summary>
    public string Summary()
    {
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"accuracy {Accuracy:F3} ({Agreed}/{Compared}); swaps {Swaps} ({SwapRate:P1}); undetected {Undetected}; " +
            $"mixed flag precision {MixedPrecision:F3}, recall {MixedRecall:F3} (TP {MixedTruePositives}, FP {MixedFalsePositives}, FN {MixedFalseNegatives})"));
        text.AppendLine("labelled \\ judged   positive  neutral  negative");
        foreach (var row in Labels)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{row,-18} {Count(row, "positive"),9} {Count(row, "neutral"),8} {Count(row, "negative"),9}"));
        }

        return text.ToString();
    }

    private int Index(string label, StanceAnswer answer, StanceLabel brand) =>
        Array.IndexOf(Labels, label) is var index and >= 0
            ? index
            : throw new InvalidDataException($"{Describe(answer, brand)}: a label is not one of the three.");

    /// <summary>Which pair is at fault: named on the development set, left anonymous on the held-out one.</summary>
    private string Describe(StanceAnswer answer, StanceLabel label) => recordDisagreements ? $"{answer.Id} {label.Brand}" : "a held-out pair";

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 1 : (double)numerator / denominator;
}
