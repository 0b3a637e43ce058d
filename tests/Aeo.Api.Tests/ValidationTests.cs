namespace Aeo.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class ValidationTests(ApiServer server)
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

    public static TheoryData<string, string> BadAudits => new()
    {
        { "not json", "body" },
        { """{"maxQuestions":"twenty"}""", "maxQuestions" },
        { """{"maxQuestions":0}""", "maxQuestions" },
        { """{"maxQuestions":100000}""", "maxQuestions" },
        { """{"samplesPerQuestion":0}""", "samplesPerQuestion" },
        { """{"platforms":[]}""", "platforms" },
        { """{"platforms":["quick-a","nope"]}""", "platforms[1]" },
        { """{"platforms":["quick-a","quick-a"]}""", "platforms[1]" },
        { """{"categories":["comparison","astrology"]}""", "categories[1]" },
        { """{"customQuestions":["ok?",""]}""", "customQuestions[1]" },
        { """{"clientId":"00000000-0000-0000-0000-000000000001"}""", "clientId" },
        { """{"budget":5}""", "budget" },
    };

    [Theory]
    [MemberData(nameof(BadAudits))]
    public async Task A_bad_audit_body_gets_a_400_naming_the_field_and_writes_nothing(string body, string field)
    {
        var (_, key) = await Clients.CreateAsync(server, "Valid Brand " + Guid.NewGuid().ToString("N")[..6]);
        using var http = server.Client(key);
        var runs = await server.CountAsync("select count(*) from audit_runs");
        var questions = await server.CountAsync("select count(*) from questions");
        var grainStates = await server.CountAsync("select count(*) from orleansstorage");

        var response = await http.PostRawAsync("/api/v1/audits", body);

        await ProblemAssert.ValidationProblemAsync(response, field);
        Assert.Equal(runs, await server.CountAsync("select count(*) from audit_runs"));
        Assert.Equal(questions, await server.CountAsync("select count(*) from questions"));
        Assert.Equal(grainStates, await server.CountAsync("select count(*) from orleansstorage"));
    }

    [Fact]
    public async Task The_operator_must_name_an_existing_client_for_an_audit()
    {
        using var http = server.Client(ApiServer.OperatorKey);
        await ProblemAssert.ValidationProblemAsync(await http.PostRawAsync("/api/v1/audits", "{}"), "clientId");
        await ProblemAssert.ValidationProblemAsync(
            await http.PostRawAsync("/api/v1/audits", $$"""{"clientId":"{{Guid.NewGuid()}}"}"""), "clientId");
    }

    [Theory]
    [InlineData("/api/v1/audits?status=finished", "status")]
    [InlineData("/api/v1/audits?page=0", "page")]
    [InlineData("/api/v1/audits?pageSize=1000", "pageSize")]
    public async Task Bad_query_parameters_get_a_400_naming_them(string url, string field)
    {
        using var http = server.Client(ApiServer.OperatorKey);
        await ProblemAssert.ValidationProblemAsync(await http.GetAsync(url), field);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused()
    {
        using var http = server.Client(ApiServer.OperatorKey);
        var response = await http.PostRawAsync("/api/v1/clients", "name=A", "application/x-www-form-urlencoded");
        await ProblemAssert.ValidationProblemAsync(response, "body");
    }
}
