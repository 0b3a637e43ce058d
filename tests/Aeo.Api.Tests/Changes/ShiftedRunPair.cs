namespace Aeo.Api.Tests.Changes;

/// <summary>
/// Two completed runs of one client on quick-a and quick-b across a restart that made quick-a stop naming HubSpot and
/// reseeded it, so on quick-a HubSpot's mention rate in answers to non-branded questions falls to nothing while
/// Salesforce's is drawn afresh: a real change and noise. <see cref="Api"/> is the server after the restart.
/// </summary>
internal sealed record ShiftedRunPair(ApiServer Api, string Key, Guid First, Guid Second)
{
    public static readonly string[] Platforms = ["quick-a", "quick-b"];

    public static async Task<ShiftedRunPair> StartAsync(string brand)
    {
        var api = new ApiServer();
        await api.InitializeAsync();
        var (_, key) = await TestClients.CreateAsync(api, brand);
        var first = await StartAndFinishAsync(api, key);
        var connectionString = api.ConnectionString;
        await api.DisposeAsync();
        api = new ApiServer();
        await api.StartAsync(["--Aeo:Platforms:quick-a:Simulated:OmitBrands:0=HubSpot", "--Aeo:Platforms:quick-a:Simulated:Seed=7"], connectionString);
        return new ShiftedRunPair(api, key, first, await StartAndFinishAsync(api, key));
    }

    private static async Task<Guid> StartAndFinishAsync(ApiServer api, string key)
    {
        using var http = api.Client(key);
        var started = await http.PostJsonAsync("/api/v1/audits", new { platforms = Platforms, maxQuestions = 40 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var run = await Runs.WaitUntilEndedAsync(http, started.Headers.Location!.ToString());
        Assert.Equal("completed", run["status"]!.GetValue<string>());
        return run["id"]!.GetValue<Guid>();
    }
}
