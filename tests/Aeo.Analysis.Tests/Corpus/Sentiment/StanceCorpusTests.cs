using Aeo.Analysis.Sentiment.Lexicon;

namespace Aeo.Analysis.Tests.Corpus.Sentiment;

/// <summary>
/// The sentiment floors, lexicon alone (no judge), through the whole analysis (detection, then each brand's stance
/// for the question asked), against the labelled sets of <c>tests/corpora/sentiment</c>. The held-out set is only
/// ever scored as totals here; nobody tuning the lexicon or training the model reads it. The development set prints
/// the rules' disagreements, and the rules' weights' choice is measured by leave-one-industry-out cross-validation.
/// </summary>
public sealed class StanceCorpusTests(ITestOutputHelper output)
{
    // Held-out, lexicon alone (no judge), last measured with the model trained on five annotators' sets (train-c and
    // train-d added): 306/361 = 0.848 with 12 swaps (3.3 %); before them 302/361 = 0.837 with 17 swaps (4.7 %); the
    // rules alone give 278/361 = 0.770 with 20 swaps (5.5 %). One label and two swaps short of the target (0.85, at
    // most 3 % swaps). The floors sit just below the measurement (two labels, one swap), so a regression fails.
    private const double HeldOutAccuracyFloor = 0.842;
    private const double HeldOutSwapCeiling = 0.037;

    // The rules alone on the development set their weights were chosen on: 302/344 = 0.878 with 9 swaps (2.6 %);
    // cross-validated by industry 0.878. The stance model is trained on this set too, so its figure here says
    // nothing; its out-of-sample figures are the leave-one-annotator-out ones of StanceModelTrainingTests.
    private const double DevelopmentAccuracyFloor = 0.87;
    private const double CrossValidatedFloor = 0.87;
    private const double DevelopmentSwapCeiling = 0.03;

    [Fact]
    public async Task Held_out_accuracy_and_swaps_meet_the_floors()
    {
        var heldOut = await StanceJudge.ScoreAsync(StanceCorpus.HeldOut, new LexiconSentimentProvider());
        output.WriteLine($"held-out, the default (rules read, the stance model decides): {heldOut.Summary()}");
        var rulesAlone = await StanceJudge.ScoreAsync(StanceCorpus.HeldOut, new LexiconSentimentProvider(model: null));
        output.WriteLine($"held-out, rules alone (for comparison): {rulesAlone.Summary()}");

        Assert.Empty(heldOut.Disagreements);
        Assert.True(heldOut.Compared >= 300, $"only {heldOut.Compared} held-out pairs compared");
        Assert.True(heldOut.Accuracy >= HeldOutAccuracyFloor, $"held-out accuracy {heldOut.Accuracy:F3} below {HeldOutAccuracyFloor}");
        Assert.True(heldOut.SwapRate <= HeldOutSwapCeiling, $"held-out swaps {heldOut.SwapRate:P1} above {HeldOutSwapCeiling:P0}");
    }

    [Fact]
    public async Task Development_accuracy_and_swaps_of_the_rules_meet_the_floors()
    {
        var development = await StanceJudge.ScoreAsync(StanceCorpus.Development, new LexiconSentimentProvider(model: null));
        output.WriteLine($"development, rules alone: {development.Summary()}");
        foreach (var (industry, (agreed, compared)) in development.ByIndustry.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {industry}: {agreed}/{compared}"));
        }

        foreach (var disagreement in development.Disagreements)
        {
            output.WriteLine(disagreement);
        }

        Assert.True(development.Accuracy >= DevelopmentAccuracyFloor, $"development accuracy {development.Accuracy:F3}");
        Assert.True(development.SwapRate <= DevelopmentSwapCeiling, $"development swaps {development.SwapRate:P1}");
    }

    [Fact]
    public void The_weights_chosen_without_an_industry_do_well_on_it()
    {
        var pairs = StanceTuning.Read(StanceCorpus.Development);
        var (correct, swaps, mixedCorrect, total) = StanceTuning.CrossValidate(pairs);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"leave-one-industry-out: {correct}/{total} = {(double)correct / total:F3} labels right, {swaps} swaps, {mixedCorrect} mixed flags right"));

        Assert.True((double)correct / total >= CrossValidatedFloor, $"cross-validated accuracy {(double)correct / total:F3}");
    }

    [Fact]
    public void The_committed_weights_are_the_ones_the_search_chooses_on_the_development_set()
    {
        // Re-running the choice gives the committed weights: a change to the lexicon or the features that moves the
        // optimum fails here until the defaults are updated (the test output shows the new choice).
        var chosen = StanceTuning.Choose(StanceTuning.Read(StanceCorpus.Development));
        output.WriteLine($"chosen: {chosen}");

        Assert.Equal(chosen, StanceWeights.Default);
        Assert.Equal(chosen, StanceTuning.Choose(StanceTuning.Read(StanceCorpus.Development)));
    }

    [Theory]
    [InlineData(StanceCorpus.Development)]
    [InlineData(StanceCorpus.HeldOut)]
    public void Each_set_is_large_and_varied_and_uses_the_three_labels(string set)
    {
        var answers = StanceCorpus.Answers(set);
        var mentioned = answers.SelectMany(a => a.Labels).Where(l => l.Mentioned).ToArray();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{set}: {answers.Count} answers, {answers.Sum(a => a.Labels.Count)} tracked pairs, {mentioned.Length} mentioned, " +
            $"{answers.Select(a => a.Industry).Distinct().Count()} industries, {answers.Select(a => a.Style).Distinct().Count()} styles, " +
            $"{mentioned.Count(l => l.Mixed == true)} mixed"));

        Assert.True(answers.Count >= 60);
        Assert.True(mentioned.Length >= 300);
        Assert.True(answers.Select(a => a.Industry).Distinct().Count() >= 10);
        Assert.True(answers.Select(a => a.Style).Distinct().Count() >= 5);
        // Checked as totals, so that a failure on the held-out set shows none of its contents.
        Assert.True(mentioned.All(l => StanceEvaluation.Labels.Contains(l.Sentiment)), $"a {set} label is not one of the three");
        Assert.True(answers.All(a => a.Brands.Select(b => b.Name).SequenceEqual(a.Labels.Select(l => l.Brand))), $"{set} labels must follow the brands");
    }
}
