using Aeo.Analysis.Sentiment.Lexicon;
using Aeo.Analysis.Sentiment.Model;

namespace Aeo.Analysis.Tests.Sentiment;

/// <summary>The stance model on its own: what training learns, the decision thresholds, and the file format.</summary>
public sealed class StanceModelTests
{
    private static readonly StanceExample[] Examples =
    [
        new([("s|great", 1), ("s|is", 1)], Label: 0, Mixed: false),
        new([("s|great", 1), ("s|fast", 1)], Label: 0, Mixed: false),
        new([("s|is", 1), ("s|tool", 1)], Label: 1, Mixed: false),
        new([("s|tool", 1), ("s|fast", 1)], Label: 1, Mixed: false),
        new([("s|awful", 1), ("s|is", 1)], Label: 2, Mixed: false),
        new([("s|awful", 1), ("s|great", 1)], Label: 2, Mixed: true),
        new([("s|awful", 1), ("s|slow", 1), ("s|great", 1)], Label: 2, Mixed: true),
    ];

    private static readonly StanceTrainingOptions Options = new() { Iterations = 400, LearningRate = 0.1 };

    private static readonly StanceFeatures NoRuleVerdict = new(0, 0, 0, 0, 0, 0, 0, 0, 0, KnowsNothing: false, OnlyAside: false);

    [Fact]
    public void Training_learns_which_words_lead_to_which_label_and_to_mixed()
    {
        var model = StanceModelTrainer.Train(Examples, Options);

        Assert.Equal(SentimentLabel.Positive, Decide(model, ("s|great", 1), ("s|is", 1)).Label);
        Assert.Equal(SentimentLabel.Neutral, Decide(model, ("s|is", 1), ("s|tool", 1)).Label);
        Assert.Equal(SentimentLabel.Negative, Decide(model, ("s|awful", 1), ("s|is", 1)).Label);
        Assert.True(Decide(model, ("s|awful", 1), ("s|great", 1)).Mixed);
        Assert.False(Decide(model, ("s|great", 1), ("s|is", 1)).Mixed);
    }

    [Fact]
    public void A_word_seen_in_too_few_pairs_is_left_out_and_unknown_words_are_ignored()
    {
        var model = StanceModelTrainer.Train(Examples, Options with { MinimumCount = 2 });

        Assert.Equal(-1, model.IndexOf("s|slow"));
        Assert.True(model.IndexOf("s|great") >= 0);
        Assert.Equal(model.Score(sink => sink.Add("s|great", 1)), model.Score(sink =>
        {
            sink.Add("s|great", 1);
            sink.Add("s|never-seen", 3);
        }));
    }

    [Fact]
    public void Below_the_polarity_threshold_the_model_abstains_to_neutral()
    {
        var model = StanceModelTrainer.Train(Examples, Options);
        var sure = Decide(model, ("s|great", 1), ("s|is", 1));
        var strict = Decide(model.WithDecision(polarityFrom: 0.999, mixedFrom: 0.5), ("s|great", 1), ("s|is", 1));

        Assert.Equal(SentimentLabel.Positive, sure.Label);
        Assert.True(sure.Score >= SentimentResult.NeutralBand);
        Assert.Equal(SentimentLabel.Neutral, strict.Label);
        Assert.InRange(strict.Score, -SentimentResult.NeutralBand, SentimentResult.NeutralBand);
    }

    [Fact]
    public void A_brand_the_engine_knows_nothing_about_is_neutral_whatever_the_model_says()
    {
        var model = StanceModelTrainer.Train(Examples, Options);
        var probabilities = model.Score(sink => sink.Add("s|great", 2));

        var result = ModelDecision.Decide(NoRuleVerdict with { KnowsNothing = true }, probabilities, model, "lexicon");

        Assert.Equal(new SentimentResult(0, SentimentLabel.Neutral, 0.9, "lexicon", mixed: false), result);
    }

    [Fact]
    public void A_saved_model_loads_back_to_the_same_bytes_and_scores()
    {
        var model = StanceModelTrainer.Train(Examples, Options).WithDecision(0.55, 0.45);
        var saved = Save(model);

        var loaded = StanceModel.Load(new StringReader(saved));

        Assert.Equal(saved, Save(loaded));
        Assert.Equal(0.55, loaded.PolarityFrom);
        Assert.Equal(model.Score(sink => sink.Add("s|awful", 1)), loaded.Score(sink => sink.Add("s|awful", 1)));
    }

    [Fact]
    public void A_file_that_is_not_a_stance_model_is_rejected()
    {
        Assert.Throws<InvalidDataException>(() => StanceModel.Load(new StringReader("something else\n")));
        Assert.Throws<InvalidDataException>(() => StanceModel.Load(new StringReader("aeo-stance-model 1\n_decision\t0.5\t0.5\n_bias\t0\t0\n")));
    }

    [Fact]
    public void The_default_provider_uses_the_embedded_model()
    {
        Assert.True(StanceModel.Default.Features.Count > 100);
        Assert.Same(StanceModel.Default, StanceModel.Default);
        Assert.Equal(SentimentLabel.Positive, new LexiconSentimentProvider().Analyze(TrackedBrands.Target("**Verdict:** Asana is my top pick; excellent and reliable.", "Asana")).Label);
    }

    private static SentimentResult Decide(StanceModel model, params (string Name, double Value)[] features) =>
        ModelDecision.Decide(NoRuleVerdict, model.Score(sink =>
        {
            foreach (var (name, value) in features)
            {
                sink.Add(name, value);
            }
        }), model, "lexicon");

    private static string Save(StanceModel model)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        model.Save(writer);
        return writer.ToString();
    }
}
