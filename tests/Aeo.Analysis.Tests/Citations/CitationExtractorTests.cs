namespace Aeo.Analysis.Tests.Citations;

public sealed class CitationExtractorTests
{
    [Fact]
    public void Markdown_links_give_url_and_title_in_order()
    {
        var citations = CitationExtractor.FromText(
            "See [HubSpot's pricing](https://www.hubspot.com/pricing) and [G2 reviews](https://www.g2.com/products/hubspot \"G2\").");

        Assert.Equal(
            [
                new Citation("https://www.hubspot.com/pricing", "HubSpot's pricing", CitationKind.Cited, 1),
                new Citation("https://www.g2.com/products/hubspot", "G2 reviews", CitationKind.Cited, 2),
            ],
            citations);
    }

    [Fact]
    public void Markdown_link_urls_keep_balanced_parentheses()
    {
        var citation = Assert.Single(CitationExtractor.FromText("[CRM](https://en.wikipedia.org/wiki/CRM_(software)) is broad."));

        Assert.Equal("https://en.wikipedia.org/wiki/CRM_(software)", citation.Url);
    }

    [Fact]
    public void Autolinks_are_found_without_their_angle_brackets()
    {
        var citation = Assert.Single(CitationExtractor.FromText("Source: <https://pipedrive.com/en/pricing>."));

        Assert.Equal(new Citation("https://pipedrive.com/en/pricing", null, CitationKind.Cited, 1), citation);
    }

    [Theory]
    [InlineData("Read https://zoho.com/crm.", "https://zoho.com/crm")]
    [InlineData("Read https://zoho.com/crm, then decide", "https://zoho.com/crm")]
    [InlineData("Read https://zoho.com/crm!", "https://zoho.com/crm")]
    [InlineData("Is it https://zoho.com/crm?", "https://zoho.com/crm")]
    [InlineData("(see https://zoho.com/crm)", "https://zoho.com/crm")]
    [InlineData("(see https://en.wikipedia.org/wiki/CRM_(software)).", "https://en.wikipedia.org/wiki/CRM_(software)")]
    [InlineData("\"https://zoho.com/crm\"", "https://zoho.com/crm")]
    [InlineData("**https://zoho.com/crm**", "https://zoho.com/crm")]
    [InlineData("[1]: https://zoho.com/crm?lang=en;", "https://zoho.com/crm?lang=en")]
    [InlineData("Sources: [https://zoho.com/crm]", "https://zoho.com/crm")]
    public void Bare_urls_lose_trailing_punctuation(string text, string expected)
    {
        var citation = Assert.Single(CitationExtractor.FromText(text));

        Assert.Equal(expected, citation.Url);
    }

    [Fact]
    public void Mixed_forms_are_in_order_of_appearance_and_deduplicated_by_normalised_url()
    {
        const string answer = """
            1. **HubSpot** – free tier ([pricing](https://www.hubspot.com/pricing?utm_source=chatgpt.com)).
            2. **Pipedrive** – see <https://www.pipedrive.com/>.
            3. Compare at https://hubspot.com/pricing and https://www.g2.com/categories/crm.

            Sources: https://pipedrive.com, ftp://files.example.com/x
            """;

        var citations = CitationExtractor.FromText(answer);

        Assert.Equal(
            ["https://www.hubspot.com/pricing?utm_source=chatgpt.com", "https://www.pipedrive.com/", "https://www.g2.com/categories/crm"],
            citations.Select(c => c.Url));
        Assert.Equal([1, 2, 3], citations.Select(c => c.Position));
        Assert.All(citations, c => Assert.Equal(CitationKind.Cited, c.Kind));
        Assert.Equal("pricing", citations[0].Title);
    }

    [Fact]
    public void Markdown_images_are_not_citations()
    {
        var citation = Assert.Single(CitationExtractor.FromText(
            "![HubSpot logo](https://cdn.example.com/hubspot.png) See [pricing](https://hubspot.com/pricing)."));

        Assert.Equal("https://hubspot.com/pricing", citation.Url);
    }

    [Fact]
    public void Text_without_urls_gives_nothing()
    {
        Assert.Empty(CitationExtractor.FromText("HubSpot and Salesforce are both popular; visit hubspot.com for details."));
        Assert.Empty(CitationExtractor.FromText(""));
    }
}
