using AngleSharp.Dom;

namespace Aeo.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class AnswersPageTests(WebServer server)
{
    [Fact]
    public async Task The_answers_browser_shows_every_answer_of_the_run_with_its_facts()
    {
        var run = await AnsweredRun.GetAsync(server);
        using var browser = await SignedInAsync(run.Key);
        var (response, page) = await browser.GetAsync($"/runs/{run.RunId}/answers");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cards = page.QuerySelectorAll("article.answer");
        Assert.Equal(run.Answers.Count, cards.Length);
        Assert.Contains($"{run.Answers.Count} answers", page.QuerySelector(".count")!.TextContent);
        Assert.Contains(AnsweredRun.Simulated, page.QuerySelector(".banner.simulated")!.TextContent);

        var simulatedCards = cards.Where(c => c.QuerySelector(".meta .tag")!.TextContent == AnsweredRun.Simulated).ToList();
        Assert.Equal(run.Count(a => a["platform"]!.GetValue<string>() == AnsweredRun.Simulated), simulatedCards.Count);
        Assert.All(simulatedCards, card => Assert.NotNull(card.QuerySelector(".tag.sim")));
        Assert.All(cards.Except(simulatedCards), card => Assert.Null(card.QuerySelector(".tag.sim")));

        foreach (var card in cards)
        {
            Assert.Contains("Cost", card.QuerySelector("dl.facts")!.TextContent);
            Assert.Matches(@"\d+ ms", card.QuerySelector("dl.facts")!.TextContent);
        }
        // Every mention the API lists is marked in the answer, with its sentiment.
        var marked = cards.SelectMany(c => c.QuerySelectorAll(".answer-text mark")).ToList();
        var mentioned = run.Answers.Sum(a => a!["mentions"]!.AsArray().Count(m => m!["count"]!.GetValue<int>() > 0));
        Assert.True(marked.Count >= mentioned, $"{marked.Count} marks for {mentioned} mentioned brands");
        Assert.Contains(marked, m => m.TextContent == AnsweredRun.Brand && m.GetAttribute("title")!.StartsWith(AnsweredRun.Brand + ": ", StringComparison.Ordinal));
        // The injector's answer cites the HubSpot guide.
        var injected = cards.First(c => c.QuerySelector(".meta .tag")!.TextContent == WebServer.Injector);
        Assert.Contains(injected.QuerySelectorAll(".sources a"), a => a.GetAttribute("href") == "https://hubspot.com/guide");
    }

