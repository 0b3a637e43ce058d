using static Aeo.Analysis.Tests.Figures.Observations;

namespace Aeo.Analysis.Tests.Figures;

public sealed class SegmentationTests
{
    private const double Exact = 1e-12;

    /// <summary>
    /// Non-branded: n1 names Acme and Beta, n2 and n3 name Beta, n4 names neither.
    /// Branded ("Is Acme worth it?"): b1–b4 name Acme only.
    /// </summary>
    private static readonly AnswerObservation[] SplitRun =
    [
        Answer("n1", [Mention("Acme", 2), Mention("Beta", 1)]),
        Answer("n2", [Mention("Beta", 1)]),
        Answer("n3", [Mention("Beta", 1)]),
        Answer("n4", []),
        Answer("b1", [Mention("Acme", 1)], branded: true),
        Answer("b2", [Mention("Acme", 1)], branded: true),
        Answer("b3", [Mention("Acme", 1)], branded: true),
        Answer("b4", [Mention("Acme", 1)], branded: true),
    ];

    [Fact]
    public void Pooling_branded_questions_inflates_the_client_and_the_headline_does_not()
    {
        var run = RunFiguresCalculator.Calculate(SplitRun, [Acme, Beta]);

        // Overall (pooled): Acme 1 + 4 = 5 of 8 brand mentions = 0.625, ahead of Beta's 3/8.
        Assert.Equal(5.0 / 8, run.Overall.Brands["Acme"].ShareOfVoice.Value!.Value, Exact);
        Assert.Equal(3.0 / 8, run.Overall.Brands["Beta"].ShareOfVoice.Value!.Value, Exact);
        // Non-branded: Acme 1 of 4 = 0.25, Beta 3 of 4 = 0.75: the competitor leads.
        Assert.Same(run.ByQuestionType["non_branded"], run.Headline);
        Assert.Equal(0.25, run.Headline.Brands["Acme"].ShareOfVoice.Value!.Value, Exact);
        Assert.Equal(0.75, run.Headline.Brands["Beta"].ShareOfVoice.Value!.Value, Exact);
        Assert.Equal(0.25, run.Headline.Brands["Acme"].MentionRate.Value!.Value, Exact);   // 1 of 4 answers
        // Branded: Acme in every answer.
        Assert.Equal(1, run.ByQuestionType["branded"].Brands["Acme"].ShareOfVoice.Value!.Value, Exact);
        Assert.Equal(5.0 / 8, run.Overall.Brands["Acme"].MentionRate.Value!.Value, Exact); // 5 of 8 answers
        Assert.Equal("Acme", run.ClientBrand);
        Assert.True(run.Headline.Brands["Acme"].IsClient);
    }

    [Fact]
    public void Without_non_branded_answers_the_headline_is_empty_not_pooled()
    {
        var run = RunFiguresCalculator.Calculate(SplitRun.Where(a => a.Branded).ToList(), [Acme, Beta]);

        Assert.Equal(0, run.Headline.Answers);
        Assert.Null(run.Headline.Brands["Acme"].ShareOfVoice.Value);
        Assert.Equal(1, run.Overall.Brands["Acme"].ShareOfVoice.Value);
    }

    [Fact]
    public void Platforms_and_their_question_types_are_segments_with_keys()
    {
        AnswerObservation[] answers =
        [
            Answer("n1", [Mention("Acme", 1)], platform: "openai"),
            Answer("n1", [], platform: "perplexity"),
            Answer("n2", [Mention("Beta", 1)], platform: "perplexity"),
            Answer("b1", [Mention("Acme", 1)], branded: true, platform: "perplexity"),
        ];

        var run = RunFiguresCalculator.Calculate(answers, [Acme, Beta]);

        Assert.Equal(["openai", "perplexity"], run.ByPlatform.Keys);
        Assert.Equal(3, run.ByPlatform["perplexity"].Answers);
        Assert.Equal(1.0 / 3, run.ByPlatform["perplexity"].Brands["Acme"].MentionRate.Value!.Value, Exact);
        var perplexityNonBranded = run.ByPlatformAndQuestionType["perplexity"]["non_branded"];
        Assert.Equal("platform:perplexity|question_type:non_branded", perplexityNonBranded.Key);
        Assert.Equal(("perplexity", null, "non_branded"), (perplexityNonBranded.Platform, perplexityNonBranded.Category, perplexityNonBranded.QuestionType));
        Assert.Equal(2, perplexityNonBranded.Answers);
        Assert.Equal(0, perplexityNonBranded.Brands["Acme"].MentionRate.Value);
        Assert.Equal(0, run.ByPlatformAndQuestionType["openai"]["branded"].Answers);
        // Overall: n1 answered on two platforms is one question (one cluster).
        Assert.Equal(4, run.Overall.Answers);
        Assert.Equal(3, run.Overall.Questions);
        Assert.Equal(
            ["overall", "question_type:non_branded", "question_type:branded", "platform:openai", "platform:perplexity",
             "platform:openai|question_type:non_branded", "platform:openai|question_type:branded",
             "platform:perplexity|question_type:non_branded", "platform:perplexity|question_type:branded",
             "category:recommendation"],
            run.Segments().Select(s => s.Key));
    }

