using System.Net;
using System.Text.Json.Nodes;
using Aeo.Api.Tests.Support;

namespace Aeo.Api.Tests.Audits;

[Collection(ApiCollection.Name)]
public sealed class AuditLifecycleTests(ApiServer server)
{
    [Fact]
    public async Task An_audit_runs_end_to_end_and_only_its_client_sees_it()
    {
        var (ownerId, ownerKey) = await TestClients.CreateAsync(server, "Acme Pipeline");
        var (_, otherKey) = await TestClients.CreateAsync(server, "Globex Sales");
        using var owner = server.Client(ownerKey);
        using var other = server.Client(otherKey);

        var started = await owner.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "quick-a", "quick-b", "quick-c" }, maxQuestions = 20 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        var runId = (await started.ReadAsync())["id"]!.GetValue<Guid>();
        Assert.Equal($"/api/v1/audits/{runId}", location);

        var run = await Runs.WaitUntilEndedAsync(owner, location);
        Assert.Equal("completed", run["status"]!.GetValue<string>());
        Assert.Equal("completed", run["stage"]!.GetValue<string>());
        Assert.Equal(ownerId, run["clientId"]!.GetValue<Guid>());
        Assert.Equal(20, run["totalQuestions"]!.GetValue<int>());
        var progress = run["progress"]!;
        Assert.Equal(60, progress["total"]!.GetValue<int>());
        Assert.Equal(60, progress["processed"]!.GetValue<int>());
        Assert.Equal(0, progress["failed"]!.GetValue<int>());
        Assert.Equal(100.0, progress["percent"]!.GetValue<double>());
        Assert.NotNull(run["completedAt"]);

        var stats = run["stats"]!.AsArray();
        Assert.Equal(["quick-a", "quick-b", "quick-c"], stats.Select(s => s!["platform"]!.GetValue<string>()).Order());
        foreach (var platform in stats)
        {
            Assert.True(platform!["simulated"]!.GetValue<bool>());
            Assert.Equal(20, platform["totalQueries"]!.GetValue<int>());
            Assert.Equal(20, platform["successfulQueries"]!.GetValue<int>());
            Assert.True(platform["totalTokens"]!.GetValue<long>() > 0);
            var mentioning = platform["responsesMentioningBrand"]!.GetValue<int>();
            Assert.InRange(mentioning, 0, 20);
            Assert.Equal(Math.Round(mentioning / 20.0, 4), platform["brandMentionRate"]!.GetValue<double>(), 4);
        }
        Assert.All(run["platforms"]!.AsArray(), p => Assert.Equal(20, p!["processed"]!.GetValue<int>()));

        // The tables agree with the run: every (question, platform, sample) once, mention counts as stored.
        Assert.Equal(20, await server.CountAsync("select count(*) from questions where audit_run_id = @p", runId));
        Assert.Equal(60, await server.CountAsync("select count(*) from responses where audit_run_id = @p", runId));
        Assert.Equal(60, await server.CountAsync(
            "select count(distinct (question_id, platform, sample)) from responses where audit_run_id = @p", runId));
        var storedMentioning = await server.CountAsync(
            """
            select count(*) from responses r
            where r.audit_run_id = @p and exists (select 1 from jsonb_array_elements(r.brand_mentions) m where m->>'brand' = 'Acme Pipeline')
            """, runId);
        Assert.Equal(storedMentioning, stats.Sum(s => s!["responsesMentioningBrand"]!.GetValue<int>()));
        Assert.Equal(1, await server.CountAsync("select count(*) from audit_runs where id = @p and status = 'completed' and processed_work_items = 60", runId));

        var questions = await (await owner.GetAsync($"{location}/questions?pageSize=200")).ReadAsync();
        Assert.Equal(20, questions["total"]!.GetValue<int>());
        Assert.Equal(20, questions["items"]!.AsArray().Count);
        var page2 = await (await owner.GetAsync($"{location}/responses?page=2&pageSize=25")).ReadAsync();
        Assert.Equal(60, page2["total"]!.GetValue<int>());
        Assert.Equal(25, page2["items"]!.AsArray().Count);
        var onePlatform = await (await owner.GetAsync($"{location}/responses?platform=quick-b&pageSize=200")).ReadAsync();
        Assert.Equal(20, onePlatform["total"]!.GetValue<int>());
        Assert.All(onePlatform["items"]!.AsArray(), r =>
        {
            Assert.Equal("quick-b", r!["platform"]!.GetValue<string>());
            Assert.True(r["simulated"]!.GetValue<bool>());
            Assert.False(string.IsNullOrWhiteSpace(r["text"]!.GetValue<string>()));
        });

