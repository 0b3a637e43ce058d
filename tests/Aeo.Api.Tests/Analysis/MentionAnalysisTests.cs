namespace Aeo.Api.Tests.Analysis;

[Collection(ApiCollection.Name)]
public sealed class MentionAnalysisTests(ApiServer server)
{
    private const string Answer =
        """
        Here are the best CRMs for a 10-person agency:

        1. **HubSpot** – the easiest to use, with a generous free tier. Highly recommended.
        2. **Pipedrive** – great for tracking a sales pipeline.
        3. **Salesforce** – powerful, but expensive and clunky for a small team.

        Sources: [HubSpot pricing](https://www.hubspot.com/pricing?utm_source=chatgpt) and [G2](https://www.g2.com/categories/crm).
        """;

    private static readonly object[] Brands =
    [
        new { name = "HubSpot", aliases = Array.Empty<string>(), domains = new[] { "hubspot.com" } },
        new { name = "Salesforce", aliases = Array.Empty<string>(), domains = new[] { "salesforce.com" } },
        new { name = "Pipedrive", aliases = Array.Empty<string>(), domains = new[] { "pipedrive.com" } },
        new { name = "Zoho CRM", aliases = new[] { "Zoho" }, domains = new[] { "zoho.com" } },
    ];

    [Fact]
    public async Task A_pasted_answer_gets_ranks_list_positions_offsets_sentiment_and_sources()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Mention Probe");
        using var http = server.Client(key);

        var response = await http.PostJsonAsync("/api/v1/analysis/mentions", new { text = Answer, brands = Brands });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadAsync();

        var mentions = body["mentions"]!.AsArray();
        Assert.Equal(["HubSpot", "Pipedrive", "Salesforce"], mentions.Select(m => m!["brand"]!.GetValue<string>()));
        Assert.Equal([1, 2, 3], mentions.Select(m => m!["rank"]!.GetValue<int>()));
        Assert.Equal([1, 2, 3], mentions.Select(m => m!["listPosition"]!.GetValue<int>()));
        foreach (var mention in mentions)
        {
            var brand = mention!["brand"]!.GetValue<string>();
            var positions = mention["positions"]!.AsArray();
            Assert.Equal(mention["count"]!.GetValue<int>(), positions.Count);
            Assert.All(positions, p =>
            {
                var start = p!["start"]!.GetValue<int>();
                var length = p["length"]!.GetValue<int>();
                Assert.Equal(brand, Answer.Substring(start, length));
                Assert.Equal(brand, p["text"]!.GetValue<string>());
                Assert.Equal("name", p["term"]!.GetValue<string>());
            });
            Assert.Equal(positions[0]!["start"]!.GetValue<int>(), mention["firstOffset"]!.GetValue<int>());
            Assert.Equal(1.0, mention["confidence"]!.GetValue<double>());
            Assert.Contains(mention["contexts"]!.AsArray(), c => c!.GetValue<string>().Contains(brand, StringComparison.Ordinal));
            // One of three labels, and the mixed flag beside it.
            Assert.Contains(mention["sentiment"]!["label"]!.GetValue<string>(), new[] { "positive", "neutral", "negative" });
            Assert.Contains(mention["sentiment"]!["mixed"]!.GetValueKind(), new[] { System.Text.Json.JsonValueKind.True, System.Text.Json.JsonValueKind.False });
        }

        var hubSpot = mentions[0]!;
        Assert.Equal(2, hubSpot["count"]!.GetValue<int>()); // the list item and the link text; the link's URL is a source, not a mention
        Assert.Equal("positive", hubSpot["sentiment"]!["label"]!.GetValue<string>());
        Assert.True(mentions[2]!["sentiment"]!["score"]!.GetValue<double>() < 0, mentions[2]!.ToJsonString());
        Assert.Equal("lexicon", body["sentimentProvider"]!.GetValue<string>());

