using AngleSharp.Dom;

namespace Aeo.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class PageTests(WebServer server)
{
    [Fact]
    public async Task A_new_client_sees_an_overview_that_says_what_to_do_next()
    {
        var (_, key) = await server.CreateClientAsync("Fresh Start");
        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(key);
        var (response, page) = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No audits yet", page.QuerySelector(".empty h2")!.TextContent);
        Assert.Equal("/runs#start", page.QuerySelector(".empty a.button")!.GetAttribute("href"));
        Assert.Equal(["/", "/runs", "/schedules", "/competitors", "/webhooks"], page.QuerySelectorAll("header nav a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_start_form_gives_the_api_messages_next_to_the_fields_and_starts_nothing()
    {
        var (id, key) = await server.CreateClientAsync("Form Checker");
        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(key);
        var (_, page) = await browser.GetAsync("/runs");
        Assert.Contains(page.QuerySelectorAll("form.audit input[name=platforms]"), input => input.GetAttribute("value") == "sim-a");
        Assert.NotNull(page.QuerySelector("form.audit label:has(input[value=sim-a]) .tag.sim"));

        var response = await browser.SubmitAsync(page, "form.audit",
            new() { ["maxQuestions"] = "9999", ["samplesPerQuestion"] = "x", ["maxCostUsd"] = "-1", ["locale"] = "xx-XX" },
            [new("platforms", "sim-a"), new("platforms", "nowhere")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var answer = await WebBrowserSession.ParseAsync(response);
        Assert.Equal("Must be between 1 and 200.", FieldError(answer, "maxQuestions"));
        Assert.Equal("Not a whole number.", FieldError(answer, "samplesPerQuestion"));
        Assert.Equal("Must be more than 0 and at most 1000000 (US dollars).", FieldError(answer, "maxCostUsd"));
        Assert.StartsWith("Not a supported locale.", FieldError(answer, "locale"));
        Assert.StartsWith("Not a configured platform.", answer.QuerySelector("fieldset:has(input[name=platforms]) .field-error")!.TextContent);
        Assert.Equal("9999", answer.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#maxQuestions")!.Value);

        using var api = server.Api(key);
        var runs = JsonNode.Parse(await api.GetStringAsync("/api/v1/audits"))!;
        Assert.Equal(0, runs["total"]!.GetValue<int>());
        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public async Task A_started_audit_leads_to_its_run_page_which_shows_its_figures_once_ended()
    {
        var (_, key) = await server.CreateClientAsync("Form Starter");
        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(key);
        var (_, page) = await browser.GetAsync("/runs");
        var response = await browser.SubmitAsync(page, "form.audit",
            new() { ["maxQuestions"] = "3", ["samplesPerQuestion"] = "1" }, [new("platforms", "sim-a"), new("platforms", "sim-b")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = new Uri(server.BaseAddress, response.Headers.Location!).AbsolutePath;
        Assert.Matches("^/runs/[0-9a-f-]{36}$", location);
        var runId = Guid.Parse(location["/runs/".Length..]);

        using var api = server.Api(key);
        await WaitEndedAsync(api, runId);
        var (runResponse, run) = await browser.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, runResponse.StatusCode);
        Assert.Equal("completed", run.QuerySelector("#run-status")!.TextContent.Trim());
        Assert.Contains("sim-a", run.QuerySelector(".banner.simulated")!.TextContent);
        Assert.NotNull(run.QuerySelector("#headline-heading"));
        Assert.Equal(2, run.QuerySelectorAll("svg.chart.intervals title").Length);
        Assert.All(run.QuerySelectorAll("svg.chart"), svg => Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("desc")?.TextContent)));
        Assert.Equal(["sim-a", "sim-b"], run.QuerySelectorAll("table.matrix thead th.num").Select(th => th.ChildNodes[0].TextContent.Trim()));
        Assert.Equal(2, run.QuerySelectorAll("table.matrix thead .tag.sim").Length);
        Assert.Contains("None", run.QuerySelector("#dead-letters-heading")!.ParentElement!.TextContent);

        Assert.Equal($"/runs/{runId}/answers", run.QuerySelector("a.answers-link")!.GetAttribute("href"));
        var reportLink = run.QuerySelector("a.button[href$='/report']")!.GetAttribute("href")!;
        var report = await browser.Http.GetAsync(reportLink);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.StartsWith("text/html", report.Content.Headers.ContentType!.ToString());
        Assert.Contains("AI visibility report: Form Starter", await report.Content.ReadAsStringAsync());
        var csv = await browser.Http.GetAsync(run.QuerySelector("a[href*='table=questions']")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.StartsWith("text/csv", csv.Content.Headers.ContentType!.ToString());

        var (_, list) = await browser.GetAsync("/runs?status=completed");
        Assert.Contains(list.QuerySelectorAll("table.runs a"), a => a.GetAttribute("href") == location);
        var (emptyResponse, empty) = await browser.GetAsync("/runs?status=failed");
        Assert.Equal(HttpStatusCode.OK, emptyResponse.StatusCode);
        Assert.Contains("No run has this status.", empty.QuerySelector("#run-list")!.ParentElement!.TextContent);
    }

    [Fact]
    public async Task The_overview_shows_the_latest_figures_the_trend_and_the_changes()
    {
        var (_, key) = await server.CreateClientAsync("Trend Setter");
        await server.RunAuditAsync(key, ["sim-a"]);
        await server.RunAuditAsync(key, ["sim-a"]);
        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(key);
        browser.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");
        var (response, page) = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = page.QuerySelector(".cards .card .value")!.TextContent;
        Assert.Matches(@"^\d{1,3},\d\s%$", card);
        Assert.NotNull(page.QuerySelector("svg.chart.trend polyline"));
        Assert.Contains("Trend Setter", page.QuerySelector("svg.chart.trend desc")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("details table tbody tr").Length);
        Assert.NotNull(page.QuerySelector("#changes-heading"));
        Assert.Equal(2, page.QuerySelectorAll("#recent-heading ~ .table-scroll table.runs tbody tr").Length);
    }

    [Fact]
    public async Task Dead_letters_are_listed_and_reprocessed_by_a_form_with_the_token()
    {
        var (_, key) = await server.CreateClientAsync("Dead Letters");
        var runId = await server.RunAuditAsync(key, ["sim-a", WebServer.Broken], questions: 2);
        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(key);
        var (_, page) = await browser.GetAsync($"/runs/{runId}");
        Assert.Equal(2, page.QuerySelectorAll("#dead-letters-heading ~ .table-scroll tbody tr").Length);

        var forged = await browser.SubmitAsync(page, "form[action$='/reprocess']", [], withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var reprocessed = await browser.SubmitAsync(page, "form[action$='/reprocess']", []);
        Assert.Equal(HttpStatusCode.Redirect, reprocessed.StatusCode);
        var (_, after) = await browser.FollowAsync(reprocessed);
        Assert.Contains("asked again", after.QuerySelector(".notice")!.TextContent);
    }

    [Fact]
    public async Task A_start_without_the_antiforgery_token_is_refused_and_starts_nothing()
    {
        var (_, key) = await server.CreateClientAsync("Forged Start");
        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(key);
        var (_, page) = await browser.GetAsync("/runs");
        var response = await browser.SubmitAsync(page, "form.audit", new() { ["maxQuestions"] = "2" }, [new("platforms", "sim-a")], withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var api = server.Api(key);
        Assert.Equal(0, JsonNode.Parse(await api.GetStringAsync("/api/v1/audits"))!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_operator_switches_between_clients()
    {
        var (first, _) = await server.CreateClientAsync("Picker One");
        var (second, _) = await server.CreateClientAsync("Picker Two");
        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(WebServer.OperatorKey);
        var (_, page) = await browser.GetAsync($"/?client={first}");
        Assert.Contains("Picker One", page.QuerySelector("h1")!.TextContent);
        var options = page.QuerySelectorAll("#client-picker option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(first.ToString(), options);
        Assert.Contains(second.ToString(), options);
        var (_, other) = await browser.GetAsync($"/runs?client={second}");
        Assert.Contains("Picker Two", other.QuerySelector("h1")!.TextContent);
        Assert.Equal($"/runs?client={second}#start", other.QuerySelector("form.audit")!.GetAttribute("action"));
    }

    internal static async Task WaitEndedAsync(HttpClient api, Guid runId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (JsonNode.Parse(await api.GetStringAsync($"/api/v1/audits/{runId}"))!["status"]!.GetValue<string>() is "pending" or "running")
        {
            Assert.True(DateTime.UtcNow < deadline, "The run did not end.");
            await Task.Delay(200);
        }
    }

    private static string FieldError(IDocument page, string field) =>
        page.QuerySelector($"#{field}")!.ParentElement!.QuerySelector(".field-error")!.TextContent;
}
