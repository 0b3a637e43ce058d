namespace Aeo.Platforms.Tests.Simulated;

public sealed class SourceTests
{
    [Fact]
    public async Task Sources_are_deterministic_numbered_in_order_and_absolute_https_urls()
    {
        foreach (var question in TestEngines.Questions().Take(60))
        {
            var first = await TestEngines.Create().Ask(question, sample: 1);
            var again = await TestEngines.Create().Ask(question, sample: 1);
            Assert.Equal(first.Citations, again.Citations);
            Assert.Equal(Enumerable.Range(1, first.Citations.Count), first.Citations.Select(c => c.Position));
            Assert.All(first.Citations, c => Assert.True(
                Uri.TryCreate(c.Url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps, c.Url));
        }
    }

    [Fact]
    public async Task A_brand_page_is_only_cited_for_a_brand_the_answer_names()
    {
        var brandPages = 0;
        foreach (var question in TestEngines.Questions().Take(120))
        {
            var answer = await TestEngines.Create().Ask(question);
            foreach (var citation in answer.Citations)
            {
                var host = new Uri(citation.Url).Host;
                var brand = TestEngines.Brands.SingleOrDefault(b => host == "www." + Domain(b));
                if (brand is null)
                {
                    continue;
                }

                brandPages++;
                Assert.Contains(brand, citation.Title);
                Assert.True(
                    answer.Text.Contains(brand, StringComparison.OrdinalIgnoreCase) || answer.Text.Contains(Domain(brand), StringComparison.Ordinal),
                    $"{citation.Url} cited for an answer that does not name {brand}");
            }
        }

        Assert.True(brandPages > 20, $"only {brandPages} brand pages in 120 answers");
    }

    [Fact]
    public async Task A_brand_page_is_on_the_domain_the_request_gives_for_that_brand()
    {
        var engine = TestEngines.Create();
        var domains = new Dictionary<string, string> { ["Zoho CRM"] = "zoho.com", ["HubSpot"] = "hubspot.example" };
        var hosts = new List<string>();
        foreach (var question in TestEngines.Questions().Take(120))
        {
            var answer = await engine.AskAsync(new AnswerRequest(question, 0, TestEngines.Brands) { BrandDomains = domains }, CancellationToken.None);
            hosts.AddRange(answer.Citations.Select(c => new Uri(c.Url).Host));
        }

        Assert.Contains("www.zoho.com", hosts);
        Assert.Contains("www.hubspot.example", hosts);
        Assert.DoesNotContain("www.zohocrm.com", hosts);
        Assert.DoesNotContain("www.hubspot.com", hosts);
        Assert.Contains("www.salesforce.com", hosts); // no domain given: spelled from the name
    }

    [Fact]
    public async Task Some_answers_have_no_sources_and_some_sources_are_only_retrieved()
    {
        var answers = new List<EngineAnswer>();
        foreach (var question in TestEngines.Questions().Take(200))
        {
            answers.Add(await TestEngines.Create().Ask(question));
        }

        var withoutSources = answers.Count(a => a.Citations.Count == 0) / (double)answers.Count;
        var all = answers.SelectMany(a => a.Citations).ToList();
        var retrievedOnly = all.Count(c => !c.Cited) / (double)all.Count;
        Assert.InRange(withoutSources, 0.15, 0.35);
        Assert.InRange(retrievedOnly, 0.15, 0.35);
    }

    [Fact]
    public async Task The_raw_response_lists_the_same_sources()
    {
        var answer = await TestEngines.Create().Ask("What is the best CRM for a 10-person agency?", sample: 3);
        using var raw = System.Text.Json.JsonDocument.Parse(answer.RawJson);
        var urls = raw.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("url").GetString()).ToList();
        Assert.Equal(answer.Citations.Select(c => c.Url), urls);
    }

    private static string Domain(string brand) => new string(brand.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant() + ".com";
}
