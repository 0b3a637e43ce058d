using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace Aeo.Api.Tests.Auth;

[Collection(ApiCollection.Name)]
public sealed class AuthTests(ApiServer server)
{
    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key")]
    public async Task Api_routes_need_a_valid_key(string? key)
    {
        using var http = server.Client(key);
        var response = await http.GetAsync("/api/v1/audits");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task The_x_api_key_header_works_like_a_bearer_token()
    {
        var (id, key) = await TestClients.CreateAsync(server, "Header Brand");
        using var http = server.Client(null);
        http.DefaultRequestHeaders.Add("X-API-Key", key);
        var response = await http.GetAsync($"/api/v1/clients/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(key, body);
        Assert.Null(JsonNode.Parse(body)!["apiKey"]);
    }

    [Fact]
    public async Task Only_the_operator_creates_clients()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Client Brand");
        using var http = server.Client(key);
        var before = await server.CountAsync("select count(*) from clients");
        var response = await http.PostJsonAsync("/api/v1/clients", TestClients.Body("Sneaky"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await server.CountAsync("select count(*) from clients"));
    }

    [Fact]
    public async Task Client_keys_are_stored_as_their_sha256_and_nowhere_in_clear()
    {
        var (id, key) = await TestClients.CreateAsync(server, "Hashed Brand");
        var stored = Assert.IsType<byte[]>(await server.ScalarAsync("select key_hash from client_api_keys where client_id = @p", id));
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(key)), stored);
        // The client's row and its key's, as text (bytea as hex), every column: the key is in none of them.
        foreach (var query in new[]
                 {
                     "select row_to_json(c)::text from clients c where id = @p",
                     "select row_to_json(k)::text from client_api_keys k where client_id = @p",
                 })
        {
            var row = Assert.IsType<string>(await server.ScalarAsync(query, id));
            Assert.Contains(id.ToString(), row);
            Assert.DoesNotContain(key, row, StringComparison.Ordinal);
            Assert.DoesNotContain(key["aeo_".Length..], row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_dashboard_is_for_the_operator_only()
    {
        using var anonymous = server.Client(null);
        var challenge = await anonymous.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.Unauthorized, challenge.StatusCode);
        Assert.Equal("Basic", challenge.Headers.WwwAuthenticate.Single().Scheme);

        var (_, clientKey) = await TestClients.CreateAsync(server, "Dashboard Brand");
        using var client = server.Client(clientKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/dashboard")).StatusCode);

        using var browser = server.Client(null);
        browser.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("ops:" + ApiServer.OperatorKey)));
        var page = await browser.GetAsync("/dashboard/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("html", page.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Health_answers_without_a_key_and_metrics_and_openapi_need_the_operator_key()
    {
        using var http = server.Client(null);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        var ready = await http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/openapi/v1.json")).StatusCode);

        var (_, clientKey) = await TestClients.CreateAsync(server, "Metrics Peek Brand");
        using var client = server.Client(clientKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/metrics")).StatusCode);

        using var operatorHttp = server.Client(ApiServer.OperatorKey);
        var metrics = await operatorHttp.GetStringAsync("/metrics");
        Assert.Contains("http_requests_received_total", metrics);
    }

    [Fact]
    public async Task Unknown_routes_get_problem_details()
    {
        using var http = server.Client(ApiServer.OperatorKey);
        var response = await http.GetAsync($"/api/v1/audits/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
