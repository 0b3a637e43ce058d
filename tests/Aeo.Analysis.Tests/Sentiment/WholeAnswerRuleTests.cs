namespace Aeo.Analysis.Tests.Sentiment;

/// <summary>
/// The lexicon's rules for whole answers, judged as the audit judges them: on the markup-blanked answer text.
/// </summary>
public sealed class WholeAnswerRuleTests
{
    private readonly LexiconSentimentProvider provider = new();

    private SentimentResult Judge(string markdown, string brand, int occurrence = 0) =>
        TrackedBrands.Reading(provider, MarkdownText.BlankMarkup(markdown), brand, occurrence);

    [Fact]
    public void An_item_of_a_list_introduced_as_a_ranking_is_recommended_by_being_there()
    {
        const string ranked = "The best project tools for agencies:\n\n1. **Asana** – timelines and workload views.\n2. **Trello** – kanban boards.";
        const string plain = "The project tools agencies use:\n\n1. **Asana** – timelines and workload views.\n2. **Trello** – kanban boards.";

        Assert.Equal(SentimentLabel.Positive, Judge(ranked, "Asana").Label);
        Assert.Equal(SentimentLabel.Positive, Judge(ranked, "Trello").Label);
        Assert.Equal(SentimentLabel.Neutral, Judge(plain, "Asana").Label);
    }

    [Fact]
    public void A_caveat_in_a_ranked_item_does_not_outweigh_its_praise_but_real_criticism_makes_it_mixed()
    {
        const string text = "Top picks:\n\n- **Asana** – excellent timelines; pricier than most.\n- **Trello** – simple, fast boards, but reviewers complain about its reporting.";

        Assert.Equal(SentimentLabel.Positive, Judge(text, "Asana").Label);
        Assert.True(Judge(text, "Trello").Mixed);
    }

    [Fact]
    public void The_object_of_a_comparison_gets_the_opposite_of_what_leads_to_it()
    {
        const string text = "Klaviyo's templates look dated next to Mailchimp's.";
        const string unlike = "Asana is reliable, but its reporting is less flexible than Jira's custom reports.";

        Assert.Equal(SentimentLabel.Negative, Judge(text, "Klaviyo").Label);
        Assert.Equal(SentimentLabel.Positive, Judge(text, "Mailchimp").Label);
        Assert.Equal(SentimentLabel.Positive, Judge(unlike, "Jira").Label);
    }

    [Fact]
    public void Being_the_yardstick_weighs_less_than_direct_praise()
    {
        var direct = Judge("Jira is better.", "Jira");
        var yardstick = Judge("Asana is worse than Jira.", "Jira");

        Assert.Equal(SentimentLabel.Positive, yardstick.Label);
        Assert.True(yardstick.Score < direct.Score);
    }

    [Fact]
    public void A_brand_after_a_preposition_in_another_brands_statement_gets_nothing()
    {
        const string text = "Asana is excellent for agencies: a seat costs a fraction of the equivalent on Jira / Trello, and it is fast.";

        Assert.Equal(SentimentLabel.Positive, Judge(text, "Asana").Label);
        Assert.Equal(SentimentLabel.Neutral, Judge(text, "Jira").Label);
        Assert.Equal(SentimentLabel.Neutral, Judge(text, "Trello").Label);
    }

    [Fact]
    public void A_brand_heading_owns_its_section_with_pros_and_cons_up_to_the_next_heading()
    {
        const string text = "### 1. Asana\n\nPros:\n- intuitive timelines\n- reliable\n\nCons:\n- pricey\n- clunky reporting\n\n### 2. Trello\n\nFree for small boards.";

        Assert.True(Judge(text, "Asana").Mixed);
        Assert.Equal(SentimentLabel.Neutral, Judge(text, "Trello").Label);
    }

    [Fact]
    public void The_topic_continues_within_its_paragraph_but_weighs_less_and_stops_at_a_paragraph_break()
    {
        var continued = Judge("Asana is a work management tool. The timelines are reliable.", "Asana");
        var direct = Judge("Asana is reliable.", "Asana");
        var nextParagraph = Judge("Asana is a work management tool.\n\nWhatever you pick, avoid tools nobody opens.", "Asana");

        Assert.Equal(SentimentLabel.Positive, continued.Label);
        Assert.True(continued.Score < direct.Score);
        Assert.Equal(SentimentLabel.Neutral, nextParagraph.Label);
    }

    [Theory]
    [InlineData("Asana is the one most teams are happiest with.")]
    [InlineData("If budget is tight, start with Asana.")]
    [InlineData("Asana is worth a serious look.")]
    [InlineData("For most agencies Asana is the better fit.")]
    public void Recommendation_phrases_are_praise(string text)
    {
        Assert.Equal(SentimentLabel.Positive, Judge(text, "Asana").Label);
    }
}
