using System.Net.Http.Headers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Aeo.Api.Tests.Auth;

/// <summary>
/// What a page on another site can make the operator's browser send once it has signed in to the dashboard: a form or
/// multipart POST, or a body-less POST, each carrying the dashboard's Basic credentials. None of them may reach any
/// write route of the API; the API's own way of calling (JSON bodies, or none, with a bearer or X-API-Key key) works.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CrossSiteRequestTests(ApiServer server)
{
    private static readonly string[] Tables = ["clients", "audit_runs", "schedules", "dead_letters"];

    [Fact]
    public async Task Every_api_write_route_refuses_what_a_cross_site_page_can_send_with_the_dashboards_credentials()
    {
        var routes = WriteRoutes();
        Assert.Contains(routes, r => r.Url.EndsWith("/cancel", StringComparison.Ordinal));
        Assert.Contains(routes, r => r.Url.EndsWith("/admin/cleanup", StringComparison.Ordinal));
        var before = await CountRowsAsync();
        using var browser = server.Client(null);
        browser.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("ops:" + ApiServer.OperatorKey)));

        foreach (var (method, url) in routes)
        {
            var form = await browser.SendAsync(new HttpRequestMessage(method, url)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "x", ["olderThanDays"] = "1" }),
            });
            Assert.True(form.StatusCode == HttpStatusCode.UnsupportedMediaType, $"form {method} {url}: {form.StatusCode}");

            using var multipart = new MultipartFormDataContent { { new StringContent("{}"), "body" } };
            var upload = await browser.SendAsync(new HttpRequestMessage(method, url) { Content = multipart });
            Assert.True(upload.StatusCode == HttpStatusCode.UnsupportedMediaType, $"multipart {method} {url}: {upload.StatusCode}");

            var plain = await browser.SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent("{}", Encoding.UTF8, "text/plain") });
            Assert.True(plain.StatusCode == HttpStatusCode.UnsupportedMediaType, $"text/plain {method} {url}: {plain.StatusCode}");

            // fetch(url, { method: "POST", credentials: "include" }) sends no body and no Content-Type: only the key can refuse it.
            var bodiless = await browser.SendAsync(new HttpRequestMessage(method, url));
            Assert.True(bodiless.StatusCode == HttpStatusCode.Unauthorized, $"body-less {method} {url}: {bodiless.StatusCode}");
            Assert.Equal("Bearer", bodiless.Headers.WwwAuthenticate.Single().Scheme);
        }
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task Json_and_body_less_writes_with_the_operator_key_work()
    {
        using var http = server.Client(ApiServer.OperatorKey);
        var cleanup = await http.PostRawAsync("/api/v1/admin/cleanup", """{"olderThanDays":36500}""");
        Assert.Equal(HttpStatusCode.OK, cleanup.StatusCode);

        using var header = server.Client(null);
        header.DefaultRequestHeaders.Add("X-API-Key", ApiServer.OperatorKey);
        Assert.Equal(HttpStatusCode.OK, (await header.PostAsync("/api/v1/admin/recovery", null)).StatusCode);
    }

    [Fact]
    public async Task Basic_credentials_still_open_the_dashboard_and_nothing_else()
    {
        using var browser = server.Client(null);
        browser.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("ops:" + ApiServer.OperatorKey)));

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/dashboard/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/platforms")).StatusCode);
    }

    /// <summary>Every POST, PUT, PATCH and DELETE route under /api, its parameters filled with ids that exist nowhere.</summary>
    private List<(HttpMethod Method, string Url)> WriteRoutes()
    {
        var writes = new[] { "POST", "PUT", "PATCH", "DELETE" };
        return server.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Where(writes.Contains)
                .Select(m => (new HttpMethod(m), Fill(e.RoutePattern.RawText!))))
            .Distinct()
            .ToList();
    }

    private static string Fill(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, "{([^}:]+)(:[^}]*)?}", m => m.Groups[2].Value == ":guid" ? Guid.NewGuid().ToString() : "quick-a");

    private async Task<long[]> CountRowsAsync() =>
        await Task.WhenAll(Tables.Select(t => server.CountAsync($"select count(*) from {t}")));
}
