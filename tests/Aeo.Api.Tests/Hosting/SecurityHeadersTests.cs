using Aeo.Api.Http;
using Microsoft.AspNetCore.Http;

namespace Aeo.Api.Tests.Hosting;

[Collection(ApiCollection.Name)]
public sealed class SecurityHeadersTests(ApiServer server)
{
    [Fact]
    public async Task Api_answers_and_problems_carry_the_security_headers_and_no_server_header()
    {
        using var operatorHttp = server.Client(ApiServer.OperatorKey);
        using var anonymous = server.Client(null);
        foreach (var response in new[] { await operatorHttp.GetAsync("/api/v1/platforms"), await anonymous.GetAsync("/api/v1/platforms") })
        {
            AssertCommonHeaders(response);
            Assert.Equal(SecurityHeaders.ApiPolicy, Csp(response));
        }
    }

    [Fact]
    public async Task Dashboard_pages_get_the_page_policy()
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("operator:" + ApiServer.OperatorKey)));
        var page = await http.GetAsync("/dashboard/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        AssertCommonHeaders(page);
        Assert.Equal(SecurityHeaders.PagePolicy, Csp(page));
        Assert.Contains("frame-ancestors 'none'", Csp(page));
    }

    [Fact]
    public void An_html_report_from_the_api_may_use_its_inline_styles_and_data_images_only()
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/api/v1/audits/7/report";
        context.Response.ContentType = "text/html; charset=utf-8";
        Assert.Equal(
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
            SecurityHeaders.PolicyFor(context));
        context.Response.ContentType = "application/json";
        Assert.Equal(SecurityHeaders.ApiPolicy, SecurityHeaders.PolicyFor(context));
    }

    private static void AssertCommonHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.False(response.Headers.Contains("Server"), "the Server header is sent");
        // Served over http here: HSTS is for https only.
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static string Csp(HttpResponseMessage response) => Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
}
