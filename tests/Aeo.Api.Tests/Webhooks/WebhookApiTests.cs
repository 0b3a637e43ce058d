using System.Net.Http.Json;
using Aeo.FakeProviders;
using Aeo.FakeProviders.Webhooks;

namespace Aeo.Api.Tests.Webhooks;

/// <summary>
/// /api/v1/webhooks end to end on an API process of its own (embedded silo) whose webhooks may reach 127.0.0.1 only,
/// with a loopback receiver: the secret is shown once, a client sees only its own subscriptions, bad bodies write
/// nothing, and a test ping arrives signed, in either body format, with its delivery in the log.
/// </summary>
public sealed class WebhookApiTests : IAsyncLifetime
{
    private readonly ApiServer server = new();
    private FakeProviderServer receiver = null!;

    public async Task InitializeAsync()
    {
        receiver = await FakeProviderServer.StartAsync(_ => FakeReply.Raw(200, "ok"));
        await server.StartAsync(
        [
            "--Aeo:Webhooks:AllowedHosts:0=127.0.0.1",
            "--Aeo:Webhooks:PollInterval=00:00:00.200",
            "--Aeo:Webhooks:RetryBaseDelay=00:00:00.050",
        ]);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        await receiver.DisposeAsync();
    }

    private string ReceiverUrl => new Uri(receiver.BaseUrl, "hooks").ToString();

