namespace Aeo.Api.Tests.Audits;

[Collection(ApiCollection.Name)]
public sealed class QuestionPlanningTests(ApiServer server)
{
    [Fact]
    public async Task Personas_locale_and_a_clients_own_category_shape_the_questions_and_each_priority_is_explained()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Planner Probe");
        using var http = server.Client(key);
        var started = await http.PostJsonAsync("/api/v1/audits", new
        {
            platforms = new[] { "quick-a" },
            maxQuestions = 30,
            categories = new[] { "pricing", "security", "best_of" },
            personas = new[] { "a 10-person agency" },
            locale = "en-GB",
            customCategories = new[]
            {
                new { name = "Security", templates = new[] { "Is {brand} secure enough for {persona}?", "Which {industry} tools hold SOC 2 reports?" } },
            },
        });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        Assert.Equal("completed", (await Runs.WaitUntilEndedAsync(http, location))["status"]!.GetValue<string>());

        var questions = (await (await http.GetAsync($"{location}/questions?pageSize=200")).ReadAsync())["items"]!.AsArray();
        var texts = questions.Select(q => q!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(["best_of", "pricing", "security"], questions.Select(q => q!["category"]!.GetValue<string>()).Distinct().Order());
        Assert.Contains("Is Planner Probe secure enough for a 10-person agency?", texts);
        Assert.Contains("Which CRM tools hold SOC 2 reports?", texts);
        Assert.Contains(texts, t => t.Contains("pounds", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("licence", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("license", StringComparison.Ordinal));
        Assert.All(questions, q =>
        {
            Assert.Equal("template", q!["provider"]!.GetValue<string>());
            var explanation = q["priorityExplanation"]!.GetValue<string>();
            Assert.EndsWith($"= {q["priority"]!.GetValue<double>().ToString("0.0###", System.Globalization.CultureInfo.InvariantCulture)}", explanation);
        });
        var branded = questions.Where(q => q!["type"]!.GetValue<string>() == "branded").ToList();
        Assert.NotEmpty(branded);
        Assert.All(branded, q => Assert.Contains(q!["targetBrand"]!.GetValue<string>(), q["text"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("""{"locale":"fr-FR"}""", "locale")]
    [InlineData("""{"categories":["security"]}""", "categories[0]")]
    [InlineData("""{"customCategories":[{"name":"security","templates":["Is {brand} {colour}?"]}]}""", "customCategories[0]")]
    [InlineData("""{"customCategories":[{"name":"pricing","templates":["Is {brand} cheap?"]}]}""", "customCategories[0]")]
    [InlineData("""{"customCategories":[{"name":"security","templates":[]}]}""", "customCategories[0].templates")]
    [InlineData("""{"customCategories":[{"name":"a","templates":["Is {brand} safe?"]},{"name":"A","templates":["Is {brand} fast?"]}]}""", "customCategories")]
    [InlineData("""{"personas":[""]}""", "personas[0]")]
    public async Task Bad_question_settings_are_refused_before_anything_runs(string body, string field)
    {
        var (_, key) = await TestClients.CreateAsync(server, "Planner Refusals");
        using var http = server.Client(key);
        var before = await server.CountAsync("select count(*) from audit_runs");
        await ProblemAssert.ValidationProblemAsync(await http.PostRawAsync("/api/v1/audits", body), field);
        Assert.Equal(before, await server.CountAsync("select count(*) from audit_runs"));
    }
}
