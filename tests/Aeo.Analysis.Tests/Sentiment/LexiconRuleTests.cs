namespace Aeo.Analysis.Tests.Sentiment;

public sealed class LexiconRuleTests
{
    private readonly LexiconSentimentProvider provider = new();

    private SentimentResult Judge(string text, string brand, int occurrence = 0) =>
        TrackedBrands.Reading(provider, text, brand, occurrence);

    [Fact]
    public void Text_without_evaluation_is_neutral_with_low_confidence()
    {
        var result = Judge("Asana is a work management platform headquartered in San Francisco.", "Asana");

        Assert.Equal(SentimentLabel.Neutral, result.Label);
        Assert.Equal(0, result.Score);
        Assert.Equal(0.3, result.Confidence, 6);
        Assert.Equal(LexiconSentimentProvider.ProviderName, result.Source);
    }

    [Theory]
    [InlineData("Asana is highly recommended for marketing teams.", SentimentLabel.Positive)]
    [InlineData("Asana is buggy and its support is unresponsive.", SentimentLabel.Negative)]
    [InlineData("Asana is the go-to tool for cross-functional teams.", SentimentLabel.Positive)]
    [InlineData("Asana has a steep learning curve.", SentimentLabel.Negative)]
    [InlineData("Asana is easy-to-use.", SentimentLabel.Positive)]
    public void Lexicon_words_and_phrases_carry_their_polarity(string text, SentimentLabel expected) =>
        Assert.Equal(expected, Judge(text, "Asana").Label);

    [Fact]
    public void Phrase_wins_over_its_words()
    {
        // "learning curve" alone is mildly negative; "steep learning curve" is a phrase of its own, more so.
        var steep = Judge("Asana has a steep learning curve.", "Asana");
        var plain = Judge("Asana has a learning curve.", "Asana");

        Assert.True(steep.Score < plain.Score);
        Assert.True(plain.Score < 0);
    }

    [Theory]
    [InlineData("Asana is reliable.", "Asana is not reliable.")]
    [InlineData("Asana is reliable.", "Asana isn't reliable.")]
    [InlineData("Asana is reliable.", "Asana is never reliable.")]
    [InlineData("Asana is reliable.", "Asana is hardly reliable.")]
    [InlineData("Asana has hidden fees.", "Asana has no hidden fees.")]
    [InlineData("Asana has downtime.", "Asana runs without downtime.")]
    public void Negation_flips_and_dampens(string plain, string negated)
    {
        var before = Judge(plain, "Asana").Score;
        var after = Judge(negated, "Asana").Score;

        Assert.Equal(Math.Sign(before), -Math.Sign(after));
        Assert.True(Math.Abs(after) < Math.Abs(before), $"{after} should be weaker than {before}");
    }

    [Fact]
    public void Negation_reaches_only_a_short_window_and_stops_at_punctuation()
    {
        Assert.Equal(SentimentLabel.Positive, Judge("Asana is not perfect for every team, but reliable.", "Asana").Label);
        Assert.Equal(SentimentLabel.Positive, Judge("There is no doubt in my mind after years of use that Asana is reliable.", "Asana").Label);
        Assert.Equal(SentimentLabel.Positive, Judge("Asana has no bugs, and its support is great.", "Asana").Label);
    }

    [Fact]
    public void Intensifiers_strengthen_and_diminishers_weaken()
    {
        var plain = Judge("Asana is expensive.", "Asana").Score;
        var very = Judge("Asana is very expensive.", "Asana").Score;
        var extremely = Judge("Asana is extremely expensive.", "Asana").Score;
        var slightly = Judge("Asana is slightly expensive.", "Asana").Score;
        var aBit = Judge("Asana is a bit expensive.", "Asana").Score;

        Assert.True(extremely < very && very < plain && plain < aBit && aBit < slightly && slightly < 0,
            $"{extremely} < {very} < {plain} < {aBit} < {slightly} < 0");
    }

