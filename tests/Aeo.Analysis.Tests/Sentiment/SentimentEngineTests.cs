namespace Aeo.Analysis.Tests.Sentiment;

public sealed class SentimentEngineTests
{
    private static readonly SentimentTarget Target = TrackedBrands.Target("Asana is great but Trello is clunky.", "Asana");

    [Fact]
    public async Task Primary_keeps_the_first_provider_when_it_is_confident()
    {
        var first = FakeProvider.Returning("first", 0.6, SentimentLabel.Positive, 0.8);
        var second = FakeProvider.Returning("second", -0.6, SentimentLabel.Negative, 0.9);
        var engine = new SentimentEngine([first, second], SentimentStrategy.Primary);

        var result = await engine.AnalyzeAsync(Target, CancellationToken.None);

        Assert.Equal("first", result.Source);
        Assert.Equal(0, second.Calls);
    }

    [Fact]
    public async Task Primary_falls_back_under_the_threshold_and_keeps_the_most_confident()
    {
        var unsure = FakeProvider.Returning("lexicon", 0.1, SentimentLabel.Neutral, 0.3);
        var judge = FakeProvider.Returning("llm", 0.6, SentimentLabel.Positive, 0.65);
        var engine = new SentimentEngine([unsure, judge], SentimentStrategy.Primary, confidenceThreshold: 0.7);

        var result = await engine.AnalyzeAsync(Target, CancellationToken.None);

        // Neither reaches 0.7; the judge's 0.65 beats the lexicon's 0.3 and is kept unchanged.
        Assert.Equal(new SentimentResult(0.6, SentimentLabel.Positive, 0.65, "llm"), result);
        Assert.Equal(1, judge.Calls);
    }

    [Fact]
    public async Task Primary_keeps_an_earlier_result_when_the_fallback_is_less_sure()
    {
        var first = FakeProvider.Returning("lexicon", 0.5, SentimentLabel.Positive, 0.6);
        var second = FakeProvider.Returning("llm", -0.2, SentimentLabel.Negative, 0.4);
        var engine = new SentimentEngine([first, second], SentimentStrategy.Primary);

        Assert.Equal("lexicon", (await engine.AnalyzeAsync(Target, CancellationToken.None)).Source);
    }

    [Fact]
    public async Task Primary_asks_the_fallback_only_about_unsure_targets_of_a_batch()
    {
        const string text = "Asana is great but Trello is clunky.";
        var targets = SentimentTarget.ForAnswer(text, TrackedBrands.Find(text));
        var first = new FakeProvider("lexicon", target => target.Brand == "Asana"
            ? new SentimentResult(0.6, SentimentLabel.Positive, 0.9, "lexicon")
            : new SentimentResult(0, SentimentLabel.Neutral, 0.3, "lexicon"));
        var second = FakeProvider.Returning("llm", -0.5, SentimentLabel.Negative, 0.8);
        var engine = new SentimentEngine([first, second], SentimentStrategy.Primary);

        var results = await engine.AnalyzeManyAsync(targets, CancellationToken.None);

        Assert.Equal(["lexicon", "llm"], results.Select(result => result.Source));
        Assert.Equal(["Trello"], second.Seen.Select(target => target.Brand));
    }

    [Fact]
    public async Task Primary_moves_past_a_failing_provider()
    {
        var broken = FakeProvider.Failing("llm");
        var lexicon = FakeProvider.Returning("lexicon", 0.5, SentimentLabel.Positive, 0.5);
        var engine = new SentimentEngine([broken, lexicon], SentimentStrategy.Primary);

        Assert.Equal("lexicon", (await engine.AnalyzeAsync(Target, CancellationToken.None)).Source);
    }

    [Fact]
    public async Task Ensemble_is_the_confidence_weighted_mean_with_agreement_confidence()
    {
        var engine = new SentimentEngine(
            [
                FakeProvider.Returning("lexicon", 0.8, SentimentLabel.Positive, 0.9),
                FakeProvider.Returning("llm", -0.4, SentimentLabel.Negative, 0.3),
                FakeProvider.Failing("broken"),
            ],
            SentimentStrategy.Ensemble);

        var result = await engine.AnalyzeAsync(Target, CancellationToken.None);

        // S = (0.72 − 0.12) / 1.2 = 0.5; mean confidence = (0.81 + 0.09) / 1.2 = 0.75;
        // D = (0.9·0.3 + 0.3·0.9) / 1.2 = 0.45; confidence = 0.75 · (1 − 0.225) = 0.58125.
        Assert.Equal(0.5, result.Score, 10);
        Assert.Equal(0.58125, result.Confidence, 10);
        Assert.Equal(SentimentLabel.Positive, result.Label);
        Assert.Equal("ensemble(lexicon,llm)", result.Source);
    }

