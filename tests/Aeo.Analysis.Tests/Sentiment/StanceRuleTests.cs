namespace Aeo.Analysis.Tests.Sentiment;

/// <summary>
/// The rules by which the lexicon turns what it reads at each mention into the answer's stance towards the brand:
/// one test per scoping rule (verdict, avoid and recommend sections, the brand's list item with its sub-bullets,
/// table rows, disclaimers, echoes, brands the engine knows nothing about) and for the mixed flag.
/// </summary>
public sealed class StanceRuleTests
{
    private readonly LexiconSentimentProvider provider = new();
    private readonly LexiconSentimentProvider rules = new(model: null);

    private SentimentResult Stance(string markdown, string brand, string? question = null) =>
        provider.Analyze(TrackedBrands.Target(markdown, brand) with { Question = question });

    [Fact]
    public void The_verdict_outweighs_criticism_in_the_body()
    {
        const string text = """
            1. **Asana**
               - Pros: timelines.
               - Cons: pricey and a bit clunky for small teams.
            2. **Trello**
               - Pros: simple boards.

            **Bottom line:** start with Asana.
            """;
        const string noVerdict = """
            1. **Asana**
               - Pros: timelines.
               - Cons: pricey and a bit clunky for small teams.
            2. **Trello**
               - Pros: simple boards.
            """;

        Assert.Equal(SentimentLabel.Positive, Stance(text, "Asana").Label);
        Assert.NotEqual(SentimentLabel.Positive, Stance(noVerdict, "Asana").Label);
    }

    [Theory]
    [InlineData("## Verdict\n\nAsana is the best fit for campaigns; Trello if you just need boards.")]
    [InlineData("**My take:** Asana for campaigns; Trello for simple boards.")]
    [InlineData("### Conclusion\nFor most agencies, start with Asana. Trello is fine for simple boards.")]
    public void A_brand_picked_in_the_verdict_is_positive(string text)
    {
        Assert.Equal(SentimentLabel.Positive, Stance(text, "Asana").Label);
    }

    [Fact]
    public void A_brand_named_in_the_verdict_without_being_picked_is_not_positive()
    {
        const string text = "**Bottom line:** the most plausible reason to stay in Asana is its reporting; otherwise pick Trello.";

        Assert.Equal(SentimentLabel.Neutral, Stance(text, "Asana").Label);
        Assert.Equal(SentimentLabel.Positive, Stance(text, "Trello").Label);
    }

    [Fact]
    public void Rejecting_in_the_verdict_is_negative()
    {
        const string text = "**Verdict:** go with Trello. I'd skip Asana unless you already pay for it.";

        Assert.Equal(SentimentLabel.Negative, Stance(text, "Asana").Label);
    }

    [Fact]
    public void A_brand_named_in_passing_in_another_brands_sub_bullet_takes_none_of_its_criticism()
    {
        const string text = """
            1. **Zoom**
               - Pros: reliable on poor connections.
               - Cons: an extra subscription, and paying for both is hard to justify if Google Meet covers your needs.
            2. **Whereby**
               - Pros: simple links.
            """;
        const string leading = """
            1. **Zoom**
               - Pros: reliable on poor connections.
               - Cons: Google Meet is clunky by comparison and hard to justify.
            """;
        const string compared = """
            1. **Zoom**
               - Cons: webinars are weaker than Google Meet's.
            """;

        Assert.True(rules.Features(TrackedBrands.Target(text, "Google Meet")).OnlyAside);
        Assert.Equal(SentimentLabel.Neutral, Stance(text, "Google Meet").Label);
        Assert.False(rules.Features(TrackedBrands.Target(leading, "Google Meet")).OnlyAside);
        Assert.False(rules.Features(TrackedBrands.Target(compared, "Google Meet")).OnlyAside);
    }

    [Fact]
    public void Items_of_an_avoid_section_are_negative_despite_a_concession()
    {
        const string text = """
            ### Good fits
            - **Trello** — simple boards.

            ### Avoid if you bill by the hour
            - **Asana** — polished, but there is no time tracking.
            - **Jira** — designed for software teams.
            """;

        Assert.Equal(SentimentLabel.Negative, Stance(text, "Asana").Label);
        Assert.Equal(SentimentLabel.Negative, Stance(text, "Jira").Label);
        Assert.Equal(SentimentLabel.Positive, Stance(text, "Trello").Label);
    }

    [Fact]
    public void A_heading_naming_what_to_avoid_makes_its_brand_negative()
    {
        const string text = "## Not ideal for construction: Asana\nAsana lacks job costing, so you would rely on add-ons.";

        Assert.Equal(SentimentLabel.Negative, Stance(text, "Asana").Label);
    }

    [Fact]
    public void The_brand_owns_its_list_item_and_sub_bullets_not_the_next_item()
    {
        const string text = """
            1. **Asana**
               - reliable and intuitive
               - excellent support
            2. **Trello**
               - clunky and slow
            """;

        Assert.Equal(SentimentLabel.Positive, Stance(text, "Asana").Label);
        Assert.Equal(SentimentLabel.Negative, Stance(text, "Trello").Label);
    }

    [Fact]
    public void Table_rows_of_facts_are_neutral_and_weigh_little()
    {
        const string text = """
            | Tool | Free plan | Price |
            |---|---|---|
            | Asana | Up to 10 users | $10.99/user/month |
            | Trello | Unlimited cards | $5/user/month |
            """;
        const string praisedInProse = text + "\nTrello is excellent for simple boards.";

        Assert.Equal(SentimentLabel.Neutral, Stance(text, "Asana").Label);
        Assert.Equal(SentimentLabel.Neutral, Stance(text, "Trello").Label);
        Assert.Equal(SentimentLabel.Positive, Stance(praisedInProse, "Trello").Label);
    }

