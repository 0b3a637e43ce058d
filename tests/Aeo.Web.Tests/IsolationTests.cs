namespace Aeo.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class IsolationTests(WebServer server)
{
    [Fact]
    public async Task Client_a_never_sees_client_b()
    {
        var (clientA, keyA) = await server.CreateClientAsync("Alpha Secret");
        var (_, keyB) = await server.CreateClientAsync("Bravo");
        var runOfA = await server.RunAuditAsync(keyA, ["sim-a"], questions: 2);

        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(keyB);
        foreach (var path in new[] { $"/runs/{runOfA}", $"/?client={clientA}", $"/runs?client={clientA}" })
        {
            var (response, page) = await browser.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("Not found", page.QuerySelector("h1")!.TextContent);
            Assert.DoesNotContain("Alpha Secret", page.DocumentElement.OuterHtml);
        }
        foreach (var path in new[] { $"/app/runs/{runOfA}/events", $"/app/runs/{runOfA}/report", $"/app/runs/{runOfA}/report?format=csv" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await browser.Http.GetAsync(path)).StatusCode);
        }
        var (_, own) = await browser.GetAsync("/");
        Assert.Contains("Bravo", own.QuerySelector("h1")!.TextContent);
        Assert.Null(own.QuerySelector("#client-picker"));

        using var operatorBrowser = new WebBrowserSession(server);
        await operatorBrowser.SignInAsync(WebServer.OperatorKey);
        Assert.Equal(HttpStatusCode.OK, (await operatorBrowser.GetAsync($"/runs/{runOfA}")).Response.StatusCode);
    }

    [Fact]
    public async Task Markup_from_a_provider_or_a_user_is_shown_as_text()
    {
        var (_, key) = await server.CreateClientAsync("Probe <img src=x onerror=alert(1)>");
        var runId = await server.RunAuditAsync(key, [WebServer.Injector], questions: 2);
        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(key);

        var (_, overview) = await browser.GetAsync("/");
        Assert.Empty(overview.QuerySelectorAll("img"));
        Assert.Contains("Probe <img src=x onerror=alert(1)>", overview.QuerySelector("h1")!.TextContent);

        var (_, run) = await browser.GetAsync($"/runs/{runId}");
        Assert.Empty(run.QuerySelectorAll("img"));
        Assert.All(run.QuerySelectorAll("script"), script => Assert.StartsWith("/assets/run-live.js", script.GetAttribute("src")));

        var report = await browser.Http.GetStringAsync($"/app/runs/{runId}/report");
        Assert.DoesNotContain(WebServer.Script, report);
        Assert.DoesNotContain(WebServer.Markup, report);
        Assert.Contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;", report);
    }
}
