namespace Aeo.Api.Tests.Audits;

/// <summary>
/// The per-client cap on runs at once under the reject policy, on its own API process (cap 2): the API answers 429 with
/// Retry-After and stores nothing, and a schedule's occurrence records a failed execution with the same reason.
/// </summary>
public sealed class ConcurrencyCapTests : IAsyncLifetime
{
    private static readonly object SlowAudit = new { platforms = new[] { "slow" }, maxQuestions = 3 };

    private readonly ApiServer server = new();

    public Task InitializeAsync() =>
        server.StartAsync(["--Aeo:Audit:MaxConcurrentRunsPerClient=2", "--Aeo:Audit:ConcurrencyPolicy=reject"]);

    public Task DisposeAsync() => server.DisposeAsync();

    [Fact]
    public async Task Over_the_cap_a_start_is_refused_with_429_and_stores_nothing_and_a_schedule_records_the_failure()
    {
        var (clientId, key) = await TestClients.CreateAsync(server, "Capped Co");
        var (_, otherKey) = await TestClients.CreateAsync(server, "Uncapped Co");
        using var http = server.Client(key);

        var running = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var accepted = await http.PostJsonAsync("/api/v1/audits", SlowAudit);
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            running.Add(accepted.Headers.Location!.ToString());
        }

        for (var i = 0; i < 2; i++)
        {
            var refused = await http.PostJsonAsync("/api/v1/audits", SlowAudit);
            var problem = await refused.ReadAsync();
            Assert.True(refused.StatusCode == HttpStatusCode.TooManyRequests, $"{refused.StatusCode}: {problem.ToJsonString()}");
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal(TimeSpan.FromSeconds(30), refused.Headers.RetryAfter?.Delta);
            Assert.Equal(2, problem["activeRuns"]!.GetValue<int>());
            Assert.Equal(2, problem["limit"]!.GetValue<int>());
            Assert.Contains("2 audit run(s) active", problem["detail"]!.GetValue<string>());
        }
        Assert.Equal(2, await server.CountAsync("select count(*) from audit_runs where client_id = @p", clientId));

        // Another client is not held back by this one's cap.
        using var other = server.Client(otherKey);
        var otherRun = await other.PostJsonAsync("/api/v1/audits", SlowAudit);
        Assert.Equal(HttpStatusCode.Accepted, otherRun.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsync($"{otherRun.Headers.Location}/cancel", null)).StatusCode);

        var created = await http.PostJsonAsync("/api/v1/schedules", new { name = "hourly", kind = "interval", interval = "01:00:00", audit = SlowAudit });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var schedule = created.Headers.Location!.ToString();
        var triggered = await http.PostAsync($"{schedule}/trigger", null);
        Assert.Equal(HttpStatusCode.Conflict, triggered.StatusCode);
        var executions = await (await http.GetAsync($"{schedule}/executions")).ReadAsync();
        var execution = executions["items"]![0]!;
        Assert.Equal("failed", execution["status"]!.GetValue<string>());
        Assert.Null(execution["auditRunId"]);
        Assert.Contains("2 audit run(s) active", execution["error"]!.GetValue<string>());
        Assert.Equal(1, (await (await http.GetAsync(schedule)).ReadAsync())["failureCount"]!.GetValue<int>());
        Assert.Equal(2, await server.CountAsync("select count(*) from audit_runs where client_id = @p", clientId));

        // Ending one frees its slot at once.
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync($"{running[0]}/cancel", null)).StatusCode);
        var retried = await http.PostJsonAsync("/api/v1/audits", SlowAudit);
        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        foreach (var location in new[] { running[1], retried.Headers.Location!.ToString() })
        {
            Assert.Equal(HttpStatusCode.OK, (await http.PostAsync($"{location}/cancel", null)).StatusCode);
        }
    }
}

/// <summary>The default policy (queue, 3 at once) on the shared API process: a fourth run waits queued and can be cancelled.</summary>
[Collection(ApiCollection.Name)]
public sealed class QueuedRunTests(ApiServer server)
{
    [Fact]
    public async Task Over_the_cap_a_run_is_accepted_pending_and_queued_and_cancelling_it_ends_it_cancelled()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Queued Co");
        using var http = server.Client(key);
        var locations = new List<string>();
        JsonNode last = null!;
        for (var i = 0; i < 4; i++)
        {
            var accepted = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "slow" }, maxQuestions = 3 });
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            locations.Add(accepted.Headers.Location!.ToString());
            last = await accepted.ReadAsync();
        }
        Assert.Equal("pending", last["status"]!.GetValue<string>());
        Assert.Equal("queued", last["stage"]!.GetValue<string>());
        var listed = await (await http.GetAsync("/api/v1/audits?status=pending")).ReadAsync();
        Assert.Contains(listed["items"]!.AsArray(), r => r!["stage"]!.GetValue<string>() == "queued");

        var cancelled = await (await http.PostAsync($"{locations[3]}/cancel", null)).ReadAsync();
        Assert.Equal("cancelled", cancelled["status"]!.GetValue<string>());
        Assert.Equal("cancelled", cancelled["stage"]!.GetValue<string>());
        Assert.Equal(0, await server.CountAsync(
            "select count(*) from questions where audit_run_id = @p", Guid.Parse(locations[3].Split('/').Last())));
        foreach (var location in locations.Take(3))
        {
            Assert.Equal(HttpStatusCode.OK, (await http.PostAsync($"{location}/cancel", null)).StatusCode);
        }
    }
}