    [Fact]
    public async Task A_webhook_is_created_with_its_secret_shown_once_and_only_its_client_sees_it()
    {
        var (ownerId, ownerKey) = await TestClients.CreateAsync(server, "Acme Hooks");
        var (_, otherKey) = await TestClients.CreateAsync(server, "Globex Hooks");
        using var owner = server.Client(ownerKey);
        using var other = server.Client(otherKey);
        using var operatorHttp = server.Client(ApiServer.OperatorKey);

        var created = await owner.PostJsonAsync("/api/v1/webhooks", new { url = ReceiverUrl, events = new[] { "run.completed", "schedule.paused" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var webhook = await created.ReadAsync();
        var id = webhook["id"]!.GetValue<Guid>();
        var self = $"/api/v1/webhooks/{id}";
        Assert.Equal(self, created.Headers.Location!.ToString());
        Assert.Equal(ownerId, webhook["clientId"]!.GetValue<Guid>());
        Assert.Equal(["run.completed", "schedule.paused"], webhook["events"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Equal("standard", webhook["format"]!.GetValue<string>());
        var secret = webhook["secret"]!.GetValue<string>();
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.True(Convert.FromBase64String(secret["whsec_".Length..]).Length >= 24);
        var key = secret["whsec_".Length..];

        var read = await owner.GetStringAsync(self);
        var listed = await owner.GetStringAsync("/api/v1/webhooks");
        var byOperator = await operatorHttp.GetStringAsync($"/api/v1/webhooks?clientId={ownerId}");
        var replaced = await owner.PutAsJsonAsync(self, new { url = ReceiverUrl, events = new[] { "run.failed" }, format = "slack" });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var replacedText = await replaced.Content.ReadAsStringAsync();
        foreach (var text in new[] { read, listed, byOperator, replacedText })
        {
            Assert.Contains(id.ToString(), text, StringComparison.Ordinal);
            Assert.DoesNotContain(key, text, StringComparison.Ordinal);
            Assert.DoesNotContain("\"secret\"", text, StringComparison.Ordinal);
        }
        var current = JsonNode.Parse(replacedText)!;
        Assert.Equal(["run.failed"], current["events"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Equal("slack", current["format"]!.GetValue<string>());
        Assert.True(current["enabled"]!.GetValue<bool>());
        Assert.DoesNotContain(key, (string)(await server.ScalarAsync("select secret from webhook_subscriptions where id = @p", id))!, StringComparison.Ordinal);

        // Another client's key sees none of it and changes none of it.
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(self)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync(self, new { url = ReceiverUrl, events = new[] { "run.failed" } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{self}/deliveries")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"{self}/test", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync(self)).StatusCode);
        Assert.Equal(0, (await (await other.GetAsync("/api/v1/webhooks")).ReadAsync())["total"]!.GetValue<int>());
        await ProblemAssert.ValidationProblemAsync(await other.GetAsync($"/api/v1/webhooks?clientId={ownerId}"), "clientId");

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync(self)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync(self)).StatusCode);
        var written = await server.ScalarAsync("select string_agg(coalesce(path, '') || coalesce(route, ''), ' ') from access_log") as string;
        Assert.DoesNotContain(key, written ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://10.0.0.5/hooks", "url")]
    [InlineData("https://10.0.0.5/hooks", "url")]
    [InlineData("https://127.0.0.2/hooks", "url")]
    [InlineData("https://[::1]/hooks", "url")]
    [InlineData("https://169.254.169.254/latest", "url")]
    [InlineData("https://[fd00::1]/hooks", "url")]
    [InlineData("https://0.0.0.0/hooks", "url")]
    [InlineData("http://hooks.example/aeo", "url")]
    [InlineData("ftp://127.0.0.1/hooks", "url")]
    [InlineData("not a url", "url")]
    [InlineData("https://user:pass@127.0.0.1/hooks", "url")]
    public async Task A_url_that_is_not_https_to_a_public_address_nor_an_allowed_host_is_refused_and_nothing_is_written(string url, string field)
    {
        var (clientId, key) = await TestClients.CreateAsync(server, "Refused Hooks " + Guid.NewGuid().ToString("N")[..6]);
        using var http = server.Client(key);

        await ProblemAssert.ValidationProblemAsync(await http.PostJsonAsync("/api/v1/webhooks", new { url, events = new[] { "run.completed" } }), field);

        Assert.Equal(0, await server.CountAsync("select count(*) from webhook_subscriptions where client_id = @p", clientId));
    }

    [Fact]
    public async Task Bad_events_a_bad_format_and_a_missing_client_name_their_fields_and_write_nothing()
    {
        var (clientId, key) = await TestClients.CreateAsync(server, "Invalid Hooks");
        using var http = server.Client(key);
        using var operatorHttp = server.Client(ApiServer.OperatorKey);

        await ProblemAssert.ValidationProblemAsync(await http.PostJsonAsync("/api/v1/webhooks", new { url = ReceiverUrl, events = Array.Empty<string>() }), "events");
        await ProblemAssert.ValidationProblemAsync(await http.PostJsonAsync("/api/v1/webhooks", new { url = ReceiverUrl }), "events");
        await ProblemAssert.ValidationProblemAsync(
            await http.PostJsonAsync("/api/v1/webhooks", new { url = ReceiverUrl, events = new[] { "run.completed", "run.exploded" } }), "events[1]");
        await ProblemAssert.ValidationProblemAsync(
            await http.PostJsonAsync("/api/v1/webhooks", new { url = ReceiverUrl, events = new[] { "run.completed" }, format = "xml" }), "format");
        await ProblemAssert.ValidationProblemAsync(await http.PostJsonAsync("/api/v1/webhooks", new { events = new[] { "run.completed" } }), "url");
        await ProblemAssert.ValidationProblemAsync(
            await operatorHttp.PostJsonAsync("/api/v1/webhooks", new { url = ReceiverUrl, events = new[] { "run.completed" } }), "clientId");

        Assert.Equal(0, await server.CountAsync("select count(*) from webhook_subscriptions where client_id = @p", clientId));
    }

    [Theory]
    [InlineData("standard")]
    [InlineData("slack")]
    public async Task A_test_ping_arrives_signed_through_the_outbox_and_its_delivery_is_logged(string format)
    {
        var (clientId, key) = await TestClients.CreateAsync(server, "Ping Hooks " + format);
        using var http = server.Client(key);
        var created = await (await http.PostJsonAsync("/api/v1/webhooks", new { url = ReceiverUrl, events = new[] { "run.completed" }, format })).ReadAsync();
        var id = created["id"]!.GetValue<Guid>();
        var secret = created["secret"]!.GetValue<string>();

        var queued = await http.PostAsync($"/api/v1/webhooks/{id}/test", null);
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        var eventId = (await queued.ReadAsync())["eventId"]!.GetValue<Guid>().ToString();

        var pings = await Eventually.UntilAsync(
            () => Task.FromResult(receiver.Requests.Where(r => r.Header("webhook-id") == eventId).ToList()), r => r.Count > 0,
            TimeSpan.FromSeconds(30), r => $"{r.Count} pings");
        var ping = Assert.Single(pings);
        Assert.True(StandardWebhooksVerifier.Verify(secret, ping, TimeSpan.FromMinutes(5)), "signature");
        Assert.Equal("application/json", ping.Header("content-type")?.Split(';')[0]);
        if (format == "slack")
        {
            Assert.Equal($"Test ping for webhook {id} from Aeo.Orleans", ping.Json.GetProperty("text").GetString());
        }
        else
        {
            Assert.Equal("webhook.test", ping.Json.GetProperty("type").GetString());
            Assert.Equal(id, ping.Json.GetProperty("data").GetProperty("webhookId").GetGuid());
            Assert.Equal(clientId, ping.Json.GetProperty("data").GetProperty("clientId").GetGuid());
        }

        var delivery = await Eventually.UntilAsync(
            async () => (await (await http.GetAsync($"/api/v1/webhooks/{id}/deliveries")).ReadAsync())["items"]![0]!,
            d => d["outcome"]!.GetValue<string>() == "delivered", TimeSpan.FromSeconds(30), d => d.ToJsonString());
        Assert.Equal(eventId, delivery["eventId"]!.GetValue<string>());
        Assert.Equal("webhook.test", delivery["type"]!.GetValue<string>());
        Assert.Equal(1, delivery["attempts"]!.GetValue<int>());
        Assert.Equal(200, delivery["lastStatusCode"]!.GetValue<int>());
        Assert.True(delivery["lastDurationMs"]!.GetValue<int>() >= 0);
    }
}