    [Fact]
    public void The_clause_after_but_weighs_more_than_the_one_before()
    {
        var praiseThenCriticism = Judge("Asana is reliable, but expensive.", "Asana");
        var criticismThenPraise = Judge("Asana is expensive, but reliable.", "Asana");

        Assert.True(praiseThenCriticism.Score < 0, $"{praiseThenCriticism.Score}");
        Assert.True(criticismThenPraise.Score > 0, $"{criticismThenPraise.Score}");
        Assert.Equal(SentimentLabel.Positive, Judge("Asana is a bit pricey. However, it is extremely reliable and easy to use.", "Asana").Label);
    }

    [Fact]
    public void An_although_clause_weighs_less()
    {
        // Same words, opposite roles: the main clause decides the direction.
        var result = Judge("Although Asana is clunky, it is reliable.", "Asana");
        var reversed = Judge("Although Asana is reliable, it is clunky.", "Asana");

        Assert.True(result.Score > 0, $"{result.Score}");
        Assert.True(reversed.Score < 0, $"{reversed.Score}");
        Assert.Equal(SentimentLabel.Positive, Judge("Although Asana is a bit pricey, it is very reliable.", "Asana").Label);
    }

    [Fact]
    public void Strong_praise_and_criticism_in_balance_are_mixed_with_lower_confidence()
    {
        var mixed = Judge("Trello is intuitive and affordable, but its reporting is limited and clunky.", "Trello");
        var plain = Judge("Trello is intuitive and affordable.", "Trello");

        Assert.True(mixed.Mixed);
        Assert.True(mixed.Confidence < plain.Confidence);
    }

    [Fact]
    public void Sentiment_about_another_brand_does_not_leak_onto_the_target()
    {
        const string text = "Asana is great but Trello is clunky.";

        Assert.Equal(SentimentLabel.Positive, Judge(text, "Asana").Label);
        Assert.Equal(SentimentLabel.Negative, Judge(text, "Trello").Label);
        Assert.Equal(SentimentLabel.Negative, Judge("Trello is clunky, Asana is great.", "Trello").Label);
        Assert.Equal(SentimentLabel.Positive, Judge("Trello is clunky, Asana is great.", "Asana").Label);
        Assert.Equal(SentimentLabel.Positive, Judge("Asana is great and Trello is clunky.", "Asana").Label);
        Assert.Equal(SentimentLabel.Negative, Judge("Asana is great and Trello is clunky.", "Trello").Label);
    }

    [Fact]
    public void Brands_joined_by_and_share_the_predicate()
    {
        const string text = "Asana and Trello are both reliable.";

        Assert.Equal(SentimentLabel.Positive, Judge(text, "Asana").Label);
        Assert.Equal(SentimentLabel.Positive, Judge(text, "Trello").Label);
    }

    [Theory]
    [InlineData("Asana is better than Trello for large teams.", SentimentLabel.Positive, SentimentLabel.Negative)]
    [InlineData("Asana is easier to learn than Trello.", SentimentLabel.Positive, SentimentLabel.Negative)]
    [InlineData("Asana is less intuitive than Trello.", SentimentLabel.Negative, SentimentLabel.Positive)]
    [InlineData("Asana outperforms Trello on reporting.", SentimentLabel.Positive, SentimentLabel.Negative)]
    [InlineData("Asana beats Trello for portfolio planning.", SentimentLabel.Positive, SentimentLabel.Negative)]
    [InlineData("Asana falls behind Trello in simplicity.", SentimentLabel.Negative, SentimentLabel.Positive)]
    [InlineData("Asana lags behind Trello on mobile.", SentimentLabel.Negative, SentimentLabel.Positive)]
    [InlineData("I would pick Asana over Trello.", SentimentLabel.Positive, SentimentLabel.Negative)]
    [InlineData("Compared to Trello, Asana is pricey.", SentimentLabel.Negative, SentimentLabel.Positive)]
    public void Comparatives_judge_subject_and_object_in_opposite_directions(string text, SentimentLabel asana, SentimentLabel trello)
    {
        Assert.Equal(asana, Judge(text, "Asana").Label);
        Assert.Equal(trello, Judge(text, "Trello").Label);
    }

