using AngleSharp.Dom;
using System.Net.Http.Json;

namespace Aeo.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class SchedulesPageTests(WebServer server)
{
    [Fact]
    public async Task A_bad_cron_shows_the_apis_message_next_to_the_field_and_creates_nothing()
    {
        var (_, key) = await server.CreateClientAsync("Cronbad");
        using var api = server.Api(key);
        var problem = await api.PostAsJsonAsync("/api/v1/schedules", new { name = "Nightly", kind = "cron", cron = "61 * * * *", audit = new { platforms = new[] { "sim-a" } } });
        Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
        var apiMessage = JsonNode.Parse(await problem.Content.ReadAsStringAsync())!["errors"]!["cron"]![0]!.GetValue<string>();

        using var browser = await SignedInAsync(key);
        var (_, page) = await browser.GetAsync("/schedules");
        var response = await browser.SubmitAsync(page, "form.schedule", Fields("Nightly", cron: "61 * * * *"), [new("platforms", "sim-a")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var answer = await WebBrowserSession.ParseAsync(response);
        Assert.Equal(apiMessage, answer.QuerySelector("#cron-error .field-error")!.TextContent);
        Assert.Equal("true", answer.QuerySelector("#s-cron")!.GetAttribute("aria-invalid"));
        Assert.Equal("61 * * * *", answer.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#s-cron")!.Value);
        Assert.Equal(0, await TotalAsync(api));
    }

    [Fact]
    public async Task A_schedule_is_created_edited_paused_resumed_and_triggered_from_its_pages()
    {
        var (_, key) = await server.CreateClientAsync("Planner");
        using var api = server.Api(key);
        using var browser = await SignedInAsync(key);

        var (_, empty) = await browser.GetAsync("/schedules");
        Assert.Contains("No schedule yet", empty.QuerySelector("main")!.TextContent);

        var created = await browser.SubmitAsync(empty, "form.schedule", Fields("Every morning", cron: "0 7 * * *", timeZone: "Europe/Paris"), [new("platforms", "sim-a")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var (_, detail) = await browser.FollowAsync(created);
        Assert.Contains("Every morning", detail.QuerySelector("h1")!.TextContent);
        Assert.Contains("The schedule is created.", detail.QuerySelector(".notice")!.TextContent);
        var schedules = JsonNode.Parse(await api.GetStringAsync("/api/v1/schedules"))!["items"]!.AsArray();
        var id = Assert.Single(schedules)!["id"]!.GetValue<Guid>();
        Assert.Equal("0 7 * * *", schedules[0]!["cron"]!.GetValue<string>());
        Assert.Equal("Europe/Paris", schedules[0]!["timeZone"]!.GetValue<string>());

        var (_, list) = await browser.GetAsync("/schedules");
        var row = Assert.Single(list.QuerySelectorAll("table.schedules tbody tr"));
        Assert.Contains("Every morning", row.TextContent);
        Assert.Contains("active", row.QuerySelector(".status")!.TextContent);
        Assert.Equal($"/schedules/{id}", row.QuerySelector("a")!.GetAttribute("href"));

        var saved = await browser.SubmitAsync(detail, "form.schedule", Fields("Every evening", cron: "0 19 * * *", timeZone: "Europe/Paris"), [new("platforms", "sim-a")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, afterEdit) = await browser.FollowAsync(saved);
        Assert.Contains("Every evening", afterEdit.QuerySelector("h1")!.TextContent);
        Assert.Equal("0 19 * * *", JsonNode.Parse(await api.GetStringAsync($"/api/v1/schedules/{id}"))!["cron"]!.GetValue<string>());

        var paused = await browser.SubmitAsync(afterEdit, $"form[action='/app/schedules/{id}/pause']", []);
        Assert.Equal(HttpStatusCode.Redirect, paused.StatusCode);
        Assert.Equal("paused", await StatusAsync(api, id));
        var (_, afterPause) = await browser.FollowAsync(paused);
        Assert.Contains("paused", afterPause.QuerySelector(".notice")!.TextContent);

        var resumed = await browser.SubmitAsync(afterPause, $"form[action='/app/schedules/{id}/resume']", []);
        Assert.Equal(HttpStatusCode.Redirect, resumed.StatusCode);
        Assert.Equal("active", await StatusAsync(api, id));

        var (_, beforeTrigger) = await browser.FollowAsync(resumed);
        Assert.Contains("Nothing has run yet", beforeTrigger.QuerySelector("main")!.TextContent);
        var triggered = await browser.SubmitAsync(beforeTrigger, $"form[action='/app/schedules/{id}/trigger']", []);
        Assert.Equal(HttpStatusCode.Redirect, triggered.StatusCode);
        var (_, afterTrigger) = await browser.FollowAsync(triggered);
        var execution = Assert.Single(afterTrigger.QuerySelectorAll("section[aria-labelledby=executions] tbody tr"));
        Assert.Contains("manual", execution.TextContent);
        var runId = JsonNode.Parse(await api.GetStringAsync($"/api/v1/schedules/{id}/executions"))!["items"]![0]!["auditRunId"]!.GetValue<Guid>();
        Assert.Equal($"/runs/{runId}", execution.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Another_clients_schedule_is_not_found_and_cannot_be_paused()
    {
        var (_, ownerKey) = await server.CreateClientAsync("Owner");
        using var api = server.Api(ownerKey);
        var create = await api.PostAsJsonAsync("/api/v1/schedules", new { name = "Owned", kind = "cron", cron = "@daily", audit = new { platforms = new[] { "sim-a" } } });
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var id = JsonNode.Parse(await create.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();

        var (_, strangerKey) = await server.CreateClientAsync("Outsider");
        using var stranger = await SignedInAsync(strangerKey);
        var (response, page) = await stranger.GetAsync($"/schedules/{id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(page.QuerySelector("main h1")?.TextContent == "Not found", page.DocumentElement.OuterHtml);
        Assert.DoesNotContain("Owned", page.QuerySelector("main")!.TextContent);
        var (_, list) = await stranger.GetAsync("/schedules");
        Assert.Empty(list.QuerySelectorAll("table.schedules tbody tr"));

        // The stranger's own page gives it a valid token; the schedule still is not its to pause.
        var forged = await stranger.Http.PostAsync($"/app/schedules/{id}/pause", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", list.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("form.schedule input[name=__RequestVerificationToken]")!.Value)]));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal("active", await StatusAsync(api, id));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var (_, key) = await server.CreateClientAsync("Forgery");
        using var api = server.Api(key);
        var create = await api.PostAsJsonAsync("/api/v1/schedules", new { name = "Guarded", kind = "cron", cron = "@daily", audit = new { platforms = new[] { "sim-a" } } });
        var id = JsonNode.Parse(await create.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
        using var browser = await SignedInAsync(key);
        var (_, detail) = await browser.GetAsync($"/schedules/{id}");

        var pause = await browser.SubmitAsync(detail, $"form[action='/app/schedules/{id}/pause']", [], withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, pause.StatusCode);
        var trigger = await browser.SubmitAsync(detail, $"form[action='/app/schedules/{id}/trigger']", [], withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, trigger.StatusCode);
        Assert.Equal("active", await StatusAsync(api, id));
        Assert.Equal(0, JsonNode.Parse(await api.GetStringAsync($"/api/v1/schedules/{id}/executions"))!["total"]!.GetValue<int>());

        var (_, list) = await browser.GetAsync("/schedules");
        var created = await browser.SubmitAsync(list, "form.schedule", Fields("Sneaky", cron: "@daily"), withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Equal(1, await TotalAsync(api));
    }

    private static Dictionary<string, string> Fields(string name, string cron, string timeZone = "UTC") => new()
    {
        ["name"] = name,
        ["kind"] = "cron",
        ["cron"] = cron,
        ["timeZone"] = timeZone,
        ["missedPolicy"] = "catch_up",
        ["maxFailures"] = "3",
        ["maxQuestions"] = "2",
        ["samplesPerQuestion"] = "1",
    };

    private static async Task<int> TotalAsync(HttpClient api) =>
        JsonNode.Parse(await api.GetStringAsync("/api/v1/schedules"))!["total"]!.GetValue<int>();

    private static async Task<string> StatusAsync(HttpClient api, Guid id) =>
        JsonNode.Parse(await api.GetStringAsync($"/api/v1/schedules/{id}"))!["status"]!.GetValue<string>();

    private async Task<WebBrowserSession> SignedInAsync(string key)
    {
        var browser = new WebBrowserSession(server);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(key)).StatusCode);
        return browser;
    }
}
