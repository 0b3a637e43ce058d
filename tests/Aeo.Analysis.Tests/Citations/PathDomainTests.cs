namespace Aeo.Analysis.Tests.Citations;

/// <summary>A product whose web presence is a path on its maker's site: "zoho.com/books" is not "zoho.com/crm".</summary>
public sealed class PathDomainTests
{
    private static readonly TrackedDomainOwner ZohoBooks = new("Zoho Books", ["zoho.com/books"]);
    private static readonly TrackedDomainOwner ZohoCrm = new("Zoho CRM", ["https://www.zoho.com/crm/"]);
    private static readonly TrackedDomainOwner Xero = new("Xero", ["xero.com"]);

    [Theory]
    [InlineData("zoho.com/books", "zoho.com", "/books")]
    [InlineData("www.Zoho.com/Books/", "zoho.com", "/Books")]
    [InlineData("https://zoho.com/books/", "zoho.com", "/books")]
    [InlineData("jetbrains.com/youtrack", "jetbrains.com", "/youtrack")]
    [InlineData("hubspot.com", "hubspot.com", "")]
    [InlineData("eu.zoho.com/books/invoicing", "eu.zoho.com", "/books/invoicing")]
    public void Entries_read_as_a_host_and_an_optional_path(string entry, string host, string path)
    {
        Assert.True(BrandDomain.TryParse(entry, out var domain));
        Assert.Equal(new BrandDomain(host, path), domain);
    }

    [Theory]
    [InlineData("zoho.com/books?tab=1")]
    [InlineData("zoho.com/books#top")]
    [InlineData("localhost/books")]
    [InlineData("")]
    [InlineData(null)]
    public void Queries_fragments_and_unusable_hosts_are_refused(string? entry)
    {
        Assert.False(BrandDomain.TryParse(entry, out _));
    }

    [Theory]
    [InlineData("zoho.com", "/books", true)]
    [InlineData("zoho.com", "/Books/pricing", true)]
    [InlineData("eu.zoho.com", "/books/features", true)]
    [InlineData("zoho.com", "/bookshelf", false)]
    [InlineData("zoho.com", "/crm/books", false)]
    [InlineData("zoho.com", "/crm", false)]
    [InlineData("zoho.com", "", false)]
    [InlineData("notzoho.com", "/books", false)]
    public void A_path_entry_owns_its_host_and_subdomains_under_its_path_only(string domain, string path, bool owns)
    {
        Assert.Equal(owns, new BrandDomain("zoho.com", "/books").Owns(domain, path));
    }

    [Theory]
    [InlineData("https://zoho.com/books?x=1", "/books")]
    [InlineData("https://zoho.com", "")]
    [InlineData("https://zoho.com?x=1", "")]
    [InlineData("http://zoho.com:8080/a/b", "/a/b")]
    public void The_path_of_a_canonical_url(string url, string path)
    {
        Assert.Equal(path, NormalizedUrl.PathOf(url));
    }

    [Fact]
    public void Citation_status_follows_the_path()
    {
        Citation[] citations =
        [
            new("https://www.zoho.com/books/pricing/", "Zoho Books pricing", CitationKind.Cited, 1),
            new("https://www.zoho.com/crm/", "Zoho CRM", CitationKind.Retrieved, 1),
            new("https://www.zoho.com/bookshelf", "Not Zoho Books", CitationKind.Cited, 2),
        ];

        var result = CitationAnalysis.For(citations, [ZohoBooks, ZohoCrm, Xero]);

        Assert.Equal(
            [
                new BrandCitation("Zoho Books", BrandCitationStatus.Cited, 1, 0),
                new BrandCitation("Zoho CRM", BrandCitationStatus.RetrievedOnly, 0, 1),
                new BrandCitation("Xero", BrandCitationStatus.Absent, 0, 0),
            ],
            result.Brands);
    }

    [Fact]
    public void A_crm_page_is_not_a_books_citation()
    {
        var result = CitationAnalysis.For([new Citation("https://zoho.com/crm/books-integration", null, CitationKind.Cited, 1)], [ZohoBooks]);

        Assert.Equal(BrandCitationStatus.Absent, Assert.Single(result.Brands).Status);
    }

    [Fact]
    public void Sources_under_a_path_entry_count_apart_from_the_makers_other_pages()
    {
        var answer = CitationAnalysis.For(
            [
                new Citation("https://www.zoho.com/books/", null, CitationKind.Cited, 1),
                new Citation("https://zoho.com/books/features", null, CitationKind.Cited, 2),
                new Citation("https://zoho.com/crm", null, CitationKind.Cited, 3),
                new Citation("https://zoho.com/mail", null, CitationKind.Cited, 4),
                new Citation("https://www.xero.com/pricing", null, CitationKind.Cited, 5),
                new Citation("https://zoho.com/books/retrieved", null, CitationKind.Retrieved, 1),
            ],
            []);

        var table = CitationShare.ByDomain([answer], [ZohoBooks, ZohoCrm, Xero]);

        Assert.Equal(5, table.TotalCited);
        Assert.Equal(
            [
                new DomainCitationShare("zoho.com/books", 2, 0.4, "Zoho Books"),
                new DomainCitationShare("xero.com", 1, 0.2, "Xero"),
                new DomainCitationShare("zoho.com", 1, 0.2, null),
                new DomainCitationShare("zoho.com/crm", 1, 0.2, "Zoho CRM"),
            ],
            table.Domains);
    }

    [Fact]
    public void The_most_specific_path_entry_takes_the_source()
    {
        var answer = CitationAnalysis.For([new Citation("https://zoho.com/books/invoicing/x", null, CitationKind.Cited, 1)], []);
        TrackedDomainOwner invoicing = new("Zoho Invoice", ["zoho.com/books/invoicing"]);

        var table = CitationShare.ByDomain([answer], [ZohoBooks, invoicing]);

        Assert.Equal(new DomainCitationShare("zoho.com/books/invoicing", 1, 1, "Zoho Invoice"), Assert.Single(table.Domains));
    }

    [Fact]
    public void Brand_figures_count_only_the_sources_under_the_path()
    {
        var books = CitationAnalysis.For([new Citation("https://zoho.com/books/pricing", null, CitationKind.Cited, 1)], []);
        var crm = CitationAnalysis.For([new Citation("https://zoho.com/crm/pricing", null, CitationKind.Cited, 1)], []);
        AnswerObservation[] answers =
        [
            new("q1", "pricing", false, "openai", 1, [], CitedDomain.From(books)),
            new("q2", "pricing", false, "openai", 1, [], CitedDomain.From(crm)),
        ];
        TrackedBrand[] brands = [new("Zoho Books", ["zoho.com/books"], true), new("Zoho CRM", ["zoho.com/crm"], false), new("Zoho", ["zoho.com"], false)];

        var overall = RunFiguresCalculator.Calculate(answers, brands).Overall;

        Assert.Equal(0.5, overall.Brands["Zoho Books"].CitationRate.Value);
        Assert.Equal(0.5, overall.Brands["Zoho Books"].CitationShare.Value);
        Assert.Equal(0.5, overall.Brands["Zoho CRM"].CitationRate.Value);
        Assert.Equal(1, overall.Brands["Zoho"].CitationRate.Value); // the maker's host owns every page on it
    }
}
