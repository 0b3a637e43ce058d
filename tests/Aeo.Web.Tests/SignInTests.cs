namespace Aeo.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class SignInTests(WebServer server)
{
    [Fact]
    public async Task A_page_without_a_session_redirects_to_the_sign_in_page()
    {
        using var browser = new WebBrowserSession(server);
        foreach (var path in new[] { "/", $"/app/runs/{Guid.NewGuid()}/events", $"/app/runs/{Guid.NewGuid()}/report" })
        {
            var response = await browser.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/signin?returnUrl=", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task An_api_key_alone_opens_no_page()
    {
        using var http = server.Api(WebServer.OperatorKey);
        var response = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress, DefaultRequestHeaders = { Authorization = http.DefaultRequestHeaders.Authorization } }.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task The_operator_key_signs_in_and_the_cookie_holds_no_key()
    {
        using var browser = new WebBrowserSession(server);
        var response = await browser.SignInAsync(WebServer.OperatorKey, "/signin?returnUrl=%2Fruns");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/runs", new Uri(server.BaseAddress, response.Headers.Location!).PathAndQuery);

        var session = browser.Cookies.GetCookies(server.BaseAddress).Single(c => c.Name == "aeo_session");
        Assert.True(session.HttpOnly);
        var setCookie = string.Join("\n", response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        foreach (Cookie cookie in browser.Cookies.GetAllCookies())
        {
            Assert.DoesNotContain(WebServer.OperatorKey, Uri.UnescapeDataString(cookie.Value));
        }

        var (page, document) = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain(WebServer.OperatorKey, document.DocumentElement.OuterHtml);
        Assert.Equal("Operator", document.QuerySelector(".who")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_client_key_signs_in_and_is_never_echoed()
    {
        var (_, key) = await server.CreateClientAsync("Keyholder");
        using var browser = new WebBrowserSession(server);
        var response = await browser.SignInAsync(key);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, overview) = await browser.FollowAsync(response);
        Assert.Contains("Keyholder", overview.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(key, overview.DocumentElement.OuterHtml);
        foreach (Cookie cookie in browser.Cookies.GetAllCookies())
        {
            Assert.DoesNotContain(key, Uri.UnescapeDataString(cookie.Value));
        }
    }

    [Fact]
    public async Task A_wrong_key_is_refused_without_being_echoed()
    {
        const string wrong = "aeo_wrong-key-that-must-not-come-back-0123456789";
        using var browser = new WebBrowserSession(server);
        var response = await browser.SignInAsync(wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(wrong, html);
        var page = await WebBrowserSession.ParseAsync(response);
        Assert.Contains("not valid", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.DoesNotContain(browser.Cookies.GetAllCookies(), c => c.Name == "aeo_session");
    }

    [Fact]
    public async Task A_sign_in_without_the_antiforgery_token_is_refused()
    {
        using var browser = new WebBrowserSession(server);
        var (_, page) = await browser.GetAsync("/signin");
        var response = await browser.SubmitAsync(page, "form[method=post]", new() { ["key"] = WebServer.OperatorKey }, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(browser.Cookies.GetAllCookies(), c => c.Name == "aeo_session");
    }

    [Fact]
    public async Task Sign_out_is_a_post_with_the_token_and_ends_the_session()
    {
        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(WebServer.OperatorKey);
        var (_, page) = await browser.GetAsync("/");

        var forged = await browser.SubmitAsync(page, "form[action='/signout']", [], withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/")).StatusCode);

        var signedOut = await browser.SubmitAsync(page, "form[action='/signout']", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task The_session_cookie_does_not_open_the_api()
    {
        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(WebServer.OperatorKey);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.GetAsync("/api/v1/audits")).StatusCode);
    }

    [Fact]
    public async Task Pages_carry_a_policy_without_inline_script()
    {
        using var browser = new WebBrowserSession(server);
        var response = await browser.Http.GetAsync("/signin");
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
    }
}