    [Fact]
    public async Task Ensemble_agreement_is_more_confident_than_disagreement()
    {
        var agree = await new SentimentEngine(
            [FakeProvider.Returning("a", 0.6, SentimentLabel.Positive, 0.8), FakeProvider.Returning("b", 0.6, SentimentLabel.Positive, 0.8)],
            SentimentStrategy.Ensemble).AnalyzeAsync(Target, CancellationToken.None);
        var disagree = await new SentimentEngine(
            [FakeProvider.Returning("a", 0.6, SentimentLabel.Positive, 0.8), FakeProvider.Returning("b", -0.6, SentimentLabel.Negative, 0.8)],
            SentimentStrategy.Ensemble).AnalyzeAsync(Target, CancellationToken.None);

        // Disagreeing: S = 0, D = 0.6, confidence = 0.8 · (1 − 0.3) = 0.56.
        Assert.Equal(0.8, agree.Confidence, 10);
        Assert.Equal(0.56, disagree.Confidence, 10);
        Assert.Equal(SentimentLabel.Neutral, disagree.Label);
    }

    [Fact]
    public async Task Ensemble_is_mixed_when_the_results_flagged_mixed_carry_half_the_confidence()
    {
        var mixed = new FakeProvider("llm", _ => new SentimentResult(0.5, SentimentLabel.Positive, 0.6, "llm", mixed: true));
        var engine = new SentimentEngine([FakeProvider.Returning("lexicon", 0.5, SentimentLabel.Positive, 0.6), mixed], SentimentStrategy.Ensemble);
        var outweighed = new SentimentEngine([FakeProvider.Returning("lexicon", 0.5, SentimentLabel.Positive, 0.9), mixed], SentimentStrategy.Ensemble);

        Assert.True((await engine.AnalyzeAsync(Target, CancellationToken.None)).Mixed);
        Assert.False((await outweighed.AnalyzeAsync(Target, CancellationToken.None)).Mixed);
    }

    [Fact]
    public async Task Consensus_agreement_keeps_the_label()
    {
        var engine = new SentimentEngine(
            [
                FakeProvider.Returning("lexicon", 0.5, SentimentLabel.Positive, 0.8),
                FakeProvider.Returning("llm", 0.7, SentimentLabel.Positive, 0.8),
                FakeProvider.Returning("unsure", -0.9, SentimentLabel.Negative, 0.2),
            ],
            SentimentStrategy.Consensus);

        var result = await engine.AnalyzeAsync(Target, CancellationToken.None);

        // The unsure provider (0.2 < 0.7) does not vote.
        Assert.Equal(SentimentLabel.Positive, result.Label);
        Assert.Equal(0.6, result.Score, 10);
        Assert.Equal(0.8, result.Confidence, 10);
        Assert.Equal("consensus(lexicon,llm)", result.Source);
    }

    [Fact]
    public async Task Consensus_disagreement_is_neutral_and_mixed_with_low_confidence_and_says_so()
    {
        var engine = new SentimentEngine(
            [FakeProvider.Returning("lexicon", 0.6, SentimentLabel.Positive, 0.8), FakeProvider.Returning("llm", -0.6, SentimentLabel.Negative, 0.9)],
            SentimentStrategy.Consensus);

        var result = await engine.AnalyzeAsync(Target, CancellationToken.None);

        Assert.Equal(SentimentLabel.Neutral, result.Label);
        Assert.True(result.Mixed);
        Assert.True(result.Confidence < engine.ConfidenceThreshold / 2, $"{result.Confidence}");
        Assert.Equal("consensus:disagree(lexicon=Positive,llm=Negative)", result.Source);
    }