    [Fact]
    public void A_brand_named_only_in_a_disclaimer_is_neutral()
    {
        const string text = "**Verdict:** pick Trello.\n\n*This comparison doesn't cover Asana; its excellent reporting may matter to you.*";

        var asana = Stance(text, "Asana");

        Assert.Equal(SentimentLabel.Neutral, asana.Label);
        Assert.False(asana.Mixed);
    }

    [Fact]
    public void A_brand_named_only_to_restate_the_question_is_neutral()
    {
        const string text = "Since you're moving off Asana because it felt clunky, here is what I would use instead.\n\nTrello is simple and reliable.";

        Assert.Equal(SentimentLabel.Neutral, Stance(text, "Asana", question: "We use Asana but it feels clunky. What should we switch to?").Label);
        // The echo rule must not touch the brand the answer recommends. The rules read Trello as positive; the stance
        // model trained on five sets reads this two-line answer's "simple and reliable" as a description (neutral).
        Assert.Equal(SentimentLabel.Positive, rules.Analyze(TrackedBrands.Target(text, "Trello") with { Question = "We use Asana but it feels clunky. What should we switch to?" }).Label);
        Assert.NotEqual(SentimentLabel.Negative, Stance(text, "Trello", question: "We use Asana but it feels clunky. What should we switch to?").Label);
    }

    [Theory]
    [InlineData("I couldn't find reliable information about Asana, so I can't say whether it is any good. Trello is excellent.")]
    [InlineData("I'm not familiar with Asana. Treat Asana as unverified until you have seen reviews; it may be excellent.")]
    public void A_brand_the_engine_knows_nothing_about_is_neutral_and_sure(string text)
    {
        var asana = Stance(text, "Asana");

        Assert.Equal(SentimentLabel.Neutral, asana.Label);
        Assert.False(asana.Mixed);
        Assert.True(asana.Confidence >= 0.7);
    }

    [Fact]
    public void Criticised_in_an_aside_then_recommended_is_positive()
    {
        const string text = "Asana is not the cheapest, but for agencies it pays for itself. It is my top pick.";

        Assert.Equal(SentimentLabel.Positive, Stance(text, "Asana").Label);
    }

    [Fact]
    public void Praised_in_a_concession_then_not_recommended_is_negative()
    {
        const string text = "Asana is powerful, but its pricing is steep and it is not the best choice for a two-person team.";

        Assert.Equal(SentimentLabel.Negative, Stance(text, "Asana").Label);
    }

    [Fact]
    public void Pros_and_cons_without_a_verdict_are_neutral_and_mixed()
    {
        const string text = """
            1. **Asana**
               - Pros: excellent timelines and a polished interface.
               - Cons: the interface feels cluttered and support is slow.
            """;

        var asana = Stance(text, "Asana");

        Assert.Equal(SentimentLabel.Neutral, asana.Label);
        Assert.True(asana.Mixed);
    }

    [Fact]
    public void A_recommended_brand_with_a_real_drawback_is_positive_and_mixed()
    {
        const string text = """
            1. **Asana** — excellent timelines and reliable automations; reporting is clunky and support is slow.

            **Bottom line:** start with Asana.
            """;

        var asana = Stance(text, "Asana");

        Assert.Equal(SentimentLabel.Positive, asana.Label);
        Assert.True(asana.Mixed);
    }

    [Fact]
    public void One_sided_praise_is_not_mixed()
    {
        var asana = Stance("Asana is reliable, intuitive and excellent value.", "Asana");

        Assert.Equal(SentimentLabel.Positive, asana.Label);
        Assert.False(asana.Mixed);
    }

    [Fact]
    public void A_mention_inside_a_region_already_read_is_not_counted_twice()
    {
        var once = TrackedBrands.Target("- **Asana** — reliable.", "Asana");
        var twice = TrackedBrands.Target("- **Asana** — Asana is reliable.", "Asana");

        Assert.Equal(rules.Features(once), rules.Features(twice));
        Assert.Equal(rules.Analyze(once).Score, rules.Analyze(twice).Score, 10);
    }

    [Fact]
    public void The_score_stays_on_the_side_of_its_label_and_confidence_is_low_without_evidence()
    {
        var neutral = Stance("Asana is a work management tool.", "Asana");
        var positive = Stance("Asana is excellent.", "Asana");
        var rulesNeutral = rules.Analyze(TrackedBrands.Target("Asana is a work management tool.", "Asana"));
        var rulesPositive = rules.Analyze(TrackedBrands.Target("Asana is excellent.", "Asana"));

        Assert.Equal(SentimentLabel.Neutral, neutral.Label);
        Assert.InRange(neutral.Score, -SentimentResult.NeutralBand, SentimentResult.NeutralBand);
        Assert.Equal(SentimentLabel.Positive, positive.Label);
        Assert.True(positive.Score >= SentimentResult.NeutralBand);
        // The rules' confidence is their margin from a label boundary, so no evidence is low confidence; the model's is
        // the chosen label's probability, and a plain description is confidently neutral.
        Assert.InRange(rulesNeutral.Score, -SentimentResult.NeutralBand, SentimentResult.NeutralBand);
        Assert.True(rulesNeutral.Confidence < 0.7, $"{rulesNeutral.Confidence}");
        Assert.True(rulesPositive.Confidence > rulesNeutral.Confidence);
    }
}
