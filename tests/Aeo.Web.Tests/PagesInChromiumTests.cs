using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Aeo.Web.Tests;

/// <summary>
/// The overview with its trend, the answers, schedules, platforms, webhooks and discovered competitors pages in a real Chromium (Debian's, launched headless): the answers browser's
/// platform filter narrows the list, and each page is kept as a screenshot at desktop and phone width under the test
/// output (<c>screenshots/</c>).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PagesInChromiumTests(WebServer server)
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string[] Pages = ["overview-trend", "answers", "schedules", "schedule", "platforms", "webhooks", "webhook", "competitors"];

    private static readonly (string Name, int Width, int Height)[] Viewports = [("desktop", 1280, 900), ("phone", 390, 844)];

    [Fact]
    public async Task The_answers_browser_filters_by_platform_in_a_real_browser()
    {
        var run = await AnsweredRun.GetAsync(server);
        using var playwright = await Playwright.CreateAsync();
        await using var chromium = await LaunchAsync(playwright);
        var page = await SignedInPageAsync(chromium, run.Key, 1280, 900);

        await page.GotoAsync($"/runs/{run.RunId}/answers");
        Assert.Equal(run.Answers.Count, await page.Locator("article.answer").CountAsync());

        await page.SelectOptionAsync("#f-platform", AnsweredRun.Simulated);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("platform=" + AnsweredRun.Simulated, StringComparison.Ordinal));

        var expected = run.Count(a => a["platform"]!.GetValue<string>() == AnsweredRun.Simulated);
        Assert.InRange(expected, 1, run.Answers.Count - 1);
        Assert.Equal(expected, await page.Locator("article.answer").CountAsync());
        Assert.Equal(expected, await page.Locator("article.answer .tag.sim").CountAsync());
        Assert.Equal(AnsweredRun.Simulated, await page.Locator("#f-platform").InputValueAsync());
        Assert.Equal(0, await page.Locator(".answer-text script, .answer-text img").CountAsync());
    }

    [Fact]
    public async Task Each_page_is_kept_as_a_screenshot_at_desktop_and_phone_width()
    {
        var run = await AnsweredRun.GetAsync(server);
        using var api = server.Api(run.Key);
        var created = await api.PostAsJsonAsync("/api/v1/schedules", new { name = "Weekly check", kind = "cron", cron = "0 7 * * 1", timeZone = "Europe/Paris", audit = new { platforms = new[] { AnsweredRun.Simulated } } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var scheduleId = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
        Assert.Equal(HttpStatusCode.Accepted, (await api.PostAsync($"/api/v1/schedules/{scheduleId}/trigger", null)).StatusCode);
        var hook = await api.PostAsJsonAsync("/api/v1/webhooks", new
        {
            url = "http://127.0.0.1:9/a/rather/long/path/to/the/receiver/of/aeo-events?token=abcdefghijklmnopqrstuvwxyz0123456789",
            events = new[] { "run.completed", "run.failed", "change.significant", "competitor.discovered" },
        });
        Assert.Equal(HttpStatusCode.Created, hook.StatusCode);
        var webhookId = JsonNode.Parse(await hook.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
        Assert.Equal(HttpStatusCode.Accepted, (await api.PostAsync($"/api/v1/webhooks/{webhookId}/test", null)).StatusCode);

        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        using var playwright = await Playwright.CreateAsync();
        await using var chromium = await LaunchAsync(playwright);
        foreach (var (name, width, height) in Viewports)
        {
            var client = await SignedInPageAsync(chromium, run.Key, width, height);
            // This client has run more than once, so its overview draws the trend chart.
            await ShotAsync(client, "/", Path.Combine(folder, $"overview-trend-{name}.png"));
            await ShotAsync(client, $"/runs/{run.RunId}/answers?platform={WebServer.Injector}", Path.Combine(folder, $"answers-{name}.png"));
            await ShotAsync(client, "/schedules", Path.Combine(folder, $"schedules-{name}.png"));
            await ShotAsync(client, $"/schedules/{scheduleId}", Path.Combine(folder, $"schedule-{name}.png"));
            await ShotAsync(client, "/webhooks", Path.Combine(folder, $"webhooks-{name}.png"));
            await ShotAsync(client, $"/webhooks/{webhookId}", Path.Combine(folder, $"webhook-{name}.png"));
            await ShotAsync(client, "/competitors", Path.Combine(folder, $"competitors-{name}.png"));
            var operatorPage = await SignedInPageAsync(chromium, WebServer.OperatorKey, width, height);
            await ShotAsync(operatorPage, "/platforms", Path.Combine(folder, $"platforms-{name}.png"));
            // Nothing is wider than the screen: wide content scrolls inside its own box.
            foreach (var page in new[] { client, operatorPage })
            {
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                Assert.True(overflow <= 0, $"{page.Url} at {width} px is {overflow} px wider than the screen");
            }
        }
        foreach (var (name, _, _) in Viewports)
        {
            foreach (var page in Pages)
            {
                Assert.True(File.Exists(Path.Combine(folder, $"{page}-{name}.png")), $"{page}-{name}.png");
            }
        }
    }

    private static async Task ShotAsync(IPage page, string path, string file)
    {
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} is {overflow} px wider than the screen");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
    }

    private static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });

    private async Task<IPage> SignedInPageAsync(IBrowser chromium, string key, int width, int height)
    {
        var context = await chromium.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height }, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.FillAsync("#key", key);
        await page.ClickAsync("form button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        return page;
    }
}