    [Fact]
    public void Answered_count_is_reported_beside_the_planned_count()
    {
        var run = RunFiguresCalculator.Calculate(SplitRun, [Acme, Beta], plannedCount: 10);

        Assert.Equal(8, run.AnsweredCount);
        Assert.Equal(10, run.PlannedCount);
        Assert.Equal(8, run.Overall.Brands["Acme"].MentionRate.Denominator); // failed work items are not in any denominator
    }

    [Fact]
    public void Empty_run_has_every_segment_shape_and_no_values()
    {
        var run = RunFiguresCalculator.Calculate([], [Acme, Beta]);

        Assert.Equal(0, run.AnsweredCount);
        Assert.Equal(0, run.Overall.Answers);
        Assert.Equal(["non_branded", "branded"], run.ByQuestionType.Keys);
        Assert.Empty(run.ByPlatform);
        Assert.Empty(run.ByCategory);
        var acme = run.Overall.Brands["Acme"];
        Assert.Equal(new RateEstimate(0, 0, null, null, null, 1, 0), acme.MentionRate);
        Assert.Null(acme.ShareOfVoice.Value);
        Assert.Null(acme.CitationShare.Value);
        Assert.Null(acme.AverageRank.Value);
    }

    [Fact]
    public void No_tracked_brands_gives_segments_without_brands()
    {
        var run = RunFiguresCalculator.Calculate(SplitRun.Select(a => a with { Brands = [] }).ToList(), []);

        Assert.Empty(run.Overall.Brands);
        Assert.Null(run.ClientBrand);
        Assert.Equal(8, run.Overall.Answers);
    }

    public static TheoryData<string, AnswerObservation[], int?> InvalidRuns => new()
    {
        { "a work item answered twice", [Answer("q1", []), Answer("q1", [])], null },
        { "an untracked brand", [Answer("q1", [Mention("Zeta", 1)])], null },
        { "a brand observed twice", [Answer("q1", [Mention("Acme", 1), Mention("Acme", 2)])], null },
        { "a zero count", [Answer("q1", [Mention("Acme", 1, count: 0)])], null },
        { "a zero rank", [Answer("q1", [Mention("Acme", 0)])], null },
        { "a sentiment above 1", [Answer("q1", [Mention("Acme", 1, sentiment: 1.5)])], null },
        { "a NaN sentiment", [Answer("q1", [Mention("Acme", 1, sentiment: double.NaN)])], null },
        { "a question both branded and not", [Answer("q1", []), Answer("q1", [], branded: true, sample: 2)], null },
        { "a question in two categories", [Answer("q1", []), Answer("q1", [], category: "pricing", sample: 2)], null },
        { "more answers than planned", [Answer("q1", []), Answer("q2", [])], 1 },
        { "an unusable cited domain", [Answer("q1", [], [Cited("not a domain")])], null },
    };

    [Theory]
    [MemberData(nameof(InvalidRuns))]
    public void Input_that_would_distort_the_figures_is_rejected(string because, AnswerObservation[] answers, int? planned)
    {
        var error = Assert.Throws<ArgumentException>(() => RunFiguresCalculator.Calculate(answers, Tracked, planned));
        Assert.False(string.IsNullOrWhiteSpace(error.Message), because);
    }

    [Fact]
    public void Brand_lists_must_have_distinct_names_and_one_client_at_most()
    {
        Assert.Throws<ArgumentException>(() => RunFiguresCalculator.Calculate([], [Acme, Acme]));
        Assert.Throws<ArgumentException>(() => RunFiguresCalculator.Calculate([], [Acme, Beta with { IsClient = true }]));
    }
}
