namespace Aeo.Api.Tests.Audits;

[Collection(ApiCollection.Name)]
public sealed class AuditIsolationTests(ApiServer server)
{
    [Fact]
    public async Task Only_the_client_that_started_a_run_sees_it_and_the_operator_sees_it_by_client()
    {
        var (ownerId, ownerKey) = await TestClients.CreateAsync(server, "Acme Isolation");
        var (_, otherKey) = await TestClients.CreateAsync(server, "Globex Isolation");
        using var owner = server.Client(ownerKey);
        using var other = server.Client(otherKey);

        var started = await owner.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "quick-a" }, maxQuestions = 3 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        var runId = (await started.ReadAsync())["id"]!.GetValue<Guid>();
        Assert.Equal("completed", (await Runs.WaitUntilEndedAsync(owner, location))["status"]!.GetValue<string>());

        // The owner sees the run and its pages.
        foreach (var page in new[] { location, $"{location}/questions", $"{location}/responses", $"{location}/figures" })
        {
            Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(page)).StatusCode);
        }
        var ownList = await (await owner.GetAsync("/api/v1/audits")).ReadAsync();
        Assert.Contains(ownList["items"]!.AsArray(), item => item!["id"]!.GetValue<Guid>() == runId);

        // Another client's key sees nothing of it: every page is a 404, as if there were no such run, and its list lacks it.
        foreach (var page in new[] { location, $"{location}/questions", $"{location}/responses", $"{location}/figures", $"{location}/events" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(page)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"{location}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/clients/{ownerId}")).StatusCode);
        var othersList = await (await other.GetAsync("/api/v1/audits")).ReadAsync();
        Assert.DoesNotContain(othersList["items"]!.AsArray(), item => item!["id"]!.GetValue<Guid>() == runId);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/dead-letters?runId={runId}")).StatusCode);

        // The operator sees it, and may filter by client.
        using var operatorHttp = server.Client(ApiServer.OperatorKey);
        Assert.Equal(HttpStatusCode.OK, (await operatorHttp.GetAsync(location)).StatusCode);
        var byClient = await (await operatorHttp.GetAsync($"/api/v1/audits?clientId={ownerId}")).ReadAsync();
        Assert.Equal(1, byClient["total"]!.GetValue<int>());
        Assert.Equal(runId, byClient["items"]![0]!["id"]!.GetValue<Guid>());
    }
}