        // No sources were reported, so the answer's own links are its cited sources, normalised.
        var citations = body["citations"]!.AsArray();
        Assert.Equal(["https://hubspot.com/pricing", "https://g2.com/categories/crm"], citations.Select(c => c!["url"]!.GetValue<string>()));
        Assert.All(citations, c => Assert.Equal("cited", c!["kind"]!.GetValue<string>()));
        Assert.Equal("cited", BrandCitation(body, "HubSpot"));
        Assert.Equal("absent", BrandCitation(body, "Salesforce"));
    }

    [Fact]
    public async Task Reported_sources_replace_the_links_in_the_text_and_keep_cited_apart_from_retrieved()
    {
        using var http = server.Client(ApiServer.OperatorKey);
        var response = await http.PostJsonAsync("/api/v1/analysis/mentions", new
        {
            text = Answer,
            brands = Brands,
            sources = new object[]
            {
                new { url = "https://blog.salesforce.com/small-business-crm", title = "Salesforce blog", cited = false },
                new { url = "https://www.pipedrive.com/en/pricing#plans", cited = true },
            },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadAsync();

        var citations = body["citations"]!.AsArray().OrderBy(c => c!["position"]!.GetValue<int>()).ToList();
        Assert.Equal(["retrieved", "cited"], citations.Select(c => c!["kind"]!.GetValue<string>()));
        Assert.Equal(["blog.salesforce.com", "pipedrive.com"], citations.Select(c => c!["domain"]!.GetValue<string>()));
        Assert.Equal("salesforce.com", citations[0]!["registrableDomain"]!.GetValue<string>());
        Assert.Equal("https://pipedrive.com/en/pricing", citations[1]!["url"]!.GetValue<string>());
        Assert.Equal("retrieved_only", BrandCitation(body, "Salesforce"));
        Assert.Equal("cited", BrandCitation(body, "Pipedrive"));
        Assert.Equal("absent", BrandCitation(body, "HubSpot"));
        Assert.Equal("absent", BrandCitation(body, "Zoho CRM"));
    }

    [Fact]
    public async Task Common_words_and_brands_inside_words_are_not_mentions()
    {
        using var http = server.Client(ApiServer.OperatorKey);
        var response = await http.PostJsonAsync("/api/v1/analysis/mentions", new
        {
            text = "On Monday we had the notion that a tile-based layout would help; zoom in on the chart to see it.",
            brands = new object[]
            {
                new { name = "Monday.com", aliases = Array.Empty<string>(), domains = new[] { "monday.com" } },
                new { name = "Notion", aliases = Array.Empty<string>(), domains = Array.Empty<string>() },
                new { name = "Zoom", aliases = Array.Empty<string>(), domains = new[] { "zoom.us" } },
                new { name = "LI", aliases = Array.Empty<string>(), domains = Array.Empty<string>() },
            },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.ReadAsync())["mentions"]!.AsArray());
    }

    [Theory]
    [InlineData("""{"brands":[{"name":"HubSpot"}]}""", "text")]
    [InlineData("""{"text":"HubSpot is fine.","brands":[]}""", "brands")]
    [InlineData("""{"text":"HubSpot is fine.","brands":[{"name":""}]}""", "brands[0].name")]
    [InlineData("""{"text":"HubSpot is fine.","brands":[{"name":"HubSpot","domains":["https://hubspot.com/x"]}]}""", "brands[0].domains[0]")]
    [InlineData("""{"text":"HubSpot is fine.","brands":[{"name":"HubSpot"},{"name":"hubspot"}]}""", "brands[1].name")]
    [InlineData("""{"text":"HubSpot is fine.","brands":[{"name":"HubSpot"}],"sources":[{"url":"ftp://hubspot.com"}]}""", "sources[0].url")]
    [InlineData("""{"text":"HubSpot is fine.","brands":[{"name":"HubSpot"}],"colour":"blue"}""", "colour")]
    public async Task Bad_input_is_a_problem_naming_the_field(string body, string field)
    {
        using var http = server.Client(ApiServer.OperatorKey);
        await ProblemAssert.ValidationProblemAsync(await http.PostRawAsync("/api/v1/analysis/mentions", body), field);
    }

    [Fact]
    public async Task Without_a_key_the_analysis_is_refused()
    {
        using var http = server.Client(apiKey: null);
        var response = await http.PostJsonAsync("/api/v1/analysis/mentions", new { text = Answer, brands = Brands });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static string BrandCitation(JsonNode body, string brand) =>
        body["brandCitations"]!.AsArray().Single(b => b!["brand"]!.GetValue<string>() == brand)!["status"]!.GetValue<string>();
}