    [Fact]
    public async Task An_answer_with_markup_script_and_a_javascript_link_renders_as_inert_text()
    {
        var run = await AnsweredRun.GetAsync(server);
        using var browser = await SignedInAsync(run.Key);
        var (_, page) = await browser.GetAsync($"/runs/{run.RunId}/answers?platform={WebServer.Injector}");

        var texts = page.QuerySelectorAll(".answer-text");
        Assert.NotEmpty(texts);
        foreach (var text in texts)
        {
            Assert.Empty(text.QuerySelectorAll("script, img, iframe, object, b#injected"));
            Assert.DoesNotContain(text.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            Assert.DoesNotContain(text.QuerySelectorAll("a"), a => !a.GetAttribute("href")!.StartsWith("https://", StringComparison.Ordinal));
            Assert.Contains(WebServer.Script, text.TextContent);
            Assert.Contains(WebServer.Markup, text.TextContent);
            Assert.Contains(WebServer.Image, text.TextContent);
            Assert.Contains("a free trial", text.TextContent);
            var link = text.QuerySelector("a[href='https://hubspot.com/guide']")!;
            Assert.Equal("nofollow noopener noreferrer", link.GetAttribute("rel"));
            Assert.Equal("Probe", text.QuerySelector("strong mark")!.TextContent);
        }
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.DoesNotContain("javascript:", page.QuerySelector("main")!.InnerHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Filters_narrow_the_list_as_the_answers_say()
    {
        var run = await AnsweredRun.GetAsync(server);
        using var browser = await SignedInAsync(run.Key);
        string Platform(JsonNode a) => a["platform"]!.GetValue<string>();

        await AssertCountAsync(browser, run, $"platform={AnsweredRun.Simulated}", run.Count(a => Platform(a) == AnsweredRun.Simulated),
            card => Assert.Equal(AnsweredRun.Simulated, card.QuerySelector(".meta .tag")!.TextContent));

        var ordinal = run.Answers[0]!["questionOrdinal"]!.GetValue<int>();
        await AssertCountAsync(browser, run, $"question={ordinal}", run.Count(a => a["questionOrdinal"]!.GetValue<int>() == ordinal),
            card => Assert.StartsWith($"{ordinal + 1}.", card.QuerySelector("h3")!.TextContent.Trim()));

        await AssertCountAsync(browser, run, "mentioned=yes", run.Count(a => AnsweredRun.Mention(a, AnsweredRun.Brand) is not null),
            card => Assert.Contains(card.QuerySelectorAll(".mentions mark"), m => m.TextContent == AnsweredRun.Brand));
        await AssertCountAsync(browser, run, "mentioned=no", run.Count(a => AnsweredRun.Mention(a, AnsweredRun.Brand) is null),
            card => Assert.DoesNotContain(card.QuerySelectorAll(".mentions mark"), m => m.TextContent == AnsweredRun.Brand));
        Assert.True(run.Count(a => AnsweredRun.Mention(a, AnsweredRun.Brand) is not null) > 0, "The injector's answers name Probe.");

        await AssertCountAsync(browser, run, $"platform={WebServer.Injector}&mentioned=no", 0, _ => { });
        await AssertCountAsync(browser, run, "brand=HubSpot&mentioned=yes", run.Count(a => AnsweredRun.Mention(a, "HubSpot") is not null), _ => { });

        foreach (var label in new[] { "positive", "neutral", "negative" })
        {
            var expected = run.Count(a => AnsweredRun.Mention(a, AnsweredRun.Brand)?["sentiment"]!["label"]!.GetValue<string>() == label);
            await AssertCountAsync(browser, run, $"sentiment={label}", expected, _ => { });
        }
    }

    [Fact]
    public async Task A_filter_that_matches_nothing_says_what_to_do()
    {
        var run = await AnsweredRun.GetAsync(server);
        using var browser = await SignedInAsync(run.Key);
        var (response, page) = await browser.GetAsync($"/runs/{run.RunId}/answers?platform={WebServer.Injector}&mentioned=no");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll("article.answer"));
        Assert.Contains("No answer matches these filters", page.QuerySelector(".empty h2")!.TextContent);
        Assert.NotNull(page.QuerySelector($".empty a[href='/runs/{run.RunId}/answers']"));
    }

    [Fact]
    public async Task Another_clients_run_answers_are_not_found()
    {
        var run = await AnsweredRun.GetAsync(server);
        var (_, otherKey) = await server.CreateClientAsync("Stranger");
        using var browser = await SignedInAsync(otherKey);
        var (response, page) = await browser.GetAsync($"/runs/{run.RunId}/answers");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(page.QuerySelector("main h1")?.TextContent == "Not found", page.DocumentElement.OuterHtml);
        Assert.Empty(page.QuerySelectorAll("article.answer"));
        Assert.DoesNotContain(AnsweredRun.Brand, page.QuerySelector("main")!.TextContent);

        var (missing, _) = await browser.GetAsync($"/runs/{Guid.NewGuid()}/answers");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_operator_sees_any_clients_answers()
    {
        var run = await AnsweredRun.GetAsync(server);
        using var browser = await SignedInAsync(WebServer.OperatorKey);
        var (response, page) = await browser.GetAsync($"/runs/{run.RunId}/answers");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(run.Answers.Count, page.QuerySelectorAll("article.answer").Length);
    }

    [Fact]
    public async Task Pages_without_a_session_redirect_to_the_sign_in_page()
    {
        var run = await AnsweredRun.GetAsync(server);
        using var browser = new WebBrowserSession(server);
        foreach (var path in new[] { $"/runs/{run.RunId}/answers", "/schedules", $"/schedules/{Guid.NewGuid()}", "/platforms" })
        {
            var response = await browser.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/signin?returnUrl=", response.Headers.Location!.PathAndQuery);
        }
    }

    private static async Task AssertCountAsync(WebBrowserSession browser, AnsweredRun run, string query, int expected, Action<IElement> each)
    {
        var (response, page) = await browser.GetAsync($"/runs/{run.RunId}/answers?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cards = page.QuerySelectorAll("article.answer");
        Assert.True(expected == cards.Length, $"{query}: {cards.Length} answers shown, {expected} expected");
        foreach (var card in cards)
        {
            each(card);
        }
    }

    private async Task<WebBrowserSession> SignedInAsync(string key)
    {
        var browser = new WebBrowserSession(server);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(key)).StatusCode);
        return browser;
    }
}
