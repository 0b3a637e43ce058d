namespace Aeo.Analysis.Tests.Brands;

public sealed class MarkdownListTests
{
    private static readonly BrandDefinition HubSpot = new("HubSpot", [], ["hubspot.com"]);
    private static readonly BrandDefinition Salesforce = new("Salesforce", [], ["salesforce.com"]);
    private static readonly BrandDefinition Pipedrive = new("Pipedrive", [], []);
    private static readonly BrandDefinition Zoho = new("Zoho", [], []);
    private static readonly BrandDefinition[] Crms = [HubSpot, Salesforce, Pipedrive, Zoho];

    [Fact]
    public void Numbered_list_positions_follow_the_items_not_the_first_mentions()
    {
        const string text = """
            Salesforce is the giant, but for small teams:

            1. **HubSpot** – free to start.
            2. **Pipedrive** – pipeline first; cheaper than Salesforce.
            3. **Salesforce** – powerful.
            """;

        var mentions = new BrandDetector(Crms).Detect(text);

        Assert.Equal(["Salesforce", "HubSpot", "Pipedrive"], mentions.Select(m => m.Brand));
        Assert.Equal([2, 1, 2], mentions.Select(m => m.ListPosition));
        Assert.Equal([1, 2, 3], mentions.Select(m => m.Rank));
    }

    [Theory]
    [InlineData("- HubSpot\n- Pipedrive\n- Zoho")]
    [InlineData("* HubSpot\n* Pipedrive\n* Zoho")]
    [InlineData("• HubSpot\n• Pipedrive\n• Zoho")]
    [InlineData("1) HubSpot\n2) Pipedrive\n3) Zoho")]
    [InlineData("① HubSpot\n② Pipedrive\n③ Zoho")]
    [InlineData("1. HubSpot\n\n2. Pipedrive\n\n3. Zoho")]
    [InlineData("1. HubSpot\n   - free CRM\n   - good docs\n2. Pipedrive\n3. Zoho")]
    public void Every_list_style_gives_positions(string text)
    {
        var mentions = new BrandDetector(Crms).Detect(text);

        Assert.Equal(["HubSpot", "Pipedrive", "Zoho"], mentions.Select(m => m.Brand));
        Assert.Equal([1, 2, 3], mentions.Select(m => m.ListPosition));
    }

    [Fact]
    public void Only_the_first_list_holding_a_tracked_brand_gives_positions()
    {
        const string text = """
            What to weigh:
            - price
            - support

            Picks:
            1. Pipedrive
            2. HubSpot

            Also consider:
            - Zoho
            """;

        var mentions = new BrandDetector(Crms).Detect(text);

        Assert.Equal([("Pipedrive", 1), ("HubSpot", 2), ("Zoho", null)], mentions.Select(m => (m.Brand, m.ListPosition)));
    }

    [Fact]
    public void A_brand_mentioned_only_in_prose_has_no_list_position()
    {
        var mentions = new BrandDetector(Crms).Detect("- HubSpot\n- Pipedrive\n\nZoho is cheaper than both.");

        Assert.Null(Assert.Single(mentions, m => m.Brand == "Zoho").ListPosition);
    }

    [Fact]
    public void Table_rows_are_items_and_the_header_is_not()
    {
        const string text = """
            | CRM | Free plan | Best for |
            |-----|-----------|----------|
            | Zoho | Yes | Budgets |
            | **HubSpot** | Yes | Marketing |
            | Salesforce | No | Enterprise |
            """;

        var mentions = new BrandDetector(Crms).Detect(text);

        Assert.Equal([("Zoho", 1), ("HubSpot", 2), ("Salesforce", 3)], mentions.Select(m => (m.Brand, m.ListPosition)));
        Assert.Equal("HubSpot | Yes | Marketing", Assert.Single(mentions[1].Contexts));
    }

    [Fact]
    public void A_link_text_is_a_mention_and_its_target_is_not()
    {
        const string text = "Read the [HubSpot guide](https://salesforce.com/hubspot-vs-salesforce) first.";

        var mention = Assert.Single(new BrandDetector(Crms).Detect(text));

        Assert.Equal("HubSpot", mention.Brand);
        Assert.Equal(text.IndexOf("HubSpot", StringComparison.Ordinal), mention.FirstOffset);
    }

    [Fact]
    public void A_brand_only_inside_link_targets_and_reference_definitions_is_not_mentioned()
    {
        const string text = """
            See the comparison [here](https://www.hubspot.com/compare) and ![chart](https://salesforce.com/chart.png).

            [1]: https://www.pipedrive.com/en/blog Pipedrive blog
            """;

        Assert.Empty(new BrandDetector(Crms).Detect(text));
    }

    [Theory]
    [InlineData("Try `HubSpot` first.")]
    [InlineData("## HubSpot")]
    [InlineData("> HubSpot is popular.")]
    [InlineData("Try <b>HubSpot</b> first.")]
    [InlineData("Try __HubSpot__ or ~~HubSpot~~ first.")]
    [InlineData("Try *HubSpot* first.")]
    public void Markup_around_a_name_keeps_its_exact_offset(string text)
    {
        var mention = Assert.Single(new BrandDetector(Crms).Detect(text));

        Assert.All(mention.Spans, span => Assert.Equal("HubSpot", text.Substring(span.Start, span.Length)));
        Assert.Equal(text.IndexOf("HubSpot", StringComparison.Ordinal), mention.FirstOffset);
    }

    [Fact]
    public void An_html_tag_attribute_is_not_a_mention()
    {
        Assert.Empty(new BrandDetector(Crms).Detect("<a href=\"https://hubspot.com\" title=\"HubSpot\">a CRM</a>"));
    }
}
