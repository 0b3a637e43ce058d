namespace Aeo.Analysis.Tests.Figures;

public sealed class CitedDomainTests
{
    [Fact]
    public void Analyzed_citations_become_sources_that_subdomain_brands_still_own()
    {
        var analyzed = CitationAnalysis.For(
            [
                new Citation("https://blog.hubspot.com/crm", null, CitationKind.Cited, 1),
                new Citation("https://www.hubspot.com/pricing", null, CitationKind.Retrieved, 1),
            ],
            []);
        TrackedBrand[] brands = [new("HubSpot", ["hubspot.com"], true), new("HubSpot Blog", ["blog.hubspot.com"], false)];
        var answer = new AnswerObservation("q1", "pricing", false, "openai", 1, [], CitedDomain.From(analyzed));

        var figures = RunFiguresCalculator.Calculate([answer], brands).Overall;

        Assert.Equal([new CitedDomain("blog.hubspot.com", CitationKind.Cited, "/crm"), new CitedDomain("hubspot.com", CitationKind.Retrieved, "/pricing")], answer.Citations);
        Assert.Equal(1, figures.Brands["HubSpot"].CitationRate.Value);
        Assert.Equal(0, figures.Brands["HubSpot"].RetrievedNotCitedRate.Value); // its retrieved page does not count: it is also cited
        Assert.Equal(1, figures.Brands["HubSpot Blog"].CitationShare.Value);    // 1 of 1 cited source
    }
}
