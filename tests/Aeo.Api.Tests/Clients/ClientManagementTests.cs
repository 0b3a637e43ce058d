using System.Net.Http.Json;

namespace Aeo.Api.Tests.Clients;

[Collection(ApiCollection.Name)]
public sealed class ClientManagementTests(ApiServer server)
{
    private static readonly object SlowAudit = new { platforms = new[] { "slow" }, maxQuestions = 2 };

    /// <summary>A run that cannot end while a test looks at it: 20 calls on a platform that allows one every 2 s.</summary>
    private static readonly object LongAudit = new { platforms = new[] { "slow" }, maxQuestions = 20 };

    [Fact]
    public async Task The_operator_lists_clients_newest_first_with_key_ids_and_never_keys()
    {
        var (older, olderKey) = await TestClients.CreateAsync(server, "Listed Older");
        var (newer, newerKey) = await TestClients.CreateAsync(server, "Listed Newer");
        using var http = server.Client(ApiServer.OperatorKey);

        var response = await http.GetAsync("/api/v1/clients?pageSize=200");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(olderKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain(newerKey, text, StringComparison.Ordinal);
        var body = JsonNode.Parse(text)!;
        var ids = body["items"]!.AsArray().Select(c => c!["id"]!.GetValue<Guid>()).ToList();
        Assert.True(ids.IndexOf(newer) < ids.IndexOf(older), "newest first");
        Assert.Equal(await server.CountAsync("select count(*) from clients where deleted_at is null"), body["total"]!.GetValue<int>());
        var listed = body["items"]!.AsArray().Single(c => c!["id"]!.GetValue<Guid>() == newer)!;
        var keyId = Assert.Single(listed["keys"]!.AsArray())!["id"]!.GetValue<Guid>();
        Assert.Equal(keyId, await server.ScalarAsync("select id from client_api_keys where client_id = @p", newer));

        var firstPage = await (await http.GetAsync("/api/v1/clients?page=1&pageSize=1")).ReadAsync();
        Assert.Single(firstPage["items"]!.AsArray());
        Assert.Equal(1, firstPage["pageSize"]!.GetValue<int>());
        await ProblemAssert.ValidationProblemAsync(await http.GetAsync("/api/v1/clients?pageSize=0"), "pageSize");

        using var client = server.Client(newerKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/clients")).StatusCode);
    }

    [Fact]
    public async Task An_update_applies_to_runs_started_afterwards_while_an_earlier_run_keeps_its_snapshot()
    {
        var (id, key) = await TestClients.CreateAsync(server, "Updated Brand");
        using var http = server.Client(key);
        var before = await StartAsync(http, SlowAudit);

        var updated = await http.PutAsJsonAsync($"/api/v1/clients/{id}", new
        {
            name = "Updated Brand Inc",
            industry = "Help desk",
            brand = new { name = "Updated Brand", aliases = new[] { "UB" }, domains = new[] { "updatedbrand.com" } },
            competitors = new[] { new { name = "Zendesk", aliases = Array.Empty<string>(), domains = new[] { "zendesk.com" } } },
        });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var shown = await updated.ReadAsync();
        Assert.Equal("Help desk", shown["industry"]!.GetValue<string>());
        Assert.True(shown["updatedAt"]!.GetValue<DateTimeOffset>() >= shown["createdAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(["Zendesk"], shown["competitors"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Contains((await (await http.GetAsync(before)).ReadAsync())["status"]!.GetValue<string>(), new[] { "pending", "running" });

        var after = await StartAsync(http, new { platforms = new[] { "quick-a" }, maxQuestions = 3 });
        await Runs.WaitUntilEndedAsync(http, before);
        await Runs.WaitUntilEndedAsync(http, after);

        Assert.Equal(["Updated Brand", "HubSpot", "Salesforce"], await TrackedBrandsAsync(http, before));
        Assert.Equal(["Updated Brand", "Zendesk"], await TrackedBrandsAsync(http, after));
        Assert.Equal("Help desk", await server.ScalarAsync("select config->>'industry' from audit_runs where id = @p", RunId(after)));
        Assert.Equal("CRM", await server.ScalarAsync("select config->>'industry' from audit_runs where id = @p", RunId(before)));
    }

    [Theory]
    [InlineData("""{"name":"X","industry":"CRM","brand":{"name":"X","domains":["https://x.com"]}}""", "brand.domains[0]")]
    [InlineData("""{"name":"X","industry":"CRM","brand":{"name":"X"},"competitors":[{"name":"x"}]}""", "competitors[0].name")]
    [InlineData("""{"name":"X","industry":"","brand":{"name":"X"}}""", "industry")]
    [InlineData("""{"name":"X","industry":"CRM","brand":{"name":"X"},"apiKey":"aeo_x"}""", "apiKey")]
    public async Task A_bad_update_is_a_400_naming_the_field_and_changes_nothing(string body, string field)
    {
        var (id, key) = await TestClients.CreateAsync(server, "Unchanged Brand");
        using var http = server.Client(key);
        var before = await (await http.GetAsync($"/api/v1/clients/{id}")).Content.ReadAsStringAsync();

        var response = await http.PutAsync($"/api/v1/clients/{id}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.ValidationProblemAsync(response, field);
        Assert.Equal(before, await (await http.GetAsync($"/api/v1/clients/{id}")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_clients_id_is_not_found_for_every_client_route()
    {
        var (owner, _) = await TestClients.CreateAsync(server, "Owner Brand");
        var (_, otherKey) = await TestClients.CreateAsync(server, "Other Brand");
        using var other = server.Client(otherKey);
        var keyId = await server.ScalarAsync("select id from client_api_keys where client_id = @p", owner);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/clients/{owner}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/clients/{owner}", TestClients.Body("Hijacked"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/clients/{owner}/keys", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/clients/{owner}/keys/{keyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.DeleteAsync($"/api/v1/clients/{owner}")).StatusCode);
        Assert.Equal("Owner Brand Inc", await server.ScalarAsync("select name from clients where id = @p", owner));
        Assert.Equal(1L, await server.CountAsync("select count(*) from client_api_keys where client_id = @p and revoked_at is null", owner));

        using var operatorHttp = server.Client(ApiServer.OperatorKey);
        Assert.Equal(HttpStatusCode.NotFound, (await operatorHttp.PutAsJsonAsync($"/api/v1/clients/{Guid.NewGuid()}", TestClients.Body("Nobody"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await operatorHttp.DeleteAsync($"/api/v1/clients/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Keys_rotate_without_downtime_and_a_revoked_key_is_refused_at_once()
    {
        var (id, oldKey) = await TestClients.CreateAsync(server, "Rotated Brand");
        using var old = server.Client(oldKey);
        var run = await StartAsync(old, new { platforms = new[] { "quick-a" }, maxQuestions = 2 });
        await Runs.WaitUntilEndedAsync(old, run);
        var oldKeyId = Assert.Single((await (await old.GetAsync($"/api/v1/clients/{id}")).ReadAsync())["keys"]!.AsArray())!["id"]!.GetValue<Guid>();

        var issued = await old.PostAsync($"/api/v1/clients/{id}/keys", null);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var fresh = await issued.ReadAsync();
        var newKey = fresh["apiKey"]!.GetValue<string>();
        var newKeyId = fresh["id"]!.GetValue<Guid>();
        Assert.StartsWith("aeo_", newKey, StringComparison.Ordinal);
        Assert.NotEqual(oldKey, newKey);

        // Both work at once, and see the same data; the listing names both by id only.
        using var rotated = server.Client(newKey);
        var seenByOld = await (await old.GetAsync("/api/v1/audits")).Content.ReadAsStringAsync();
        var seenByNew = await (await rotated.GetAsync("/api/v1/audits")).Content.ReadAsStringAsync();
        Assert.Equal(seenByOld, seenByNew);
        Assert.Contains(RunId(run).ToString(), seenByNew);
        var shown = await (await rotated.GetAsync($"/api/v1/clients/{id}")).Content.ReadAsStringAsync();
        Assert.Equal([oldKeyId, newKeyId], JsonNode.Parse(shown)!["keys"]!.AsArray().Select(k => k!["id"]!.GetValue<Guid>()));
        Assert.DoesNotContain(newKey, shown, StringComparison.Ordinal);
        Assert.DoesNotContain(oldKey, shown, StringComparison.Ordinal);

        // Two live keys at most: a third waits until one is revoked.
        var third = await rotated.PostAsync($"/api/v1/clients/{id}/keys", null);
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
        Assert.Equal(2L, await server.CountAsync("select count(*) from client_api_keys where client_id = @p", id));

        Assert.Equal(HttpStatusCode.NoContent, (await rotated.DeleteAsync($"/api/v1/clients/{id}/keys/{oldKeyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await old.GetAsync("/api/v1/audits")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await rotated.GetAsync(run)).StatusCode);
        Assert.Equal([newKeyId], (await (await rotated.GetAsync($"/api/v1/clients/{id}")).ReadAsync())["keys"]!.AsArray().Select(k => k!["id"]!.GetValue<Guid>()));
        Assert.Equal(HttpStatusCode.NoContent, (await rotated.DeleteAsync($"/api/v1/clients/{id}/keys/{oldKeyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rotated.DeleteAsync($"/api/v1/clients/{id}/keys/{Guid.NewGuid()}")).StatusCode);

        // The operator may issue one too, now that a place is free.
        using var operatorHttp = server.Client(ApiServer.OperatorKey);
        Assert.Equal(HttpStatusCode.Created, (await operatorHttp.PostAsync($"/api/v1/clients/{id}/keys", null)).StatusCode);
    }

    [Fact]
    public async Task A_client_without_active_runs_is_deleted_with_all_its_data_and_its_key_stops_working()
    {
        var (id, key) = await TestClients.CreateAsync(server, "Deleted Brand");
        using var http = server.Client(key);
        var run = await StartAsync(http, new { platforms = new[] { "quick-a" }, maxQuestions = 2 });
        await Runs.WaitUntilEndedAsync(http, run);
        var paused = await http.PostJsonAsync("/api/v1/schedules", new { name = "Paused", kind = "interval", interval = "01:00:00", audit = new { maxQuestions = 2 } });
        Assert.Equal(HttpStatusCode.Created, paused.StatusCode);
        var scheduleId = (await paused.ReadAsync())["id"]!.GetValue<Guid>();
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync($"/api/v1/schedules/{scheduleId}/pause", null)).StatusCode);
        Assert.True(await server.CountAsync("select count(*) from responses r join audit_runs a on a.id = r.audit_run_id where a.client_id = @p", id) > 0);

        using var operatorHttp = server.Client(ApiServer.OperatorKey);
        Assert.Equal(HttpStatusCode.NoContent, (await operatorHttp.DeleteAsync($"/api/v1/clients/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/v1/audits")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await operatorHttp.GetAsync($"/api/v1/clients/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await operatorHttp.GetAsync(run)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await operatorHttp.GetAsync($"/api/v1/schedules/{scheduleId}")).StatusCode);
        await AssertNothingLeftAsync(id, RunId(run));
        Assert.Equal(HttpStatusCode.NotFound, (await operatorHttp.DeleteAsync($"/api/v1/clients/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_client_with_an_active_run_or_schedule_is_kept_unless_the_deletion_is_forced()
    {
        var (id, key) = await TestClients.CreateAsync(server, "Busy Brand");
        using var http = server.Client(key);
        var run = await StartAsync(http, LongAudit);
        var scheduled = await http.PostJsonAsync("/api/v1/schedules", new { name = "Active", kind = "interval", interval = "01:00:00", audit = new { maxQuestions = 2 } });
        Assert.Equal(HttpStatusCode.Created, scheduled.StatusCode);
        var scheduleId = (await scheduled.ReadAsync())["id"]!.GetValue<Guid>();
        using var operatorHttp = server.Client(ApiServer.OperatorKey);

        var refused = await operatorHttp.DeleteAsync($"/api/v1/clients/{id}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.ReadAsync();
        Assert.Equal(1, problem["activeRuns"]!.GetValue<int>());
        Assert.Equal(1, problem["activeSchedules"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/v1/clients/{id}")).StatusCode);
        Assert.Contains((await (await http.GetAsync(run)).ReadAsync())["status"]!.GetValue<string>(), new[] { "pending", "running" });
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/v1/schedules/{scheduleId}")).StatusCode);
        await ProblemAssert.ValidationProblemAsync(await operatorHttp.DeleteAsync($"/api/v1/clients/{id}?force=yes"), "force");

        Assert.Equal(HttpStatusCode.NoContent, (await operatorHttp.DeleteAsync($"/api/v1/clients/{id}?force=true")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(run)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await operatorHttp.GetAsync(run)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await operatorHttp.GetAsync($"/api/v1/schedules/{scheduleId}")).StatusCode);
        await AssertNothingLeftAsync(id, RunId(run));
        // Answers still in flight when the run was cancelled are not stored for a run that is gone.
        await Eventually.HoldsForAsync(
            () => server.CountAsync("select count(*) from responses where audit_run_id = @p", RunId(run)),
            count => count == 0,
            TimeSpan.FromSeconds(3),
            count => $"{count} answers were stored for the deleted run");
    }

    private async Task AssertNothingLeftAsync(Guid clientId, Guid runId)
    {
        Assert.Equal(0L, await server.CountAsync("select count(*) from clients where id = @p", clientId));
        Assert.Equal(0L, await server.CountAsync("select count(*) from client_api_keys where client_id = @p", clientId));
        Assert.Equal(0L, await server.CountAsync("select count(*) from audit_runs where client_id = @p", clientId));
        Assert.Equal(0L, await server.CountAsync("select count(*) from schedules where client_id = @p", clientId));
        Assert.Equal(0L, await server.CountAsync("select count(*) from questions where audit_run_id = @p", runId));
        Assert.Equal(0L, await server.CountAsync("select count(*) from responses where audit_run_id = @p", runId));
        Assert.Equal(0L, await server.CountAsync("select count(*) from dead_letters where audit_run_id = @p", runId));
    }

    private static async Task<string> StartAsync(HttpClient http, object audit)
    {
        var response = await http.PostJsonAsync("/api/v1/audits", audit);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return response.Headers.Location!.ToString();
    }

    private static Guid RunId(string location) => Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);

    private static async Task<string[]> TrackedBrandsAsync(HttpClient http, string run)
    {
        var figures = await (await http.GetAsync($"{run}/figures")).ReadAsync();
        return figures["figures"]!["overall"]!["brands"]!.AsObject().Select(b => b.Key).ToArray();
    }
}
