using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Aeo.FakeProviders;

namespace Aeo.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class WebhooksPageTests(WebServer server)
{
    [Fact]
    public async Task A_created_webhook_shows_its_secret_on_the_creation_page_only()
    {
        var (_, key) = await server.CreateClientAsync("Hook Maker");
        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(key);
        var (_, empty) = await browser.GetAsync("/webhooks");
        Assert.Contains("No webhook yet", empty.QuerySelector("#webhook-list")!.ParentElement!.TextContent);
        Assert.Contains(empty.QuerySelectorAll("form.webhook input[name=events]"), input => input.GetAttribute("value") == "run.completed");

        var response = await browser.SubmitAsync(empty, "form.webhook",
            new() { ["url"] = "http://127.0.0.1:9/hooks/aeo", ["format"] = "slack" }, [new("events", "run.completed"), new("events", "run.failed")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        var created = await WebBrowserSession.ParseAsync(response);
        var secret = created.QuerySelector<IHtmlInputElement>("#webhook-secret")!.Value;
        Assert.StartsWith("whsec_", secret);
        Assert.Equal("http://127.0.0.1:9/hooks/aeo", created.QuerySelector("table.webhooks td.url a")!.TextContent);
        var detail = created.QuerySelector("section.secret a")!.GetAttribute("href")!;
        Assert.DoesNotContain(secret, detail);

        var (_, list) = await browser.GetAsync("/webhooks");
        Assert.DoesNotContain(secret, list.Source.Text);
        Assert.Null(list.QuerySelector("#webhook-secret"));
        Assert.Equal("run.completed, run.failed", list.QuerySelector("table.webhooks tbody td:nth-child(2)")!.TextContent);
        Assert.Equal("slack", list.QuerySelector("table.webhooks tbody td:nth-child(3)")!.TextContent);
        Assert.Equal("enabled", list.QuerySelector("table.webhooks .status")!.TextContent);
        var (detailResponse, edit) = await browser.GetAsync(detail);
        Assert.Equal(HttpStatusCode.OK, detailResponse.StatusCode);
        Assert.DoesNotContain(secret, edit.Source.Text);
        Assert.Equal("slack", edit.QuerySelector<IHtmlSelectElement>("form.webhook #format")!.Value);
    }

    [Fact]
    public async Task A_private_url_gets_the_api_message_next_to_the_field_and_creates_nothing()
    {
        var (_, key) = await server.CreateClientAsync("Hook Private");
        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(key);
        var (_, page) = await browser.GetAsync("/webhooks");
        var response = await browser.SubmitAsync(page, "form.webhook", new() { ["url"] = "http://10.0.0.5/", ["format"] = "standard" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var answer = await WebBrowserSession.ParseAsync(response);
        Assert.StartsWith("Only https URLs", answer.QuerySelector("#url-error .field-error")!.TextContent);
        Assert.Equal("url-error", answer.QuerySelector("#url")!.GetAttribute("aria-describedby"));
        Assert.StartsWith("Required: one or more of", answer.QuerySelector("#events-error .field-error")!.TextContent);
        Assert.Equal("http://10.0.0.5/", answer.QuerySelector<IHtmlInputElement>("#url")!.Value);
        Assert.Null(answer.QuerySelector("#webhook-secret"));

        using var api = server.Api(key);
        Assert.Equal(0, JsonNode.Parse(await api.GetStringAsync("/api/v1/webhooks"))!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_forms_without_the_antiforgery_token_are_refused_and_change_nothing()
    {
        var (_, key) = await server.CreateClientAsync("Hook Forged");
        using var api = server.Api(key);
        var id = await CreateAsync(api, "http://127.0.0.1:9/forged");
        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(key);
        var (_, list) = await browser.GetAsync("/webhooks");
        var create = await browser.SubmitAsync(list, "form.webhook", new() { ["url"] = "http://127.0.0.1:9/other" }, [new("events", "run.completed")], withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);

        var (_, page) = await browser.GetAsync($"/webhooks/{id}");
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.SubmitAsync(page, "form[action$='/delete']", [], withToken: false)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.SubmitAsync(page, "form[action$='/test']", [], withToken: false)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/webhooks/{id}")).StatusCode);
        Assert.Equal(0, JsonNode.Parse(await api.GetStringAsync($"/api/v1/webhooks/{id}/deliveries"))!["total"]!.GetValue<int>());
        Assert.Equal(1, JsonNode.Parse(await api.GetStringAsync("/api/v1/webhooks"))!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Client_a_never_sees_nor_changes_the_webhooks_of_client_b()
    {
        var (_, keyA) = await server.CreateClientAsync("Hook Alpha");
        var (_, keyB) = await server.CreateClientAsync("Hook Bravo");
        using var apiB = server.Api(keyB);
        var ofB = await CreateAsync(apiB, "http://127.0.0.1:9/bravo-only");
        using var browserB = new WebBrowserSession(server);
        await browserB.SignInAsync(keyB);
        var (_, pageOfB) = await browserB.GetAsync($"/webhooks/{ofB}");

        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(keyA);
        var (listResponse, list) = await browser.GetAsync("/webhooks");
        Assert.Equal(HttpStatusCode.OK, listResponse.StatusCode);
        Assert.DoesNotContain("bravo-only", list.Source.Text);
        var (response, _) = await browser.GetAsync($"/webhooks/{ofB}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        // A's own token, B's webhook: the forms of B's page posted with A's session.
        var (_, own) = await browser.GetAsync("/webhooks");
        var token = own.QuerySelector<IHtmlInputElement>("form.webhook input[name=__RequestVerificationToken]")!.Value;
        foreach (var action in new[] { "test", "delete" })
        {
            var posted = await browser.Http.PostAsync(pageOfB.QuerySelector($"form[action$='/{action}']")!.GetAttribute("action"),
                new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await apiB.GetAsync($"/api/v1/webhooks/{ofB}")).StatusCode);
        Assert.Equal(0, JsonNode.Parse(await apiB.GetStringAsync($"/api/v1/webhooks/{ofB}/deliveries"))!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_webhook_is_edited_tested_with_its_delivery_logged_and_deleted()
    {
        await using var receiver = await FakeProviderServer.StartAsync(_ => FakeReply.Json(new { received = true }));
        var (_, key) = await server.CreateClientAsync("Hook Life");
        using var api = server.Api(key);
        var id = await CreateAsync(api, "http://127.0.0.1:9/before");
        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(key);
        var (_, page) = await browser.GetAsync($"/webhooks/{id}");
        Assert.Contains("Nothing delivered yet", page.QuerySelector("#deliveries-title")!.ParentElement!.TextContent);

        var bad = await browser.SubmitAsync(page, "form.webhook", new() { ["url"] = "ftp://127.0.0.1/", ["format"] = "standard" }, [new("events", "run.completed")]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("An absolute https URL.", (await WebBrowserSession.ParseAsync(bad)).QuerySelector("#url-error")!.TextContent.Trim());

        var url = new Uri(receiver.BaseUrl, "hooks/aeo").ToString();
        var saved = await browser.SubmitAsync(page, "form.webhook", new() { ["url"] = url, ["format"] = "standard" },
            [new("events", "run.completed"), new("events", "competitor.discovered")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, after) = await browser.FollowAsync(saved);
        Assert.Equal("The webhook is saved.", after.QuerySelector(".notice")!.TextContent);
        Assert.Equal(url, after.QuerySelector("h1 .sub")!.TextContent);
        var stored = JsonNode.Parse(await api.GetStringAsync($"/api/v1/webhooks/{id}"))!;
        Assert.Equal(["run.completed", "competitor.discovered"], stored["events"]!.AsArray().Select(e => e!.GetValue<string>()));

        var tested = await browser.SubmitAsync(after, "form[action$='/test']", []);
        Assert.Equal(HttpStatusCode.Redirect, tested.StatusCode);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        IDocument log;
        do
        {
            await Task.Delay(200);
            (_, log) = await browser.GetAsync($"/webhooks/{id}");
            Assert.True(DateTime.UtcNow < deadline, "The test ping was not delivered.");
        }
        while (log.QuerySelector("table.deliveries tbody .status")?.TextContent != "delivered");
        var row = log.QuerySelector("table.deliveries tbody tr")!;
        Assert.Equal("webhook.test", row.Children[0].TextContent);
        Assert.Equal("1", row.Children[3].TextContent);
        Assert.Equal("200", row.Children[4].TextContent);
        Assert.EndsWith("ms", row.Children[5].TextContent);
        Assert.Contains(receiver.Requests, request => request.Path == "/hooks/aeo");

        var deleted = await browser.SubmitAsync(log, "form[action$='/delete']", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var (_, list) = await browser.FollowAsync(deleted);
        Assert.Contains("No webhook yet", list.QuerySelector("#webhook-list")!.ParentElement!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/webhooks/{id}")).StatusCode);
    }

    private static async Task<Guid> CreateAsync(HttpClient api, string url)
    {
        var response = await api.PostAsJsonAsync("/api/v1/webhooks", new { url, events = new[] { "run.completed" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
    }
}
