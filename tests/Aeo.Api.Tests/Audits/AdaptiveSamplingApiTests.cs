namespace Aeo.Api.Tests.Audits;

/// <summary>An adaptive audit through the HTTP API: its status and figures say where each platform stopped and what it saved.</summary>
[Collection(ApiCollection.Name)]
public sealed class AdaptiveSamplingApiTests(ApiServer server)
{
    private static readonly string[] Stops = ["interval", "maximum", "samples_agree", "no_headline"];

    [Fact]
    public async Task An_adaptive_audit_reports_each_platforms_stop_and_the_work_items_it_saved()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Sampled Brand " + Guid.NewGuid().ToString("N")[..6]);
        using var http = server.Client(key);

        var accepted = await http.PostJsonAsync("/api/v1/audits", new
        {
            platforms = new[] { "quick-a", "quick-b" },
            maxQuestions = 8,
            sampling = new { mode = "adaptive", targetHalfWidth = 0.05, maxSamplesPerQuestion = 3 },
        });
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var started = await accepted.ReadAsync();
        Assert.Equal("adaptive", started["sampling"]!["mode"]!.GetValue<string>());
        Assert.Equal(0.05, started["sampling"]!["targetHalfWidth"]!.GetValue<double>());
        Assert.Equal(3, started["sampling"]!["maxSamplesPerQuestion"]!.GetValue<int>());

        var run = await Runs.WaitUntilEndedAsync(http, accepted.Headers.Location!.ToString());
        Assert.Equal("completed", run["status"]!.GetValue<string>());
        var runId = run["id"]!.GetValue<Guid>();
        var questions = run["totalQuestions"]!.GetValue<int>();
        var responses = (await (await http.GetAsync($"/api/v1/audits/{runId}/responses?pageSize=200")).ReadAsync())["items"]!.AsArray();
        var platforms = run["sampling"]!["platforms"]!.AsArray();
        Assert.Equal(["quick-a", "quick-b"], platforms.Select(p => p!["platform"]!.GetValue<string>()));
        foreach (var platform in platforms.Select(p => p!))
        {
            Assert.Contains(platform["stop"]!.GetValue<string>(), Stops);
            var name = platform["platform"]!.GetValue<string>();
            var stored = responses.Count(r => r!["platform"]!.GetValue<string>() == name);
            Assert.InRange(stored, questions, questions * 3);
            Assert.Equal(stored, platform["workItems"]!.GetValue<int>());
            Assert.Equal(questions * 3, platform["workItemsAtMaximum"]!.GetValue<int>());
            Assert.Equal(questions * 3 - stored, platform["savedWorkItems"]!.GetValue<int>());
        }
        Assert.Equal(responses.Count, run["progress"]!["total"]!.GetValue<int>());

        var figures = await (await http.GetAsync($"/api/v1/audits/{runId}/figures")).ReadAsync();
        Assert.True(JsonNode.DeepEquals(run["sampling"], figures["sampling"]), figures["sampling"]?.ToJsonString());
        Assert.Equal(responses.Count, figures["answeredWorkItems"]!.GetValue<int>());
    }
}
