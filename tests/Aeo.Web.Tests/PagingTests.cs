using AngleSharp.Dom;
using Aeo.Analysis.Discovery;
using Aeo.Analysis.Figures;
using Aeo.Storage.Discovery;
using Aeo.Storage.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Aeo.Web.Tests;

/// <summary>The lists that outgrow a page (webhooks, a webhook's deliveries, discovered competitors) reach their last item through their pager.</summary>
[Collection(WebCollection.Name)]
public sealed class PagingTests(WebServer server)
{
    [Fact]
    public async Task The_101st_webhook_is_on_the_second_page()
    {
        var (clientId, key) = await server.CreateClientAsync("Many Hooks");
        var subscriptions = server.Services.GetRequiredService<WebhookSubscriptionRepository>();
        var secrets = server.Services.GetRequiredService<WebhookSecrets>();
        for (var i = 0; i < 101; i++)
        {
            await subscriptions.InsertAsync(Guid.CreateVersion7(), clientId,
                new WebhookSettings($"http://127.0.0.1:9/hook-{i:D3}", ["run.completed"], "standard"), secrets.Protect(WebhookSigner.NewSecret()), default);
        }
        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(key);

        var (_, first) = await browser.GetAsync("/webhooks");
        var firstUrls = Urls(first);
        Assert.Equal(100, firstUrls.Count);
        Assert.Equal("http://127.0.0.1:9/hook-100", firstUrls[0]);
        Assert.Equal("Page 1 of 2 · 101 webhooks", first.QuerySelector("nav.pager span")!.TextContent);
        Assert.Null(first.QuerySelector("nav.pager a[rel=prev]"));

        var (response, second) = await browser.GetAsync(first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["http://127.0.0.1:9/hook-000"], Urls(second));
        Assert.Equal("Page 2 of 2 · 101 webhooks", second.QuerySelector("nav.pager span")!.TextContent);
        Assert.Null(second.QuerySelector("nav.pager a[rel=next]"));
        Assert.Equal("/webhooks?page=1", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Empty(firstUrls.Intersect(Urls(second)));

        using var operatorBrowser = new WebBrowserSession(server);
        await operatorBrowser.SignInAsync(WebServer.OperatorKey);
        var (_, ofOperator) = await operatorBrowser.GetAsync($"/webhooks?client={clientId}");
        Assert.Equal($"/webhooks?client={clientId}&page=2", ofOperator.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(["http://127.0.0.1:9/hook-000"], Urls((await operatorBrowser.GetAsync($"/webhooks?client={clientId}&page=2")).Page));
    }

    [Fact]
    public async Task The_51st_delivery_is_on_the_second_page()
    {
        var (clientId, key) = await server.CreateClientAsync("Many Deliveries");
        var subscriptions = server.Services.GetRequiredService<WebhookSubscriptionRepository>();
        var secrets = server.Services.GetRequiredService<WebhookSecrets>();
        // Nothing listens on the discard port and no dispatcher is poked: the deliveries stay where they are.
        var webhook = await subscriptions.InsertAsync(Guid.CreateVersion7(), clientId,
            new WebhookSettings("http://127.0.0.1:9/deliveries", ["run.completed"], "standard"), secrets.Protect(WebhookSigner.NewSecret()), default);
        var at = DateTimeOffset.UtcNow;
        for (var i = 0; i < 51; i++)
        {
            await subscriptions.EnqueueTestAsync(new WebhookEvent(Guid.CreateVersion7(), clientId, "webhook.test", $"ping {i}", new { i }, at.AddSeconds(i)), webhook.Id, default);
        }
        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(key);

        var (_, first) = await browser.GetAsync($"/webhooks/{webhook.Id}");
        Assert.Equal(50, first.QuerySelectorAll("table.deliveries tbody tr").Length);
        Assert.Equal("Page 1 of 2 · 51 deliveries", first.QuerySelector("nav.pager span")!.TextContent);
        var next = first.QuerySelector("nav.pager a[rel=next]")!;
        Assert.Equal("Older", next.TextContent);

        var (response, second) = await browser.GetAsync(next.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(second.QuerySelectorAll("table.deliveries tbody tr"));
        Assert.Equal("Page 2 of 2 · 51 deliveries", second.QuerySelector("nav.pager span")!.TextContent);
        Assert.Equal(webhook.Url, second.QuerySelector("h1 .sub")!.TextContent);
    }

    [Fact]
    public async Task The_51st_discovered_competitor_is_on_the_second_page()
    {
        var (clientId, key) = await server.CreateClientAsync("Many Rivals");
        var runId = await server.RunAuditAsync(key, ["sim-a"], questions: 1);
        var seen = new DiscoverySighting(runId.ToString(), DateTimeOffset.UtcNow);
        var brands = Enumerable.Range(0, 51).Select(i => new DiscoveredBrand(
            $"rival{i:D2}", $"Rival{i:D2}", [new NameVariant($"Rival{i:D2}", 60 - i)], [], 60 - i, 60 - i, 0, (60 - i) / 100.0,
            Intervals.Wilson((60 - i) / 100.0, 100), ["sim-a"], seen, [])).ToList();
        await server.Services.GetRequiredService<DiscoveredBrandRepository>().SaveAsync(runId, clientId, new DiscoveryResult(100, brands), 0.99, announce: false, default);
        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(key);

        var (_, first) = await browser.GetAsync("/competitors");
        var firstNames = Names(first);
        Assert.Equal(50, firstNames.Count);
        Assert.Equal("Rival00", firstNames[0]);
        Assert.StartsWith("51 brands", first.QuerySelector("p.count")!.TextContent);
        Assert.Equal("Page 1 of 2", first.QuerySelector("nav.pager span")!.TextContent);

        var (response, second) = await browser.GetAsync(first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Rival50"], Names(second));
        Assert.NotNull(second.QuerySelector("article.discovered-brand form input[name=__RequestVerificationToken]"));
    }

    private static List<string> Urls(IDocument page) => page.QuerySelectorAll("table.webhooks td.url a").Select(a => a.TextContent).ToList();

    private static List<string> Names(IDocument page) =>
        page.QuerySelectorAll("article.discovered-brand input[name=name]").Select(input => input.GetAttribute("value")!).ToList();
}
