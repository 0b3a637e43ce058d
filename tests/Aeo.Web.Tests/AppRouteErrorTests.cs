using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Aeo.Api.Http;

namespace Aeo.Web.Tests;

/// <summary>The web app's form and download routes answer their errors with a page of the web app, never a problem document.</summary>
[Collection(WebCollection.Name)]
public sealed class AppRouteErrorTests(WebServer server)
{
    [Fact]
    public async Task Another_clients_thing_and_a_missing_one_get_the_same_not_found_page()
    {
        var (_, keyA) = await server.CreateClientAsync("Errand Alpha");
        var (clientB, keyB) = await server.CreateClientAsync("Errand Bravo");
        var runOfB = await server.RunAuditAsync(keyB, ["sim-a"], questions: 1);
        using var apiB = server.Api(keyB);
        var created = await apiB.PostAsJsonAsync("/api/v1/webhooks", new { url = "http://127.0.0.1:9/errand", events = new[] { "run.completed" } });
        var webhookOfB = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();

        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(keyA);
        var token = (await browser.GetAsync("/webhooks")).Page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var missing = Guid.NewGuid();
        string[] posts =
        [
            "/app/runs/{0}/reprocess", "/app/webhooks/{0}/test", "/app/webhooks/{0}/delete", "/app/clients/{0}/competitors",
            "/app/schedules/{0}/pause", "/app/schedules/{0}/resume", "/app/schedules/{0}/trigger",
        ];
        foreach (var route in posts)
        {
            var theirs = route.Contains("/clients/") ? clientB : route.Contains("/webhooks/") ? webhookOfB : route.Contains("/runs/") ? runOfB : missing;
            var ofB = await NotFoundPageAsync(await browser.Http.PostAsync(string.Format(CultureInfo.InvariantCulture, route, theirs), Form(token)));
            var absent = await NotFoundPageAsync(await browser.Http.PostAsync(string.Format(CultureInfo.InvariantCulture, route, missing), Form(token)));
            Assert.Equal(absent, ofB);
            Assert.DoesNotContain("Errand Bravo", ofB);
        }
        foreach (var route in new[] { "/app/runs/{0}/events", "/app/runs/{0}/report", "/app/runs/{0}/report?format=csv" })
        {
            var ofB = await NotFoundPageAsync(await browser.Http.GetAsync(string.Format(CultureInfo.InvariantCulture, route, runOfB)));
            Assert.Equal(await NotFoundPageAsync(await browser.Http.GetAsync(string.Format(CultureInfo.InvariantCulture, route, missing))), ofB);
        }
        await NotFoundPageAsync(await browser.Http.PostAsync("/app/platforms/sim-a/breaker/reset", Form(token)));
        await NotFoundPageAsync(await browser.Http.PostAsync("/app/webhooks/not-an-id/test", Form(token)));
        Assert.Equal(HttpStatusCode.OK, (await apiB.GetAsync($"/api/v1/webhooks/{webhookOfB}")).StatusCode);
    }

    [Fact]
    public async Task A_form_route_refused_without_its_token_and_a_wrong_method_get_pages_too()
    {
        var (_, key) = await server.CreateClientAsync("Errand Forged");
        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(key);

        var forged = await browser.Http.PostAsync($"/app/webhooks/{Guid.NewGuid()}/test", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var page = await WebBrowserSession.ParseAsync(forged);
        Assert.Equal("Not accepted", page.QuerySelector("main h1")!.TextContent);
        Assert.StartsWith("text/html", forged.Content.Headers.ContentType!.ToString());

        var wrongMethod = await browser.Http.GetAsync($"/app/webhooks/{Guid.NewGuid()}/test");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
        Assert.Equal("Not found", (await WebBrowserSession.ParseAsync(wrongMethod)).QuerySelector("main h1")!.TextContent);
    }

    /// <summary>Checks the answer is the web app's 404 page under the pages' policy, and gives its text.</summary>
    private static async Task<string> NotFoundPageAsync(HttpResponseMessage response)
    {
        var where = response.RequestMessage!.RequestUri!.PathAndQuery;
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{where}: {response.StatusCode}");
        Assert.True(response.Content.Headers.ContentType?.MediaType == "text/html", $"{where}: {response.Content.Headers.ContentType}");
        Assert.Equal(SecurityHeaders.WebAppPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        var page = await WebBrowserSession.ParseAsync(response);
        Assert.Equal("Not found", page.QuerySelector("main h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("link[rel=stylesheet][href^='/assets/app.css']"));
        return page.Body!.TextContent;
    }

    private static FormUrlEncodedContent Form(string token) => new([new("__RequestVerificationToken", token), new("name", "Intruder")]);
}
