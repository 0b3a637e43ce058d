namespace Aeo.Api.Tests.Audits;

/// <summary>
/// <c>GET /api/v1/audits/{id}</c> answers from a short-lived per-run cache: reads during a run return and never go
/// backwards, the status a run ends with agrees with its tables, and a cached status is shown to its owner and the
/// operator only, with the key checked on every request.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class StatusReadTests(ApiServer server)
{
    private static readonly string[] Terminal = ["completed", "partially_completed", "failed", "cancelled"];

    [Fact]
    public async Task Reads_during_a_run_return_never_go_backwards_and_end_agreeing_with_the_tables()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Statusread Busy");
        using var http = server.Client(key);
        var started = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "quick-a", "quick-b" }, maxQuestions = 12, samplesPerQuestion = 3 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        var runId = (await started.ReadAsync())["id"]!.GetValue<Guid>();

        // Four pollers at once, each checking that what it reads only moves forward, until each has seen the end; each
        // waits a little between reads, as the key's request rate is limited.
        var pollers = Enumerable.Range(0, 4).Select(async _ =>
        {
            var reads = 0;
            var lastSettled = 0;
            while (true)
            {
                var response = await http.GetAsync(location);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
                var run = await response.ReadAsync();
                reads++;
                Assert.Equal(runId, run["id"]!.GetValue<Guid>());
                var settled = run["progress"]!["settled"]!.GetValue<int>();
                Assert.True(settled >= lastSettled, $"settled went back from {lastSettled} to {settled}");
                lastSettled = settled;
                if (Terminal.Contains(run["status"]!.GetValue<string>()))
                {
                    return (Reads: reads, Last: run);
                }
                Assert.True(reads < 5_000, "the run did not end");
                await Task.Delay(40);
            }
        }).ToArray();
        var results = await Task.WhenAll(pollers);

        var total = results[0].Last["progress"]!["total"]!.GetValue<int>();
        Assert.Equal(0, total % 6);
        Assert.True(total >= 6, $"the run planned {total} work items");
        foreach (var (_, last) in results)
        {
            Assert.Equal("completed", last["status"]!.GetValue<string>());
            Assert.Equal(total, last["progress"]!["total"]!.GetValue<int>());
            Assert.Equal(total, last["progress"]!["processed"]!.GetValue<int>());
        }
        // An ended status is only shown once the run's row and its answers say so too.
        Assert.Equal(total, await server.CountAsync("select count(*) from responses where audit_run_id = @p", runId));
        Assert.Equal(total, await server.CountAsync("select processed_work_items from audit_runs where id = @p and status = 'completed'", runId));
        // The listing (read from the table) agrees with the status route.
        var listed = (await (await http.GetAsync("/api/v1/audits?status=completed")).ReadAsync())["items"]!.AsArray();
        Assert.Contains(listed, item => item!["id"]!.GetValue<Guid>() == runId);
    }

    [Fact]
    public async Task A_cached_status_is_shown_to_its_owner_and_the_operator_only_and_the_key_is_checked_every_time()
    {
        var (_, ownerKey) = await TestClients.CreateAsync(server, "Statusread Owner");
        var (_, otherKey) = await TestClients.CreateAsync(server, "Statusread Other");
        using var owner = server.Client(ownerKey);
        using var other = server.Client(otherKey);
        using var operatorHttp = server.Client(ApiServer.OperatorKey);
        using var anonymous = server.Client(null);
        using var wrongKey = server.Client("aeo_not-a-key-of-anyone-0000000000000000000000");
        var started = await owner.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "slow" }, maxQuestions = 3 });
        var location = started.Headers.Location!.ToString();

        // Back to back, well within one cache period, so the owner's read fills the entry the others then meet.
        for (var round = 0; round < 20; round++)
        {
            var own = await owner.GetAsync(location);
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            var ownBody = await own.Content.ReadAsStringAsync();

            var foreign = await other.GetAsync(location);
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
            var foreignBody = await foreign.Content.ReadAsStringAsync();
            Assert.DoesNotContain("\"progress\"", foreignBody, StringComparison.Ordinal);
            Assert.DoesNotContain("Statusread", foreignBody, StringComparison.Ordinal);

            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(location)).StatusCode);
            if (round == 10)
            {
                // Once only: refused keys count against this address, which the other tests of this server share.
                Assert.Equal(HttpStatusCode.Unauthorized, (await wrongKey.GetAsync(location)).StatusCode);
            }

            var byOperator = await operatorHttp.GetAsync(location);
            Assert.Equal(HttpStatusCode.OK, byOperator.StatusCode);
            var operatorRun = JsonNode.Parse(await byOperator.Content.ReadAsStringAsync())!;
            Assert.Equal(JsonNode.Parse(ownBody)!["id"]!.GetValue<Guid>(), operatorRun["id"]!.GetValue<Guid>());
            Assert.Equal(JsonNode.Parse(ownBody)!["clientId"]!.GetValue<Guid>(), operatorRun["clientId"]!.GetValue<Guid>());
        }

        // A cancel through this process shows at once, cache or not.
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"{location}/cancel", null)).StatusCode);
        Assert.Equal("cancelled", (await (await owner.GetAsync(location)).ReadAsync())["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(location)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_run_is_not_found_however_often_it_is_asked()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Statusread Unknown");
        using var http = server.Client(key);
        var unknown = $"/api/v1/audits/{Guid.CreateVersion7()}";
        for (var i = 0; i < 3; i++)
        {
            var response = await http.GetAsync(unknown);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }
    }
}
