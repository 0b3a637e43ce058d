namespace Aeo.Analysis.Tests.Corpus.Answers;

/// <summary>What a detector reports for one brand in one answer.</summary>
public sealed record DetectedBrand(string Brand, int Rank, int Count, bool UnknownToEngine, bool EchoOrDisclaimerOnly);

/// <summary>
/// Detection scores over the (answer, tracked brand) pairs of a labelled set, micro-averaged:
/// <list type="bullet">
/// <item>mention precision, recall and F1 over pairs (TP: labelled mentioned and detected; FP: detected only; FN: labelled only);</item>
/// <item>rank accuracy = labelled-mentioned pairs detected with exactly the labelled rank / (labelled-mentioned pairs
/// + falsely detected pairs): a missed brand and a brand detected where none is labelled are both errors;</item>
/// <item>count accuracy = true positives with exactly the labelled count / true positives;</item>
/// <item>precision and recall of each flag (unknown to engine, echo or disclaimer only) over all pairs, a flag on an
/// undetected or unlabelled pair counting as absent on that side.</item>
/// </list>
/// Per-pair disagreements are kept only when asked for (the development set); for the held-out set only totals exist.
/// </summary>
public sealed class DetectionScores(bool recordDisagreements)
{
    private readonly List<string> disagreements = [];

    public int Answers { get; private set; }

    public int LabelledMentioned { get; private set; }

    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public int RightRank { get; private set; }

    public int RightCount { get; private set; }

    public FlagScore Unknown { get; } = new();

    public FlagScore EchoOrDisclaimer { get; } = new();

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double RankAccuracy => Ratio(RightRank, LabelledMentioned + FalsePositives);

    public double CountAccuracy => Ratio(RightCount, TruePositives);

    public IReadOnlyList<string> Disagreements => disagreements;

    public static DetectionScores Score(IEnumerable<StanceAnswer> answers, Func<StanceAnswer, IReadOnlyList<DetectedBrand>> detect, bool recordDisagreements)
    {
        var scores = new DetectionScores(recordDisagreements);
        foreach (var answer in answers)
        {
            scores.Add(answer, detect(answer));
        }

        return scores;
    }

    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Answers} answers, {LabelledMentioned} labelled mentions; TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives}; "
        + $"precision {Precision:F3}, recall {Recall:F3}, F1 {F1:F3}; rank accuracy {RankAccuracy:F3} ({RightRank}/{LabelledMentioned + FalsePositives}); "
        + $"count accuracy {CountAccuracy:F3} ({RightCount}/{TruePositives}); unknown to engine {Unknown}; echo or disclaimer only {EchoOrDisclaimer}");

    private void Add(StanceAnswer answer, IReadOnlyList<DetectedBrand> detected)
    {
        Answers++;
        var byBrand = detected.ToDictionary(d => d.Brand, StringComparer.Ordinal);
        foreach (var label in answer.Labels)
        {
            var found = byBrand.GetValueOrDefault(label.Brand);
            Unknown.Add(label.UnknownToEngine == true, found?.UnknownToEngine == true);
            EchoOrDisclaimer.Add(label.EchoOrDisclaimerOnly == true, found?.EchoOrDisclaimerOnly == true);
            if (label.Mentioned)
            {
                LabelledMentioned++;
            }

            switch (label.Mentioned, found)
            {
                case (true, null):
                    FalseNegatives++;
                    Note(answer, label, found);
                    break;
                case (false, not null):
                    FalsePositives++;
                    Note(answer, label, found);
                    break;
                case (true, not null):
                    TruePositives++;
                    RightRank += found.Rank == label.Rank ? 1 : 0;
                    RightCount += found.Count == label.Count ? 1 : 0;
                    if (found.Rank != label.Rank || found.Count != label.Count
                        || found.UnknownToEngine != (label.UnknownToEngine == true) || found.EchoOrDisclaimerOnly != (label.EchoOrDisclaimerOnly == true))
                    {
                        Note(answer, label, found);
                    }

                    break;
            }
        }
    }

    private void Note(StanceAnswer answer, StanceLabel label, DetectedBrand? found)
    {
        if (!recordDisagreements)
        {
            return;
        }

        var expected = label.Mentioned
            ? string.Create(CultureInfo.InvariantCulture, $"rank {label.Rank}, count {label.Count}{Flags(label.UnknownToEngine == true, label.EchoOrDisclaimerOnly == true)}")
            : "not mentioned";
        var got = found is null
            ? "nothing"
            : string.Create(CultureInfo.InvariantCulture, $"rank {found.Rank}, count {found.Count}{Flags(found.UnknownToEngine, found.EchoOrDisclaimerOnly)}");
        disagreements.Add($"{answer.Id} {label.Brand}: labelled {expected}; detected {got}");
    }

    private static string Flags(bool unknown, bool echo) => (unknown ? ", unknown" : "") + (echo ? ", echo/disclaimer" : "");

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 1.0 : (double)numerator / denominator;
}

/// <summary>Precision and recall of one flag over (answer, brand) pairs.</summary>
public sealed class FlagScore
{
    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public void Add(bool labelled, bool detected)
    {
        TruePositives += labelled && detected ? 1 : 0;
        FalsePositives += !labelled && detected ? 1 : 0;
        FalseNegatives += labelled && !detected ? 1 : 0;
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"precision {Precision:F3}, recall {Recall:F3} (TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives})");
}
