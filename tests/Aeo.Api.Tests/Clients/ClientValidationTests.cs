namespace Aeo.Api.Tests.Clients;

[Collection(ApiCollection.Name)]
public sealed class ClientValidationTests(ApiServer server)
{
    public static TheoryData<string, string> BadClients => new()
    {
        { "{\"name\": \"x\", ", "body" },
        { "[1, 2]", "body" },
        { """{"name":"A","industry":"CRM","brand":{"name":"A"},"colour":"red"}""", "colour" },
        { """{"name":"A","industry":"CRM","brand":{"name":"A","aliases":"not-a-list"}}""", "brand.aliases" },
        { """{"name":"A","industry":"CRM"}""", "brand" },
        { """{"name":"","industry":"CRM","brand":{"name":"A"}}""", "name" },
        { """{"name":"A","industry":"   ","brand":{"name":"A"}}""", "industry" },
        { """{"name":"A","industry":"CRM","brand":{"name":""}}""", "brand.name" },
        { """{"name":"A","industry":"CRM","brand":{"name":"A","domains":["https://a.com/x"]}}""", "brand.domains[0]" },
        { """{"name":"A","industry":"CRM","brand":{"name":"A","domains":["a.com/x?tab=1"]}}""", "brand.domains[0]" },
        { """{"name":"A","industry":"CRM","brand":{"name":"A","domains":["a.com/x#top"]}}""", "brand.domains[0]" },
        { """{"name":"A","industry":"CRM","brand":{"name":"A","domains":["a.com/../b"]}}""", "brand.domains[0]" },
        { """{"name":"A","industry":"CRM","brand":{"name":"A","domains":["a.com//b"]}}""", "brand.domains[0]" },
        { """{"name":"A","industry":"CRM","brand":{"name":"A","domains":["a b.com/books"]}}""", "brand.domains[0]" },
        { """{"name":"A","industry":"CRM","brand":{"name":"A","domains":["a.com"]},"competitors":[{"name":"B","domains":["/books"]}]}""", "competitors[0].domains[0]" },
        { """{"name":"A","industry":"CRM","brand":{"name":"A"},"competitors":[{"name":"B"},{"name":"a"}]}""", "competitors[1].name" },
        { """{"name":"A","industry":"CRM","brand":{"name":"A"},"competitors":[{"name":"B","aliases":[""]}]}""", "competitors[0].aliases[0]" },
    };

    [Theory]
    [MemberData(nameof(BadClients))]
    public async Task A_bad_client_body_gets_a_400_naming_the_field_and_writes_nothing(string body, string field)
    {
        using var http = server.Client(ApiServer.OperatorKey);
        var before = await server.CountAsync("select count(*) from clients");

        var response = await http.PostRawAsync("/api/v1/clients", body);

        await ProblemAssert.ValidationProblemAsync(response, field);
        Assert.Equal(before, await server.CountAsync("select count(*) from clients"));
    }

    [Fact]
    public async Task A_domain_may_carry_a_path_and_is_kept_as_given()
    {
        using var http = server.Client(ApiServer.OperatorKey);
        var response = await http.PostJsonAsync("/api/v1/clients", new
        {
            name = "Path Domains Inc",
            industry = "Accounting",
            brand = new { name = "Zoho Books", domains = new[] { "zoho.com/books", "Jetbrains.com/YouTrack/" } },
            competitors = new[] { new { name = "Zoho CRM", domains = new[] { "www.zoho.com/crm" } } },
        });

        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadAsync();
        Assert.Equal(["zoho.com/books", "jetbrains.com/youtrack/"], body["brand"]!["domains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("www.zoho.com/crm", body["competitors"]![0]!["domains"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused()
    {
        using var http = server.Client(ApiServer.OperatorKey);
        var before = await server.CountAsync("select count(*) from clients");
        var response = await http.PostRawAsync("/api/v1/clients", "name=A", "application/x-www-form-urlencoded");
        Assert.Equal(System.Net.HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await server.CountAsync("select count(*) from clients"));
    }
}