    [Theory]
    [InlineData("Asana is cheaper than Trello.")]
    [InlineData("Asana is more expensive than Trello.")]
    [InlineData("Asana is pricier than Trello for large teams.")]
    [InlineData("Asana has a free plan for up to 10 users.")]
    [InlineData("Asana starts at $10.99 per user per month.")]
    public void Price_facts_and_price_comparisons_are_neutral(string text)
    {
        Assert.Equal(SentimentLabel.Neutral, Judge(text, "Asana").Label);
        if (text.Contains("Trello", StringComparison.Ordinal))
        {
            Assert.Equal(SentimentLabel.Neutral, Judge(text, "Trello").Label);
        }
    }

    [Theory]
    [InlineData("Asana is expensive for what you get.", SentimentLabel.Negative)]
    [InlineData("Asana's pricing is steep for small teams.", SentimentLabel.Negative)]
    [InlineData("Asana's costs climb quickly as you add seats.", SentimentLabel.Negative)]
    [InlineData("Asana is great value for small teams.", SentimentLabel.Positive)]
    [InlineData("Asana is affordable for small teams.", SentimentLabel.Positive)]
    [InlineData("Asana has a generous free tier.", SentimentLabel.Positive)]
    public void Price_verdicts_count(string text, SentimentLabel expected) =>
        Assert.Equal(expected, Judge(text, "Asana").Label);

    [Fact]
    public void A_comparison_without_a_brand_object_is_an_ordinary_evaluation()
    {
        Assert.Equal(SentimentLabel.Positive, Judge("Asana is better than ever this year.", "Asana").Label);
        Assert.Equal(SentimentLabel.Neutral, Judge("Asana suits teams of over 50 people.", "Asana").Label);
    }

    [Fact]
    public void A_list_item_description_belongs_to_its_brand_and_stops_at_the_next_item()
    {
        const string text = """
            The best project tools:

            1. **Asana** – Reliable and intuitive. Great for cross-team work.
            2. **Trello**: clunky once boards grow; reporting is limited.
            - Jira — the industry standard for software teams
            """;

        Assert.Equal(SentimentLabel.Positive, Judge(text, "Asana").Label);
        Assert.Equal(SentimentLabel.Negative, Judge(text, "Trello").Label);
        Assert.Equal(SentimentLabel.Positive, Judge(text, "Jira").Label);
    }

    [Fact]
    public void A_table_row_belongs_to_the_brand_in_its_first_cell()
    {
        const string text = """
            | Tool | Verdict |
            |---|---|
            | Asana | Reliable, intuitive |
            | Trello | Clunky at scale |
            """;

        Assert.Equal(SentimentLabel.Positive, Judge(text, "Asana").Label);
        Assert.Equal(SentimentLabel.Negative, Judge(text, "Trello").Label);
    }

    [Fact]
    public void Following_sentences_continue_the_topic_until_another_brand_is_named()
    {
        Assert.Equal(SentimentLabel.Negative, Judge("Asana launched in 2008. It is expensive for small teams.", "Asana").Label);
        Assert.Equal(SentimentLabel.Negative, Judge("Asana launched in 2008.\nIt is expensive for small teams.", "Asana").Label);
        Assert.Equal(SentimentLabel.Neutral, Judge("Asana launched in 2008. Trello is expensive for small teams.", "Asana").Label);
        Assert.Equal(SentimentLabel.Neutral, Judge("Asana launched in 2008. Trello came later. It is expensive.", "Asana").Label);
    }

