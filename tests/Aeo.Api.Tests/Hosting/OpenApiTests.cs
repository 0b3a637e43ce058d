namespace Aeo.Api.Tests.Hosting;

/// <summary>The OpenAPI document describes every route of the API and every answer it gives, errors included.</summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiTests(ApiServer server)
{
    private const string ProblemDetails = "#/components/schemas/ProblemDetails";
    private const string ValidationProblemDetails = "#/components/schemas/HttpValidationProblemDetails";

    /// <summary>The routes of the HTTP contract, each with its success status.</summary>
    private static readonly Dictionary<string, string> Routes = new()
    {
        ["POST /api/v1/clients"] = "201",
        ["GET /api/v1/clients"] = "200",
        ["GET /api/v1/clients/{id}"] = "200",
        ["PUT /api/v1/clients/{id}"] = "200",
        ["DELETE /api/v1/clients/{id}"] = "204",
        ["POST /api/v1/clients/{id}/keys"] = "201",
        ["DELETE /api/v1/clients/{id}/keys/{keyId}"] = "204",
        ["POST /api/v1/audits"] = "202",
        ["GET /api/v1/audits"] = "200",
        ["GET /api/v1/audits/{id}"] = "200",
        ["GET /api/v1/audits/{id}/events"] = "200",
        ["POST /api/v1/audits/{id}/cancel"] = "200",
        ["GET /api/v1/audits/{id}/questions"] = "200",
        ["GET /api/v1/audits/{id}/responses"] = "200",
        ["GET /api/v1/audits/{id}/figures"] = "200",
        ["GET /api/v1/audits/{id}/report"] = "200",
        ["GET /api/v1/audits/{id}/changes"] = "200",
        ["GET /api/v1/audits/{id}/discovered-brands"] = "200",
        ["GET /api/v1/clients/{id}/discovered-brands"] = "200",
        ["POST /api/v1/clients/{id}/competitors"] = "200",
        ["GET /api/v1/clients/{id}/trends"] = "200",
        ["POST /api/v1/schedules"] = "201",
        ["GET /api/v1/schedules"] = "200",
        ["GET /api/v1/schedules/{id}"] = "200",
        ["PUT /api/v1/schedules/{id}"] = "200",
        ["GET /api/v1/admin/access-log"] = "200",
        ["DELETE /api/v1/schedules/{id}"] = "204",
        ["POST /api/v1/schedules/{id}/pause"] = "200",
        ["POST /api/v1/schedules/{id}/resume"] = "200",
        ["POST /api/v1/schedules/{id}/trigger"] = "202",
        ["GET /api/v1/schedules/{id}/executions"] = "200",
        ["GET /api/v1/platforms"] = "200",
        ["POST /api/v1/platforms/{name}/breaker/reset"] = "200",
        ["POST /api/v1/analysis/mentions"] = "200",
        ["POST /api/v1/admin/recovery"] = "200",
        ["POST /api/v1/admin/cleanup"] = "200",
        ["GET /api/v1/dead-letters"] = "200",
        ["POST /api/v1/dead-letters/reprocess"] = "202",
        ["POST /api/v1/webhooks"] = "201",
        ["GET /api/v1/webhooks"] = "200",
        ["GET /api/v1/webhooks/{id}"] = "200",
        ["PUT /api/v1/webhooks/{id}"] = "200",
        ["DELETE /api/v1/webhooks/{id}"] = "204",
        ["GET /api/v1/webhooks/{id}/deliveries"] = "200",
        ["POST /api/v1/webhooks/{id}/test"] = "202",
    };

    /// <summary>The routes that read a JSON body, with whether it is required and one of its fields.</summary>
    private static readonly Dictionary<string, (bool Required, string Field)> Bodies = new()
    {
        ["POST /api/v1/clients"] = (true, "name"),
        ["PUT /api/v1/clients/{id}"] = (true, "name"),
        ["POST /api/v1/audits"] = (true, "platforms"),
        ["POST /api/v1/schedules"] = (true, "cron"),
        ["PUT /api/v1/schedules/{id}"] = (true, "cron"),
        ["POST /api/v1/analysis/mentions"] = (true, "brands"),
        ["POST /api/v1/admin/recovery"] = (false, "maxRetries"),
        ["POST /api/v1/admin/cleanup"] = (false, "olderThanDays"),
        ["POST /api/v1/dead-letters/reprocess"] = (true, "runId"),
        ["POST /api/v1/clients/{id}/competitors"] = (true, "name"),
        ["POST /api/v1/webhooks"] = (true, "url"),
        ["PUT /api/v1/webhooks/{id}"] = (true, "url"),
    };

    private static readonly string[] OperatorOnly =
    [
        "POST /api/v1/clients", "GET /api/v1/clients", "DELETE /api/v1/clients/{id}", "POST /api/v1/platforms/{name}/breaker/reset", "POST /api/v1/admin/recovery", "POST /api/v1/admin/cleanup",
        "GET /api/v1/admin/access-log",
    ];

    [Fact]
    public async Task Every_operation_has_a_schema_for_its_success_and_problem_details_for_every_error_it_declares()
    {
        using var http = server.Client(ApiServer.OperatorKey);
        var document = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json"))!;
        var schemas = document["components"]!["schemas"]!.AsObject();
        Assert.True(schemas.ContainsKey("ProblemDetails") && schemas.ContainsKey("HttpValidationProblemDetails"));

        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject()
                .Where(method => method.Key != "parameters")
                .Select(method => (Name: $"{method.Key.ToUpperInvariant()} {path.Key}", Responses: method.Value!["responses"]!.AsObject())))
            .ToList();
        Assert.Equal(Routes.Keys.Order(), operations.Select(o => o.Name).Order());

        foreach (var (name, responses) in operations)
        {
            var successes = responses.Where(r => r.Key.StartsWith('2')).ToList();
            var success = Assert.Single(successes);
            Assert.True(success.Key == Routes[name], $"{name} succeeds with {success.Key}, not {Routes[name]}");
            var content = success.Value!["content"]?.AsObject();
            if (success.Key == "204")
            {
                Assert.True(content is null or { Count: 0 }, $"{name}: a 204 has no body");
            }
            else
            {
                Assert.True(content is { Count: > 0 }, $"{name}: {success.Key} has no content");
                Assert.All(content, media => Assert.True(
                    media.Value!["schema"] is JsonObject { Count: > 0 } schema && (schema["$ref"] is not null || schema["type"] is not null),
                    $"{name}: {success.Key} {media.Key} has no schema"));
            }

            var errors = responses.Where(r => r.Key[0] is '4' or '5').ToDictionary(r => r.Key, r => r.Value!);
            Assert.Contains("401", errors.Keys);
            Assert.Equal(OperatorOnly.Contains(name), errors.ContainsKey("403"));
            foreach (var (status, error) in errors)
            {
                var problem = error["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>();
                Assert.True(
                    problem == (status == "400" ? ValidationProblemDetails : ProblemDetails),
                    $"{name}: {status} is described as {error.ToJsonString()}");
            }
        }
    }

    [Fact]
    public async Task Every_route_that_reads_a_body_describes_it_and_no_other_route_claims_one()
    {
        using var http = server.Client(ApiServer.OperatorKey);
        var document = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json"))!;
        var schemas = document["components"]!["schemas"]!.AsObject();
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject()
                .Where(method => method.Key != "parameters")
                .Select(method => (Name: $"{method.Key.ToUpperInvariant()} {path.Key}", Body: method.Value!["requestBody"])))
            .ToList();
        Assert.All(Bodies.Keys, name => Assert.Contains(name, operations.Select(o => o.Name)));

        foreach (var (name, body) in operations)
        {
            if (!Bodies.TryGetValue(name, out var expected))
            {
                Assert.True(body is null, $"{name} claims a body: {body?.ToJsonString()}");
                continue;
            }
            Assert.True(body is not null, $"{name} does not describe its body");
            Assert.Equal(expected.Required, body["required"]?.GetValue<bool>() ?? false);
            var content = body["content"]!.AsObject();
            Assert.Equal(["application/json"], content.Select(c => c.Key));
            var reference = content["application/json"]!["schema"]!["$ref"]!.GetValue<string>();
            var schema = schemas[reference.Replace("#/components/schemas/", "", StringComparison.Ordinal)];
            Assert.True(schema?["properties"]?[expected.Field] is not null, $"{name}: {reference} has no {expected.Field}: {schema?.ToJsonString()}");
            // The reader takes a body without any given field; which ones a request must hold is the validator's 400.
            Assert.True(schema!["required"] is null or JsonArray { Count: 0 }, $"{name}: {reference} claims required fields");
        }

        // Every reference, the bodies' nested types included, names a schema the document holds.
        var references = Regex.Matches(document.ToJsonString(), "\"\\$ref\":\"#/components/schemas/(?<name>[^\"]+)\"")
            .Select(m => m.Groups["name"].Value).Distinct().ToList();
        Assert.All(references, name => Assert.True(schemas.ContainsKey(name), $"{name} is referenced but not in the document"));
    }

    [Fact]
    public async Task The_browsable_reference_at_api_docs_signs_in_with_basic_and_reads_its_copy_of_the_document()
    {
        using var anonymous = server.Client(null);
        var refused = await anonymous.GetAsync("/api/docs/");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.StartsWith("Basic ", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/docs/openapi/v1.json")).StatusCode);

        // What a browser sends once it was asked: any valid key (here a client's) as the Basic password.
        var (_, clientKey) = await TestClients.CreateAsync(server, "Docs Reader Co");
        using var http = server.Client(null);
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"reader:{clientKey}")));
        var page = await http.GetAsync("/api/docs/");
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.IsSuccessStatusCode, $"{page.StatusCode}: {html}");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        // The page may run its own scripts (the JSON answers' policy would refuse them).
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        // The document's address, relative to the site's root (a path base is kept).
        Assert.Contains("\"url\":\"api/docs/openapi/v1.json\"", html);
        var document = JsonNode.Parse(await http.GetStringAsync("/api/docs/openapi/v1.json"))!;
        Assert.NotNull(document["paths"]!["/api/v1/audits"]);

        var script = Regex.Match(html, "<script[^>]+src=\"(?<src>[^\"]+)\"");
        Assert.True(script.Success, $"no script in {html}");
        var src = script.Groups["src"].Value;
        Assert.False(src.StartsWith("http", StringComparison.OrdinalIgnoreCase), $"the script comes from elsewhere: {src}");
        var asset = await http.GetAsync(new Uri(page.RequestMessage!.RequestUri!, src));
        Assert.True(asset.IsSuccessStatusCode, $"{src}: {asset.StatusCode}");
        Assert.True((await asset.Content.ReadAsByteArrayAsync()).Length > 10_000, $"{src} is not the reference's script");

        // Basic is honoured on these pages only: the same credentials do not open the API.
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/v1/audits")).StatusCode);
    }
}
