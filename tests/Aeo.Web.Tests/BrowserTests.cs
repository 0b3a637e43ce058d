using Microsoft.Playwright;

namespace Aeo.Web.Tests;

/// <summary>
/// The web app in a real browser: Debian's Chromium, driven by Playwright (its own browser download is not used).
/// Screenshots of each page at desktop and phone width go to <c>screenshots/</c> under the test output.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class BrowserTests(WebServer server)
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public async Task A_person_signs_in_starts_an_audit_watches_it_end_opens_the_report_and_signs_out()
    {
        var (_, key) = await server.CreateClientAsync("Browser Brand");
        await server.RunAuditAsync(key, ["sim-a", "sim-b"], questions: 3);
        Directory.CreateDirectory(Screenshots);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
        var context = await browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                failures.Add(message.Text);
            }
        };

        await page.GotoAsync("/");
        Assert.EndsWith("/signin?returnUrl=%2F", page.Url);
        await ShootAsync(page, "signin");
        await page.FillAsync("#key", key);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        Assert.Contains("Browser Brand", await page.InnerTextAsync("h1"));
        await ShootAsync(page, "overview");

        await page.ClickAsync("header nav a[href='/runs']");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/runs");
        await ShootAsync(page, "runs");
        await page.CheckAsync($"input[name=platforms][value='{WebServer.Slow}']");
        await page.CheckAsync("input[name=platforms][value='sim-a']");
        await page.FillAsync("#maxQuestions", "4");
        await page.FillAsync("#samplesPerQuestion", "1");
        await page.ClickAsync("form.audit button[type=submit]");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/runs/", StringComparison.Ordinal));

        Assert.Equal("false", await page.GetAttributeAsync("#live", "data-ended"));
        await page.EvaluateAsync("() => { window.__samePage = true; }");
        await ShootAsync(page, "run-running");
        await page.WaitForFunctionAsync("() => document.getElementById('run-status').textContent.trim() === 'completed'", null, new() { Timeout = 90_000 });
        await page.WaitForSelectorAsync("#headline-heading", new() { Timeout = 30_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__samePage === true"), "the run page reloaded");
        Assert.Equal("100", await page.EvalOnSelectorAsync<string>("#run-progress", "bar => String(bar.value)"));
        await ShootAsync(page, "run-ended");

        var reportLink = await page.GetAttributeAsync("a.button[href$='/report']", "href");
        await page.GotoAsync(reportLink!);
        Assert.StartsWith("AI visibility report: Browser Brand", await page.TitleAsync());
        await ShootAsync(page, "report");
        await page.GoBackAsync();

        await page.ClickAsync("form[action='/signout'] button");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/signin");
        Assert.Contains("You are signed out", await page.InnerTextAsync("main"));
        await page.GotoAsync("/runs");
        Assert.Contains("/signin", page.Url);
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Keyboard_focus_is_visible()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new() { BaseURL = server.BaseAddress.ToString() });
        await page.GotoAsync("/signin");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.Equal("solid", outline);
    }

    /// <summary>The page at desktop width, then at phone width (and back).</summary>
    private static async Task ShootAsync(IPage page, string name)
    {
        await page.SetViewportSizeAsync(1280, 900);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"{name}-1280.png"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"{name}-390.png"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 900);
    }
}
