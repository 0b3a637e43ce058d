using AngleSharp.Dom;

namespace Aeo.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class CompetitorsPageTests(WebServer server)
{
    [Fact]
    public async Task Discovered_brands_are_listed_escaped_and_one_is_added_as_a_competitor()
    {
        var (clientId, key) = await server.CreateClientAsync("Finder");
        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(key);
        var (beforeResponse, before) = await browser.GetAsync("/competitors");
        Assert.Equal(HttpStatusCode.OK, beforeResponse.StatusCode);
        Assert.Contains("No run has ended yet", before.QuerySelector(".empty")!.TextContent);

        var runId = await server.RunAuditAsync(key, [WebServer.Injector], questions: 2);
        var (response, page) = await browser.GetAsync("/competitors");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var found = Brand(page, "Pipedrive");
        Assert.NotNull(found);
        Assert.DoesNotContain(page.QuerySelectorAll("article.discovered-brand h2"), h2 => h2.TextContent.Contains("HubSpot"));
        Assert.Matches(@"^\d+ of \d+: \d", found!.QuerySelector("dd")!.TextContent.Trim());
        Assert.Contains("–", found.QuerySelector("dd .note")!.TextContent);
        Assert.Contains(WebServer.Injector, found.QuerySelector("dt:contains('Platforms') + dd")!.TextContent);
        Assert.Equal($"/runs/{runId}", found.QuerySelector("dt:contains('First seen') + dd a")!.GetAttribute("href"));
        Assert.Contains("Pipedrive", found.QuerySelector("ul.contexts q")!.TextContent);
        Assert.Null(page.QuerySelector("main script, #injected, img[onerror]"));

        var forged = await browser.SubmitAsync(page, "article.discovered-brand:has(input[name=name][value=Pipedrive]) form", [], withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var added = await browser.SubmitAsync(page, "article.discovered-brand:has(input[name=name][value=Pipedrive]) form", []);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var (_, after) = await browser.FollowAsync(added);
        Assert.StartsWith("The competitor is added", after.QuerySelector(".notice")!.TextContent);
        Assert.Null(Brand(after, "Pipedrive"));

        using var api = server.Api(key);
        var client = JsonNode.Parse(await api.GetStringAsync($"/api/v1/clients/{clientId}"))!;
        Assert.Contains(client["competitors"]!.AsArray(), c => c!["name"]!.GetValue<string>() == "Pipedrive");

        var again = await browser.SubmitAsync(page, "article.discovered-brand:has(input[name=name][value=Pipedrive]) form", []);
        var (_, refused) = await browser.FollowAsync(again);
        Assert.StartsWith("It was not added: it is tracked already", refused.QuerySelector(".notice")!.TextContent);
    }

    [Fact]
    public async Task Client_a_cannot_add_a_competitor_to_client_b()
    {
        var (_, keyA) = await server.CreateClientAsync("Adder Alpha");
        var (clientB, keyB) = await server.CreateClientAsync("Adder Bravo");
        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(keyA);
        var (_, own) = await browser.GetAsync("/competitors");
        var token = own.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? (await browser.GetAsync("/webhooks")).Page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var posted = await browser.Http.PostAsync($"/app/clients/{clientB}/competitors",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("name", "Intruder")]));
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        using var api = server.Api(keyB);
        var client = JsonNode.Parse(await api.GetStringAsync($"/api/v1/clients/{clientB}"))!;
        Assert.DoesNotContain(client["competitors"]!.AsArray(), c => c!["name"]!.GetValue<string>() == "Intruder");
    }

    private static IElement? Brand(IDocument page, string name) =>
        page.QuerySelectorAll("article.discovered-brand").FirstOrDefault(a => a.QuerySelector("input[name=name]")?.GetAttribute("value") == name);
}
