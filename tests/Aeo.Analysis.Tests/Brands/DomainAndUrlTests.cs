using Aeo.Analysis.Brands;

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
