namespace Aeo.Analysis.Tests.Brands;

public sealed class ShortAndAmbiguousNameTests
{
    private static readonly BrandDefinition LinkedIn = new("LinkedIn", ["LI"], []);
    private static readonly BrandDefinition Hp = new("HP", [], []);
    private static readonly BrandDefinition Notion = new("Notion", [], ["notion.so"]);
    private static readonly BrandDefinition Monday = new("Monday.com", ["Monday"], []);
    private static readonly BrandDefinition Apple = new("Apple", [], []);
    private static readonly BrandDefinition Zoom = new("Zoom", [], []);
    private static readonly BrandDefinition Asana = new("Asana", [], []);

    [Theory]
    [InlineData("The tile on the lid is fine.")]
    [InlineData("Clinic hours: LIMITED.")]
    [InlineData("li, Li and lI are not the alias.")]
    public void A_short_alias_is_never_found_inside_a_word_or_in_another_case(string text)
    {
        Assert.Empty(new BrandDetector([LinkedIn]).Detect(text));
    }

    [Fact]
    public void A_short_alias_in_its_own_case_is_found()
    {
        var mention = Assert.Single(new BrandDetector([LinkedIn]).Detect("Post it on LI, then on LinkedIn."));

        Assert.Equal(2, mention.Count);
        Assert.Equal([BrandTermKind.Alias, BrandTermKind.Name], mention.Spans.Select(s => s.Kind));
    }

    [Fact]
    public void A_short_name_matches_only_in_the_case_it_was_defined_in()
    {
        var detector = new BrandDetector([Hp]);

        Assert.Empty(detector.Detect("The engine makes 300 hp and the Hp gauge agrees."));
        Assert.Equal(1, Assert.Single(detector.Detect("HP makes printers.")).Count);
    }

    [Theory]
    [InlineData("The notion of a second brain is popular.")]
    [InlineData("We meet on Monday to plan the week.")]
    [InlineData("On Monday, the team reviews the backlog.")]
    [InlineData("An apple a day keeps the doctor away.")]
    [InlineData("Zoom in on the chart to see the trend.")]
    [InlineData("You can zoom in on any chart.")]
    [InlineData("ZOOM IN ON THE CHART.")]
    [InlineData("Notion is a vague word here.")]
    [InlineData("Apple pie is a classic dessert.")]
    public void Common_words_without_evidence_of_brand_use_are_not_mentions(string text)
    {
        Assert.Empty(new BrandDetector([Notion, Monday, Apple, Zoom]).Detect(text));
    }

    [Theory]
    [InlineData("For notes, try Notion or Obsidian.", "Notion")] // capitalised mid-sentence
    [InlineData("Notion's database views are flexible.", "Notion")] // sentence start, possessive
    [InlineData("Notion AI drafts pages for you.", "Notion")] // sentence start, product noun
    [InlineData("Zoom pricing starts at $13 a month.", "Zoom")]
    [InlineData("Apple, Inc. makes the iPhone.", "Apple")] // legal suffix
    [InlineData("Notion.so hosts public pages.", "Notion")] // domain
    [InlineData("Notion and Asana both have free plans.", "Notion")] // another tracked brand in the sentence
    [InlineData("The Monday app has boards.", "Monday.com")] // weekday with a product noun
    [InlineData("Compare Asana, Monday and Trello.", "Monday.com")] // weekday listed with another brand
    public void Common_words_with_evidence_of_brand_use_are_mentions(string text, string brand)
    {
        var mentions = new BrandDetector([Notion, Monday, Apple, Zoom, Asana]).Detect(text);

        var mention = Assert.Single(mentions, m => m.Brand == brand);
        Assert.Equal(1, mention.Count);
    }

    [Fact]
    public void A_common_word_at_the_start_of_a_list_item_is_a_mention()
    {
        const string text = """
            Good note apps:

            1. Notion – flexible pages.
            2. Obsidian – local files.
            """;

        var mention = Assert.Single(new BrandDetector([Notion]).Detect(text));

        Assert.Equal(1, mention.ListPosition);
    }

    [Fact]
    public void A_weekday_next_to_another_brand_only_by_sentence_is_not_a_mention()
    {
        var mentions = new BrandDetector([Monday, Asana]).Detect("On Monday, Asana shipped a new timeline view.");

        Assert.Equal(["Asana"], mentions.Select(m => m.Brand));
    }

    [Fact]
    public void An_ambiguous_mention_has_the_lowest_confidence_and_a_domain_raises_it()
    {
        var detector = new BrandDetector([Notion]);

        Assert.Equal(MentionConfidence.Ambiguous, Assert.Single(detector.Detect("Teams like Notion.")).Confidence);
        Assert.Equal(MentionConfidence.Domain, Assert.Single(detector.Detect("Teams like Notion, see notion.so.")).Confidence);
    }

    [Fact]
    public void The_confidence_scale_puts_name_above_alias_above_variant_above_domain_above_ambiguous()
    {
        Assert.True(MentionConfidence.Name > MentionConfidence.Alias);
        Assert.True(MentionConfidence.Alias > MentionConfidence.NameVariant);
        Assert.True(MentionConfidence.NameVariant > MentionConfidence.Domain);
        Assert.True(MentionConfidence.Domain > MentionConfidence.Ambiguous);
    }

    [Theory]
    [InlineData("Notion", true)]
    [InlineData("SLACK", true)]
    [InlineData("monday", true)]
    [InlineData("HubSpot", false)]
    [InlineData("Basecamp", false)]
    public void The_built_in_list_knows_common_words_that_are_product_names(string word, bool common)
    {
        Assert.Equal(common, CommonWordBrandNames.IsCommonWord(word));
    }
}
