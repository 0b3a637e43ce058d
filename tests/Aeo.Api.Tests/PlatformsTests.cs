using System.Net;

namespace Aeo.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class PlatformsTests(ApiServer server)
{
    [Fact]
    public async Task Platforms_show_their_limits_and_the_live_budget_spent_by_a_run()
    {
        var (_, key) = await Clients.CreateAsync(server, "Budget Brand");
        using var http = server.Client(key);
        var started = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "quick-c" }, maxQuestions = 8, samplesPerQuestion = 2 });
        var location = started.Headers.Location!.ToString();
        await Runs.WaitUntilEndedAsync(http, location);

        var response = await http.GetAsync("/api/v1/platforms");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var platforms = (await response.ReadAsync()).AsArray();
        Assert.Equal(["quick-a", "quick-b", "quick-c", "slow"], platforms.Select(p => p!["name"]!.GetValue<string>()));
        var quickC = platforms.Single(p => p!["name"]!.GetValue<string>() == "quick-c")!;
        Assert.Equal("simulated", quickC["kind"]!.GetValue<string>());
        Assert.True(quickC["simulated"]!.GetValue<bool>());
        Assert.Equal(6000, quickC["requestsPerMinute"]!.GetValue<int>());
        Assert.InRange(quickC["budget"]!["grantedLastMinute"]!.GetValue<int>(), 16, 6000);
        var slow = platforms.Single(p => p!["name"]!.GetValue<string>() == "slow")!;
        Assert.Equal(30, slow["budget"]!["requestsPerMinute"]!.GetValue<int>());
    }
}
