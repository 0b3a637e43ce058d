namespace Aeo.Api.Tests.Analysis;

/// <summary>Products on their maker's site: a brand whose domain is <c>zoho.com/books</c> is not <c>zoho.com/crm</c>.</summary>
[Collection(ApiCollection.Name)]
public sealed class PathDomainTests(ApiServer server)
{
    private static readonly object[] Brands =
    [
        new { name = "Zoho Books", aliases = Array.Empty<string>(), domains = new[] { "zoho.com/books" } },
        new { name = "Zoho CRM", aliases = Array.Empty<string>(), domains = new[] { "zoho.com/crm" } },
    ];

    [Fact]
    public async Task A_pasted_answer_tells_the_books_path_from_the_crm_path()
    {
        using var http = server.Client(ApiServer.OperatorKey);
        var response = await http.PostJsonAsync("/api/v1/analysis/mentions", new
        {
            text = "For invoices see zoho.com/books/pricing; zoho.com/bookshelf is something else.",
            brands = Brands,
            sources = new object[]
            {
                new { url = "https://www.zoho.com/books/features/", cited = true },
                new { url = "https://www.zoho.com/crm/", cited = false },
                new { url = "https://zoho.com/bookshelf", cited = true },
            },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadAsync();

        var mention = Assert.Single(body["mentions"]!.AsArray())!;
        Assert.Equal("Zoho Books", mention["brand"]!.GetValue<string>());
        var position = Assert.Single(mention["positions"]!.AsArray())!;
        Assert.Equal("zoho.com/books", position["text"]!.GetValue<string>());
        Assert.Equal("domain", position["term"]!.GetValue<string>());

        var statuses = body["brandCitations"]!.AsArray().ToDictionary(b => b!["brand"]!.GetValue<string>(), b => b!);
        Assert.Equal("cited", statuses["Zoho Books"]["status"]!.GetValue<string>());
        Assert.Equal(1, statuses["Zoho Books"]["citedCount"]!.GetValue<int>());
        Assert.Equal("retrieved_only", statuses["Zoho CRM"]["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_run_counts_sources_under_each_path_for_its_brand_only()
    {
        using var operatorHttp = server.Client(ApiServer.OperatorKey);
        var created = await operatorHttp.PostJsonAsync("/api/v1/clients", new
        {
            name = "Zoho Books Ltd",
            industry = "accounting software",
            brand = new { name = "Zoho Books", domains = new[] { "zoho.com/books" } },
            competitors = new object[]
            {
                new { name = "Zoho CRM", domains = new[] { "zoho.com/crm" } },
                new { name = "Xero", domains = new[] { "xero.com" } },
                new { name = "QuickBooks", domains = new[] { "quickbooks.intuit.com" } },
            },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var http = server.Client((await created.ReadAsync())["apiKey"]!.GetValue<string>());
        var start = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "quick-a", "quick-b" }, maxQuestions = 20 });
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var run = await Runs.WaitUntilEndedAsync(http, start.Headers.Location!.ToString());
        var id = run["id"]!.GetValue<Guid>();

        var responses = (await (await http.GetAsync($"/api/v1/audits/{id}/responses?pageSize=200")).ReadAsync())["items"]!.AsArray();
        var cited = responses.SelectMany(r => r!["citations"]!.AsArray()).Where(c => c!["kind"]!.GetValue<string>() == "cited").ToList();
        bool Under(JsonNode? citation, string path) =>
            citation!["domain"]!.GetValue<string>() == "zoho.com" && new Uri(citation["url"]!.GetValue<string>()).AbsolutePath.StartsWith(path, StringComparison.Ordinal);
        var citedBooks = cited.Count(c => Under(c, "/books"));
        var citedCrm = cited.Count(c => Under(c, "/crm"));
        var answersCitingBooks = responses.Count(r => r!["citations"]!.AsArray().Any(c => c!["kind"]!.GetValue<string>() == "cited" && Under(c, "/books")));
        Assert.True(citedBooks > 0 && citedCrm > 0, "the simulated engines cite pages of the brands they name, on the brands' own domains");

        var figures = await (await http.GetAsync($"/api/v1/audits/{id}/figures")).ReadAsync();
        var rows = figures["sources"]!["domains"]!.AsArray().ToDictionary(d => d!["domain"]!.GetValue<string>(), d => d!);
        Assert.Equal(citedBooks, rows["zoho.com/books"]["citedCount"]!.GetValue<int>());
        Assert.Equal("Zoho Books", rows["zoho.com/books"]["brand"]!.GetValue<string>());
        Assert.Equal(citedCrm, rows["zoho.com/crm"]["citedCount"]!.GetValue<int>());
        Assert.Equal("Zoho CRM", rows["zoho.com/crm"]["brand"]!.GetValue<string>());
        Assert.Equal(answersCitingBooks, figures["figures"]!["overall"]!["brands"]!["Zoho Books"]!["citationRate"]!["numerator"]!.GetValue<double>());
        Assert.Equal(citedBooks, figures["figures"]!["overall"]!["brands"]!["Zoho Books"]!["citationShare"]!["numerator"]!.GetValue<double>());
    }
}
