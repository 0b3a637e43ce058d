namespace Aeo.Analysis.Tests.Brands;

public sealed class DomainAndUrlTests
{
    private static readonly BrandDefinition HubSpot = new("HubSpot", [], ["https://www.hubspot.com/"]);

    [Theory]
    [InlineData("See hubspot.com.")]
    [InlineData("See www.hubspot.com.")]
    [InlineData("See https://hubspot.com/pricing.")]
    [InlineData("See http://www.hubspot.com?ref=ai.")]
    [InlineData("See <https://hubspot.com>.")]
    [InlineData("Sign in at app.hubspot.com today.")]
    [InlineData("Mail sales@hubspot.com today.")]
    public void The_brand_domain_counts_bare_or_in_a_url_host(string text)
    {
        var span = Assert.Single(Assert.Single(new BrandDetector([HubSpot]).Detect(text)).Spans);

        Assert.Equal("hubspot.com", text.Substring(span.Start, span.Length), ignoreCase: true);
        Assert.Equal(BrandTermKind.Domain, span.Kind);
    }

    [Theory]
    [InlineData("See nothubspot.com.")]
    [InlineData("See my-hubspot.com.")]
    [InlineData("See hubspot.com.evil.net today.")]
    [InlineData("See hubspot.community today.")]
    [InlineData("See https://example.com/hubspot-review today.")]
    [InlineData("See example.com/reviews/hubspot today.")]
    [InlineData("See https://hubspot.example.org/ today.")]
    public void Other_hosts_and_url_paths_are_not_mentions(string text)
    {
        Assert.Empty(new BrandDetector([HubSpot]).Detect(text));
    }

    [Fact]
    public void A_name_beside_a_slash_outside_a_url_still_counts()
    {
        var mentions = new BrandDetector([HubSpot, new BrandDefinition("Salesforce", [], [])]).Detect("Pick HubSpot/Salesforce.");

        Assert.Equal(["HubSpot", "Salesforce"], mentions.Select(m => m.Brand));
    }
}

public sealed class PathDomainMentionTests
{
    private static readonly BrandDefinition ZohoBooks = new("Zoho Books", [], ["zoho.com/books"]);
    private static readonly BrandDefinition ZohoCrm = new("Zoho CRM", [], ["www.zoho.com/crm/"]);
    private static readonly BrandDefinition Zoho = new("Zoho", [], ["zoho.com"]);

    [Theory]
    [InlineData("Invoices: zoho.com/books.", "zoho.com/books")]
    [InlineData("Invoices: zoho.com/books/pricing today.", "zoho.com/books")]
    [InlineData("Invoices: https://www.zoho.com/books/pricing today.", "zoho.com/books")]
    [InlineData("Invoices (see ZOHO.com/Books) today.", "zoho.com/books")]
    public void A_path_domain_counts_written_with_its_path(string text, string found)
    {
        var mention = Assert.Single(new BrandDetector([ZohoBooks, ZohoCrm]).Detect(text));
        var span = Assert.Single(mention.Spans);

        Assert.Equal("Zoho Books", mention.Brand);
        Assert.Equal(found, text.Substring(span.Start, span.Length), ignoreCase: true);
        Assert.Equal(BrandTermKind.Domain, span.Kind);
    }

    [Theory]
    [InlineData("See zoho.com/crm today.")]
    [InlineData("See zoho.com today.")]
    [InlineData("See zoho.com/bookshelf today.")]
    [InlineData("See https://zoho.com/crm/books today.")]
    [InlineData("See https://example.com/zoho.com/books today.")]
    public void Other_paths_of_the_makers_site_are_not_mentions_of_the_product(string text)
    {
        Assert.DoesNotContain(new BrandDetector([ZohoBooks]).Detect(text), m => m.Brand == "Zoho Books");
    }

    [Fact]
    public void The_crm_path_is_zoho_crm_and_the_bare_host_the_maker()
    {
        var mentions = new BrandDetector([ZohoBooks, ZohoCrm, Zoho]).Detect("Compare zoho.com/crm with zoho.com/books, both on zoho.com.");

        Assert.Equal(["Zoho CRM", "Zoho Books", "Zoho"], mentions.OrderBy(m => m.FirstOffset).Select(m => m.Brand));
        Assert.All(mentions, m => Assert.Equal(1, m.Count));
    }
}
