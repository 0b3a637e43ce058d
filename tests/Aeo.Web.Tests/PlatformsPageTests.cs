using AngleSharp.Dom;
namespace Aeo.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class PlatformsPageTests(WebServer server)
{
    [Fact]
    public async Task The_operator_sees_every_platform_with_its_limits_and_simulated_ones_labelled()
    {
        using var browser = await SignedInAsync(WebServer.OperatorKey);
        var (response, page) = await browser.GetAsync("/platforms");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var api = server.Api(WebServer.OperatorKey);
        var platforms = JsonNode.Parse(await api.GetStringAsync("/api/v1/platforms"))!.AsArray();
        var rows = page.QuerySelectorAll("section[aria-labelledby=platform-summary] tbody tr");
        Assert.Equal(platforms.Count, rows.Length);
        foreach (var platform in platforms)
        {
            var name = platform!["name"]!.GetValue<string>();
            var row = rows.Single(r => r.QuerySelector("td a")!.TextContent == name);
            Assert.Equal(platform["simulated"]!.GetValue<bool>(), row.QuerySelector(".tag.sim") is not null);
            Assert.Equal(platform["availability"]!["state"]!.GetValue<string>().Replace('_', ' '), row.QuerySelectorAll(".status")[0].TextContent);
            Assert.Equal(platform["breaker"]!["state"]!.GetValue<string>().Replace('_', ' '), row.QuerySelectorAll(".status")[1].TextContent);
            Assert.Equal(platform["budget"]!["requestsPerMinute"]!.GetValue<int>().ToString("N0", CultureInfo.InvariantCulture), row.QuerySelectorAll("td.num")[0].TextContent);
        }
        var injector = page.QuerySelector($"section#platform-{WebServer.Injector}")!;
        Assert.Contains("injector-1", injector.QuerySelector("dl.facts")!.TextContent);
        Assert.Null(injector.QuerySelector(".banner.simulated"));
        Assert.NotNull(page.QuerySelector("section#platform-sim-a .banner.simulated"));
    }

    [Fact]
    public async Task The_breaker_reset_is_a_form_with_the_token()
    {
        using var browser = await SignedInAsync(WebServer.OperatorKey);
        var (_, page) = await browser.GetAsync("/platforms");
        var selector = $"form[action='/app/platforms/{WebServer.Broken}/breaker/reset']";

        var forged = await browser.SubmitAsync(page, selector, [], withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var reset = await browser.SubmitAsync(page, selector, []);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var (_, after) = await browser.FollowAsync(reset);
        Assert.Contains($"The breaker of {WebServer.Broken} is closed", after.QuerySelector(".notice")!.TextContent);
    }

    [Fact]
    public async Task A_client_gets_no_platforms_page_nor_reset()
    {
        var (_, key) = await server.CreateClientAsync("Curious");
        using var browser = await SignedInAsync(key);
        var (response, page) = await browser.GetAsync("/platforms");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(page.QuerySelector("main h1")?.TextContent == "Not found", page.DocumentElement.OuterHtml);
        Assert.Empty(page.QuerySelectorAll("section.platform"));
        Assert.DoesNotContain(page.QuerySelectorAll("header nav a"), a => a.GetAttribute("href") == "/platforms");

        var (_, schedules) = await browser.GetAsync("/schedules");
        var token = schedules.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var reset = await browser.Http.PostAsync($"/app/platforms/{WebServer.Broken}/breaker/reset", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, reset.StatusCode);
    }

    private async Task<WebBrowserSession> SignedInAsync(string key)
    {
        var browser = new WebBrowserSession(server);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(key)).StatusCode);
        return browser;
    }
}
