namespace Aeo.Api.Tests.Audits;

[Collection(ApiCollection.Name)]
public sealed class AuditValidationTests(ApiServer server)
{
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
        { """{"sampling":{"mode":"sometimes"}}""", "sampling.mode" },
        { """{"sampling":{}}""", "sampling.mode" },
        { """{"sampling":{"mode":"adaptive","maxSamplesPerQuestion":3}}""", "sampling.targetHalfWidth" },
        { """{"sampling":{"mode":"adaptive","targetHalfWidth":0,"maxSamplesPerQuestion":3}}""", "sampling.targetHalfWidth" },
        { """{"sampling":{"mode":"adaptive","targetHalfWidth":0.7,"maxSamplesPerQuestion":3}}""", "sampling.targetHalfWidth" },
        { """{"sampling":{"mode":"adaptive","targetHalfWidth":0.05}}""", "sampling.maxSamplesPerQuestion" },
        { """{"sampling":{"mode":"adaptive","targetHalfWidth":0.05,"maxSamplesPerQuestion":1}}""", "sampling.maxSamplesPerQuestion" },
        { """{"sampling":{"mode":"adaptive","targetHalfWidth":0.05,"maxSamplesPerQuestion":99}}""", "sampling.maxSamplesPerQuestion" },
        { """{"samplesPerQuestion":3,"sampling":{"mode":"adaptive","targetHalfWidth":0.05,"maxSamplesPerQuestion":3}}""", "samplesPerQuestion" },
        { """{"sampling":{"mode":"fixed","targetHalfWidth":0.05}}""", "sampling.targetHalfWidth" },
    };

    [Theory]
    [MemberData(nameof(BadAudits))]
    public async Task A_bad_audit_body_gets_a_400_naming_the_field_and_writes_nothing(string body, string field)
    {
        var (_, key) = await TestClients.CreateAsync(server, "Valid Brand " + Guid.NewGuid().ToString("N")[..6]);
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
}
