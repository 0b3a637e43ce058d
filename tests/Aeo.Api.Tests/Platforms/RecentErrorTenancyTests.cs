namespace Aeo.Api.Tests.Platforms;

/// <summary>A platform's recent errors are shown to the client whose run made the failing calls, and to the operator; not to other clients.</summary>
public sealed class RecentErrorTenancyTests : IAsyncLifetime
{
    private const string Failing = "failing";
    private readonly ApiServer server = new();

    public Task InitializeAsync() => server.StartAsync(
    [
        $"--Aeo:Platforms:{Failing}:Kind=simulated",
        $"--Aeo:Platforms:{Failing}:Simulated:FailureRate=1",
        $"--Aeo:Platforms:{Failing}:Simulated:LatencyMinMs=1",
        $"--Aeo:Platforms:{Failing}:Simulated:LatencyMedianMs=2",
        $"--Aeo:Platforms:{Failing}:Simulated:LatencyMaxMs=5",
    ]);

    public Task DisposeAsync() => server.DisposeAsync();

    [Fact]
    public async Task A_client_sees_only_the_errors_of_its_own_runs_and_the_operator_sees_all()
    {
        var (_, ownerKey) = await TestClients.CreateAsync(server, "Failing Brand");
        var (_, otherKey) = await TestClients.CreateAsync(server, "Bystander Brand");
        using var owner = server.Client(ownerKey);
        using var other = server.Client(otherKey);
        using var operatorHttp = server.Client(ApiServer.OperatorKey);

        var started = await owner.PostJsonAsync("/api/v1/audits", new { platforms = new[] { Failing }, maxQuestions = 1 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        await Runs.WaitUntilEndedAsync(owner, started.Headers.Location!.ToString());

        var ownErrors = await ErrorsAsync(owner);
        Assert.NotEmpty(ownErrors);
        Assert.All(ownErrors, e => Assert.Contains("simulated outage", e!["message"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Equal(ownErrors.Count, (await ErrorsAsync(operatorHttp)).Count);
        Assert.Empty(await ErrorsAsync(other));
    }

    private static async Task<JsonArray> ErrorsAsync(HttpClient http)
    {
        var response = await http.GetAsync("/api/v1/platforms");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var platform = (await response.ReadAsync()).AsArray().Single(p => p!["name"]!.GetValue<string>() == Failing)!;
        return platform["recentErrors"]!.AsArray();
    }
}
