namespace Aeo.Analysis.Tests.Citations;

public sealed class CitationAnalysisTests
{
    private static readonly TrackedDomainOwner HubSpot = new("HubSpot", ["hubspot.com"]);
    private static readonly TrackedDomainOwner Salesforce = new("Salesforce", ["https://www.salesforce.com/"]);
    private static readonly TrackedDomainOwner Pipedrive = new("Pipedrive", ["pipedrive.com"]);

    [Fact]
    public void Brands_are_cited_retrieved_only_or_absent_with_counts()
    {
        Citation[] citations =
        [
            new("https://blog.hubspot.com/sales/crm", "CRM guide", CitationKind.Cited, 1),
            new("https://www.hubspot.com/pricing", null, CitationKind.Cited, 2),
            new("https://www.g2.com/categories/crm", "G2", CitationKind.Cited, 3),
            new("https://www.salesforce.com/crm/", null, CitationKind.Retrieved, 1),
            new("https://nothubspot.com/", null, CitationKind.Retrieved, 2),
        ];

        var result = CitationAnalysis.For(citations, [HubSpot, Salesforce, Pipedrive]);

        Assert.Equal(
            [
                new BrandCitation("HubSpot", BrandCitationStatus.Cited, 2, 0),
                new BrandCitation("Salesforce", BrandCitationStatus.RetrievedOnly, 0, 1),
                new BrandCitation("Pipedrive", BrandCitationStatus.Absent, 0, 0),
            ],
            result.Brands);
        Assert.Equal(5, result.Citations.Count);
        Assert.Equal(0, result.Rejected);
    }

    [Fact]
    public void Duplicates_merge_and_cited_wins_over_retrieved()
    {
        Citation[] citations =
        [
            new("https://www.salesforce.com/crm/", null, CitationKind.Retrieved, 1),
            new("https://salesforce.com/crm?utm_source=perplexity", "Salesforce CRM", CitationKind.Cited, 3),
            new("https://SALESFORCE.com/crm#top", null, CitationKind.Cited, 2),
            new("not a url", null, CitationKind.Cited, 4),
            new("mailto:x@salesforce.com", null, CitationKind.Cited, 5),
        ];

        var result = CitationAnalysis.For(citations, [Salesforce]);

        var merged = Assert.Single(result.Citations);
        Assert.Equal(
            new NormalizedCitation("https://salesforce.com/crm", "Salesforce CRM", CitationKind.Cited, 2, "salesforce.com", "salesforce.com"),
            merged);
        Assert.Equal(new BrandCitation("Salesforce", BrandCitationStatus.Cited, 1, 0), Assert.Single(result.Brands));
        Assert.Equal(2, result.Rejected);
    }

    [Fact]
    public void Cited_citations_come_first_each_kind_in_engine_order()
    {
        Citation[] citations =
        [
            new("https://c.com/", null, CitationKind.Retrieved, 1),
            new("https://b.com/", null, CitationKind.Cited, 2),
            new("https://a.com/", null, CitationKind.Cited, 1),
        ];

        var result = CitationAnalysis.For(citations, []);

        Assert.Equal(["https://a.com", "https://b.com", "https://c.com"], result.Citations.Select(c => c.Url));
    }

    [Fact]
    public void A_subdomain_brand_domain_does_not_own_its_parent()
    {
        var blogOnly = new TrackedDomainOwner("HubSpot Blog", ["blog.hubspot.com"]);

        var result = CitationAnalysis.For([new("https://hubspot.com/pricing", null, CitationKind.Cited, 1)], [blogOnly]);

        Assert.Equal(BrandCitationStatus.Absent, Assert.Single(result.Brands).Status);
    }

    [Fact]
    public void An_unusable_brand_domain_is_an_error()
    {
        var broken = new TrackedDomainOwner("Broken", ["not a domain"]);

        Assert.Throws<ArgumentException>(() => CitationAnalysis.For([], [broken]));
    }

    [Fact]
    public void Citation_share_is_cited_citations_of_a_domain_over_all_cited_citations()
    {
        var first = CitationAnalysis.For(
            [
                new("https://blog.hubspot.com/a", null, CitationKind.Cited, 1),
                new("https://www.hubspot.com/b", null, CitationKind.Cited, 2),
                new("https://g2.com/c", null, CitationKind.Cited, 3),
                new("https://salesforce.com/d", null, CitationKind.Retrieved, 1),
            ],
            []);
        var second = CitationAnalysis.For(
            [
                new("https://g2.com/c", null, CitationKind.Cited, 1),
                new("https://hubspot.co.uk/e", null, CitationKind.Cited, 2),
            ],
            []);

        var table = CitationShare.ByDomain([first, second]);

        // Cited: hubspot.com 2 (blog + www), g2.com 2 (once per answer), hubspot.co.uk 1; total 5.
        // The retrieved salesforce.com page counts in neither numerator nor denominator.
        Assert.Equal(5, table.TotalCited);
        Assert.Equal(
            [
                new DomainCitationShare("g2.com", 2, 0.4),
                new DomainCitationShare("hubspot.com", 2, 0.4),
                new DomainCitationShare("hubspot.co.uk", 1, 0.2),
            ],
            table.Domains);
    }

    [Fact]
    public void Citation_share_of_nothing_is_an_empty_table()
    {
        var table = CitationShare.ByDomain([]);

        Assert.Equal(0, table.TotalCited);
        Assert.Empty(table.Domains);
    }
}
