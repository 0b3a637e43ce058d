using Aeo.Abstractions.Grains;
using Aeo.Abstractions.Platforms;

namespace Aeo.Api.Tests.Platforms;

[Collection(ApiCollection.Name)]
public sealed class PlatformsTests(ApiServer server)
{
    [Fact]
    public async Task Platforms_show_their_limits_and_the_live_budget_spent_by_a_run()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Budget Brand");
        using var http = server.Client(key);
        var started = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "quick-c" }, maxQuestions = 8, samplesPerQuestion = 2 });
        var location = started.Headers.Location!.ToString();
        await Runs.WaitUntilEndedAsync(http, location);

        var response = await http.GetAsync("/api/v1/platforms");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var platforms = (await response.ReadAsync()).AsArray();
        Assert.Equal([ApiServer.BreakablePlatform, "quick-a", "quick-b", "quick-c", "slow"], platforms.Select(p => p!["name"]!.GetValue<string>()));
        var quickC = platforms.Single(p => p!["name"]!.GetValue<string>() == "quick-c")!;
        Assert.Equal("simulated", quickC["kind"]!.GetValue<string>());
        Assert.True(quickC["simulated"]!.GetValue<bool>());
        Assert.Equal(6000, quickC["requestsPerMinute"]!.GetValue<int>());
        Assert.InRange(quickC["budget"]!["grantedLastMinute"]!.GetValue<int>(), 16, 6000);
        Assert.Equal("available", quickC["availability"]!["state"]!.GetValue<string>());
        Assert.Equal("closed", quickC["breaker"]!["state"]!.GetValue<string>());
        Assert.Equal(0, quickC["budget"]!["inFlight"]!.GetValue<int>());
        Assert.True(quickC["budget"]!["tokensLastMinute"]!.GetValue<int>() > 0);
        Assert.Equal(120, quickC["timeoutSeconds"]!.GetValue<int>());
        Assert.Empty(quickC["recentErrors"]!.AsArray());
        var slow = platforms.Single(p => p!["name"]!.GetValue<string>() == "slow")!;
        Assert.Equal(30, slow["budget"]!["requestsPerMinute"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_open_breaker_shows_with_its_errors_and_the_operator_resets_it()
    {
        const string platform = ApiServer.BreakablePlatform;
        var gate = server.Grains.GetGrain<IPlatformGrain>(platform);
        for (var i = 0; i < 5; i++)
        {
            var lease = await gate.AcquireAsync(100);
            Assert.Equal(LeaseDecision.Granted, lease.Decision);
            await gate.ReportAsync(new CallOutcome(lease.Id, CallResult.Failed, 0, TimeSpan.Zero, "Unavailable", "503 from the provider", true, null, null));
        }

        using var operatorHttp = server.Client(ApiServer.OperatorKey);
        var open = await PlatformAsync(operatorHttp, platform);
        Assert.Equal("breaker_open", open["availability"]!["state"]!.GetValue<string>());
        Assert.Equal("open", open["breaker"]!["state"]!.GetValue<string>());
        Assert.Equal(5, open["breaker"]!["recentFailures"]!.GetValue<int>());
        Assert.True(open["breaker"]!["recentCalls"]!.GetValue<int>() >= 5);
        Assert.NotNull(open["breaker"]!["halfOpenAt"]);
        var error = open["recentErrors"]!.AsArray().Last()!;
        Assert.Equal("Unavailable", error["errorClass"]!.GetValue<string>());
        Assert.Equal("503 from the provider", error["message"]!.GetValue<string>());

        var (_, key) = await TestClients.CreateAsync(server, "Breaker Brand");
        using var clientHttp = server.Client(key);
        Assert.Equal(HttpStatusCode.Forbidden, (await clientHttp.PostAsync($"/api/v1/platforms/{platform}/breaker/reset", null)).StatusCode);
        var unknown = await operatorHttp.PostAsync("/api/v1/platforms/nowhere/breaker/reset", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);

        var reset = await operatorHttp.PostAsync($"/api/v1/platforms/{platform}/breaker/reset", null);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var closed = await reset.ReadAsync();
        Assert.Equal("closed", closed["breaker"]!["state"]!.GetValue<string>());
        Assert.Equal("available", closed["availability"]!["state"]!.GetValue<string>());
        Assert.Equal("closed", (await PlatformAsync(clientHttp, platform))["breaker"]!["state"]!.GetValue<string>());
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> PlatformAsync(HttpClient http, string name)
    {
        var platforms = (await (await http.GetAsync("/api/v1/platforms")).ReadAsync()).AsArray();
        return platforms.Single(p => p!["name"]!.GetValue<string>() == name)!;
    }
}