        var listed = await (await owner.GetAsync("/api/v1/audits?status=completed")).ReadAsync();
        Assert.Contains(listed["items"]!.AsArray(), item => item!["id"]!.GetValue<Guid>() == runId);

        // Another client's key sees nothing of it.
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{location}/questions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{location}/responses")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"{location}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/clients/{ownerId}")).StatusCode);
        var othersList = await (await other.GetAsync("/api/v1/audits")).ReadAsync();
        Assert.DoesNotContain(othersList["items"]!.AsArray(), item => item!["id"]!.GetValue<Guid>() == runId);

        // The operator sees it, and may filter by client.
        using var operatorHttp = server.Client(ApiServer.OperatorKey);
        var byClient = await (await operatorHttp.GetAsync($"/api/v1/audits?clientId={ownerId}")).ReadAsync();
        Assert.Equal(1, byClient["total"]!.GetValue<int>());

        // The run shows in the cluster's own metrics.
        var metrics = await operatorHttp.GetStringAsync("/metrics");
        Assert.Matches("aeo_work_items_settled(_total)?\\{[^}]*platform=\"quick-b\"", metrics);
        Assert.Contains("aeo_runs_ended", metrics);

        // Cancelling a finished run changes nothing.
        var late = await owner.PostAsync($"{location}/cancel", null);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("completed", (await (await owner.GetAsync(location)).ReadAsync())["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Status_answers_while_the_run_is_busy_and_cancel_stops_dispatch()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Initech Cloud");
        using var http = server.Client(key);
        var started = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "slow" }, maxQuestions = 20, samplesPerQuestion = 2 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        var runId = (await started.ReadAsync())["id"]!.GetValue<Guid>();

        JsonNode status;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        do
        {
            await Task.Delay(200);
            status = await (await http.GetAsync(location)).ReadAsync();
        }
        while (status["progress"]!["settled"]!.GetValue<int>() == 0 && DateTime.UtcNow < deadline);
        Assert.Equal("running", status["status"]!.GetValue<string>());
        Assert.Equal("processing_questions", status["stage"]!.GetValue<string>());

        var cancelled = await http.PostAsync($"{location}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var body = await cancelled.ReadAsync();
        Assert.Equal("cancelled", body["status"]!.GetValue<string>());
        Assert.Equal("cancelled", body["stage"]!.GetValue<string>());

        var again = await http.PostAsync($"{location}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(body["completedAt"]!.GetValue<DateTimeOffset>(), (await again.ReadAsync())["completedAt"]!.GetValue<DateTimeOffset>());

        // Nothing new is asked after the cancel: the stored answers stop growing well short of the 40 work items.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var settled = await server.CountAsync("select count(*) from responses where audit_run_id = @p", runId);
        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.Equal(settled, await server.CountAsync("select count(*) from responses where audit_run_id = @p", runId));
        Assert.True(settled < 40, $"{settled} of 40 work items were stored despite the cancel");
        Assert.Equal(1, await server.CountAsync("select count(*) from audit_runs where id = @p and status = 'cancelled'", runId));
        Assert.Equal("cancelled", (await (await http.GetAsync(location)).ReadAsync())["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_repeated_request_with_the_same_idempotency_key_starts_one_run()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Umbrella Leads");
        using var http = server.Client(key);
        async Task<Guid> StartAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/audits")
            {
                Content = JsonContent("""{"platforms":["quick-a"],"maxQuestions":3}"""),
            };
            request.Headers.Add("Idempotency-Key", "weekly-2026-11-24");
            var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            return (await response.ReadAsync())["id"]!.GetValue<Guid>();
        }

        var first = await StartAsync();
        var second = await StartAsync();
        Assert.Equal(first, second);
        var listed = await (await http.GetAsync("/api/v1/audits")).ReadAsync();
        Assert.Equal(1, listed["total"]!.GetValue<int>());
        await Runs.WaitUntilEndedAsync(http, $"/api/v1/audits/{first}");
    }

    internal static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