    [Fact]
    public async Task Consensus_positive_against_neutral_is_neutral()
    {
        var engine = new SentimentEngine(
            [FakeProvider.Returning("lexicon", 0.6, SentimentLabel.Positive, 0.8), FakeProvider.Returning("llm", 0.1, SentimentLabel.Neutral, 0.9)],
            SentimentStrategy.Consensus);

        var result = await engine.AnalyzeAsync(Target, CancellationToken.None);

        Assert.Equal(SentimentLabel.Neutral, result.Label);
        Assert.False(result.Mixed);
        Assert.StartsWith("consensus:disagree(", result.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consensus_without_a_confident_provider_is_unsure()
    {
        var engine = new SentimentEngine(
            [FakeProvider.Returning("lexicon", 0.6, SentimentLabel.Positive, 0.5), FakeProvider.Returning("llm", 0.4, SentimentLabel.Positive, 0.5)],
            SentimentStrategy.Consensus);

        var result = await engine.AnalyzeAsync(Target, CancellationToken.None);

        Assert.Equal(SentimentLabel.Neutral, result.Label);
        Assert.Equal(0.25, result.Confidence, 10);
        Assert.Equal("consensus:unsure(lexicon,llm)", result.Source);
    }

    [Theory]
    [InlineData(SentimentStrategy.Primary)]
    [InlineData(SentimentStrategy.Ensemble)]
    [InlineData(SentimentStrategy.Consensus)]
    public async Task All_providers_failing_fails_the_engine_with_every_error(SentimentStrategy strategy)
    {
        var engine = new SentimentEngine([FakeProvider.Failing("llm"), FakeProvider.Failing("lexicon")], strategy);

        var exception = await Assert.ThrowsAsync<SentimentProviderException>(() => engine.AnalyzeAsync(Target, CancellationToken.None));

        var inner = Assert.IsType<AggregateException>(exception.InnerException);
        Assert.Equal(2, inner.InnerExceptions.Count);
    }

    [Fact]
    public async Task A_provider_returning_the_wrong_number_of_results_counts_as_failed()
    {
        var incomplete = new FakeProvider("incomplete", _ => null);
        var engine = new SentimentEngine([incomplete, FakeProvider.Returning("lexicon", 0.5, SentimentLabel.Positive, 0.9)], SentimentStrategy.Ensemble);

        Assert.Equal("ensemble(lexicon)", (await engine.AnalyzeAsync(Target, CancellationToken.None)).Source);
    }

    [Fact]
    public async Task Cancellation_is_passed_through()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var engine = new SentimentEngine([new LexiconSentimentProvider()], SentimentStrategy.Ensemble);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.AnalyzeAsync(Target, cancelled.Token));
    }

    [Fact]
    public async Task The_real_lexicon_runs_inside_the_engine()
    {
        var engine = new SentimentEngine([new LexiconSentimentProvider(), FakeProvider.Failing("llm")], SentimentStrategy.Primary);

        var result = await engine.AnalyzeAsync(Target, CancellationToken.None);

        Assert.Equal(SentimentLabel.Positive, result.Label);
        Assert.Equal(LexiconSentimentProvider.ProviderName, result.Source);
    }

    [Fact]
    public void Invalid_configuration_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new SentimentEngine([], SentimentStrategy.Primary));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SentimentEngine([new LexiconSentimentProvider()], SentimentStrategy.Primary, 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SentimentEngine([new LexiconSentimentProvider()], (SentimentStrategy)42));
    }

    /// <summary>Judges each target with a function (null drops the result), or always fails; records what it saw.</summary>
    private sealed class FakeProvider(string name, Func<SentimentTarget, SentimentResult?> judge) : ISentimentProvider
    {
        public string Name => name;

        public int Calls { get; private set; }

        public List<SentimentTarget> Seen { get; } = [];

        public static FakeProvider Returning(string name, double score, SentimentLabel label, double confidence) =>
            new(name, _ => new SentimentResult(score, label, confidence, name));

        public static FakeProvider Failing(string name) =>
            new(name, _ => throw new SentimentProviderException(name, "backend unavailable"));

        public async Task<SentimentResult> AnalyzeAsync(SentimentTarget target, CancellationToken cancellationToken) =>
            (await AnalyzeManyAsync([target], cancellationToken))[0];

        public async Task<IReadOnlyList<SentimentResult>> AnalyzeManyAsync(IReadOnlyList<SentimentTarget> targets, CancellationToken cancellationToken)
        {
            await Task.Yield();
            Calls++;
            Seen.AddRange(targets);
            return targets.Select(judge).OfType<SentimentResult>().ToArray();
        }
    }
}