    [Fact]
    public void Each_mention_of_a_brand_is_judged_on_its_own_sentence()
    {
        const string text = "Asana is reliable for launches. For budgets, though, Asana is expensive.";

        Assert.Equal(SentimentLabel.Positive, Judge(text, "Asana", occurrence: 0).Label);
        Assert.Equal(SentimentLabel.Negative, Judge(text, "Asana", occurrence: 1).Label);
    }

    [Fact]
    public void Hedges_soften_the_evaluation_and_the_confidence()
    {
        var plain = Judge("Asana is expensive for small teams.", "Asana");
        var hedged = Judge("Asana might be expensive for small teams.", "Asana");

        Assert.Equal(SentimentLabel.Negative, hedged.Label);
        Assert.True(hedged.Score > plain.Score);
        Assert.True(hedged.Confidence < plain.Confidence);
    }

    [Fact]
    public void Confidence_grows_with_evidence()
    {
        var one = Judge("Asana is reliable.", "Asana");
        var three = Judge("Asana is reliable, intuitive and affordable.", "Asana");

        Assert.True(three.Confidence > one.Confidence);
        Assert.True(three.Score > one.Score);
        Assert.InRange(three.Confidence, 0, 0.95);
    }

    [Fact]
    public void Words_inside_a_brand_name_are_not_evaluations()
    {
        const string text = "Better Stack is an uptime monitoring service.";
        var target = new SentimentTarget(text, "Better Stack", [new BrandSpan(0, "Better Stack".Length, "Better Stack")]);

        Assert.Equal(SentimentLabel.Neutral, provider.Analyze(target).Label);
    }

    [Fact]
    public void A_batch_shares_siblings_as_other_mentions_and_matches_single_calls()
    {
        const string text = "Asana is great but Trello is clunky, and Jira is expensive compared to Asana.";
        var spans = TrackedBrands.Find(text);
        var targets = SentimentTarget.ForAnswer(text, spans);
        var withoutOthers = targets.Select(target => new SentimentTarget(text, target.Brand, target.Mentions)).ToArray();

        var batch = provider.AnalyzeMany(targets);
        var batchWithoutOthers = provider.AnalyzeMany(withoutOthers);
        var single = targets.Select(provider.Analyze).ToArray();

        Assert.Equal(single, batch);
        Assert.Equal(single, batchWithoutOthers);
        Assert.Equal(["Asana", "Trello", "Jira"], targets.Select(target => target.Brand));
        Assert.Equal([SentimentLabel.Positive, SentimentLabel.Negative], batch.Take(2).Select(result => result.Label));
        Assert.Equal(
            [SentimentLabel.Positive, SentimentLabel.Negative, SentimentLabel.Negative],
            new LexiconSentimentProvider(model: null).AnalyzeMany(targets).Select(result => result.Label));
    }

    [Fact]
    public void Concurrent_use_gives_the_same_results()
    {
        var corpus = LabelledSentimentCorpus.Mentions.Select(item => TrackedBrands.Target(item.Text, item.Brand)).ToArray();
        var expected = corpus.Select(provider.Analyze).ToArray();

        var parallel = new SentimentResult[corpus.Length];
        Parallel.For(0, corpus.Length * 4, i => parallel[i % corpus.Length] = provider.Analyze(corpus[i % corpus.Length]));

        Assert.Equal(expected, parallel);
    }

    [Fact]
    public void A_span_that_covers_no_word_is_rejected()
    {
        const string text = "Asana — reliable.";
        var target = new SentimentTarget(text, "Asana", [new BrandSpan(text.IndexOf('—', StringComparison.Ordinal), 1, "Asana")]);

        Assert.Throws<ArgumentException>(() => provider.Analyze(target));
    }

    [Fact]
    public void The_lexicon_has_a_few_hundred_entries()
    {
        Assert.InRange(provider.LexiconSize, 300, 2000);
    }
}
