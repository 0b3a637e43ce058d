using Aeo.Analysis.Tests.Corpus.Sentiment;

namespace Aeo.Analysis.Tests.Corpus.Answers;

/// <summary>
/// Brand detection scored against the two labelled answer sets (<c>tests/corpora/sentiment</c>, provenance in their
/// READMEs): the development set, on which the rules were tuned and whose disagreements are printed, and the held-out
/// set, labelled by another annotator and read by nobody working on the detector, of which only totals are printed.
/// Rank accuracy counts a missed brand and a brand detected where none is labelled as errors (see
/// <see cref="DetectionScores"/>), so every slip in detection shows in it.
/// </summary>
public sealed class AnswerSetDetectionTests(ITestOutputHelper output)
{
    // Rank feeds average position and first-rank rate in every report. Measured on the held-out set: 0.975.
    private const double HeldOutRankAccuracyFloor = 0.97;

    // Presence feeds visibility and share of voice. Measured on the held-out set: 0.997.
    private const double HeldOutMentionF1Floor = 0.98;

    // Counts feed share of voice by count. Measured on the held-out set: 0.989.
    private const double HeldOutCountAccuracyFloor = 0.95;

    // The flags move a brand out of visibility, so a false flag hides a real mention: precision matters most.
    // Measured on the held-out set: unknown to engine precision 1.000, recall 0.400 (4 of 10); echo or disclaimer
    // only precision 1.000, recall 0.455 (5 of 11). The rules read the phrasings of the development set and their
    // near variants; the held-out set's other phrasings are mostly missed, so these floors guard precision and keep
    // recall from falling further.
    private const double HeldOutFlagPrecisionFloor = 0.9;
    private const double HeldOutFlagRecallFloor = 0.35;

    // The development set is what the rules were tuned on, so its floors are high: a drop there is a regression.
    private const double DevelopmentFloor = 0.99;
    private const double DevelopmentFlagFloor = 0.95;

    private static readonly Lazy<DetectionScores> Development = new(() =>
        DetectionScores.Score(StanceCorpus.Answers(StanceCorpus.Development), Detect, recordDisagreements: true));

    private static readonly Lazy<DetectionScores> HeldOut = new(() =>
        DetectionScores.Score(StanceCorpus.Answers(StanceCorpus.HeldOut), Detect, recordDisagreements: false));

    [Fact]
    public void Development_set_mentions_ranks_and_counts()
    {
        var scores = Development.Value;
        output.WriteLine(scores.Summary());
        scores.Disagreements.ToList().ForEach(output.WriteLine);

        Assert.True(scores.F1 >= DevelopmentFloor && scores.RankAccuracy >= DevelopmentFloor && scores.CountAccuracy >= DevelopmentFloor,
            scores.Summary() + Environment.NewLine + string.Join(Environment.NewLine, scores.Disagreements));
    }

    [Fact]
    public void Development_set_flags()
    {
        var scores = Development.Value;
        output.WriteLine(scores.Summary());

        Assert.True(
            new[] { scores.Unknown.Precision, scores.Unknown.Recall, scores.EchoOrDisclaimer.Precision, scores.EchoOrDisclaimer.Recall }
                .All(value => value >= DevelopmentFlagFloor),
            scores.Summary() + Environment.NewLine + string.Join(Environment.NewLine, scores.Disagreements));
    }

    [Fact]
    public void Held_out_flags_meet_their_floors()
    {
        var scores = HeldOut.Value;
        AssertFloor("unknown-to-engine precision", scores.Unknown.Precision, HeldOutFlagPrecisionFloor);
        AssertFloor("unknown-to-engine recall", scores.Unknown.Recall, HeldOutFlagRecallFloor);
        AssertFloor("echo-or-disclaimer precision", scores.EchoOrDisclaimer.Precision, HeldOutFlagPrecisionFloor);
        AssertFloor("echo-or-disclaimer recall", scores.EchoOrDisclaimer.Recall, HeldOutFlagRecallFloor);
    }

    [Fact]
    public void Held_out_rank_accuracy_meets_its_floor() =>
        AssertFloor("rank accuracy", HeldOut.Value.RankAccuracy, HeldOutRankAccuracyFloor);

    [Fact]
    public void Held_out_mention_f1_meets_its_floor() =>
        AssertFloor("mention F1", HeldOut.Value.F1, HeldOutMentionF1Floor);

    [Fact]
    public void Held_out_count_accuracy_meets_its_floor() =>
        AssertFloor("count accuracy", HeldOut.Value.CountAccuracy, HeldOutCountAccuracyFloor);

    [Fact]
    public void Both_sets_are_large_enough_to_mean_something()
    {
        Assert.True(StanceCorpus.Answers(StanceCorpus.Development).Count >= 60);
        Assert.True(StanceCorpus.Answers(StanceCorpus.HeldOut).Count >= 60);
        Assert.True(HeldOut.Value.LabelledMentioned >= 300);
    }

    private void AssertFloor(string metric, double value, double floor)
    {
        // Totals only: the held-out set's cases are never printed.
        output.WriteLine(HeldOut.Value.Summary());
        Assert.True(value >= floor, string.Create(CultureInfo.InvariantCulture, $"held-out {metric} {value:F3} is below the floor {floor:F2}"));
    }

    private static IReadOnlyList<DetectedBrand> Detect(StanceAnswer answer) =>
        [.. new BrandDetector(answer.Brands.Select(brand => new BrandDefinition(brand.Name, brand.Aliases, brand.Domains))).Detect(answer.Text, answer.Question)
            .Select(m => new DetectedBrand(m.Brand, m.Rank, m.Count, m.UnknownToEngine, m.EchoOrDisclaimerOnly))];
}
