namespace Aeo.Api.Tests.Limits;

/// <summary>ASP.NET Core's rate limiter: per key, and per address for requests without a valid key; 429 problems with Retry-After.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private const int PerKey = 12;
    private const int PerAddress = 6;
    private readonly ApiServer server = new();

    public Task InitializeAsync() =>
        server.StartAsync([$"--Aeo:RateLimits:PerKeyPerMinute={PerKey}", $"--Aeo:RateLimits:PerAddressPerMinute={PerAddress}"]);

    public Task DisposeAsync() => server.DisposeAsync();

    [Fact]
    public async Task A_key_past_its_rate_gets_429_with_retry_after_while_another_key_goes_on()
    {
        var (id, key) = await TestClients.CreateAsync(server, "Rate Brand");
        var (otherId, otherKey) = await TestClients.CreateAsync(server, "Other Rate Brand");
        using var http = server.Client(key);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < PerKey + 5 && refused is null; i++)
        {
            var response = await http.GetAsync($"/api/v1/clients/{id}");
            statuses.Add(response.StatusCode);
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }
        Assert.NotNull(refused);
        Assert.True(statuses.Count > PerKey / 2, $"refused after only {statuses.Count} requests");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        using var other = server.Client(otherKey);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/api/v1/clients/{otherId}")).StatusCode);
    }

    [Fact]
    public async Task Requests_without_a_key_are_limited_per_address()
    {
        using var anonymous = server.Client(null);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < PerAddress + 3; i++)
        {
            statuses.Add((await anonymous.GetAsync("/api/v1/platforms")).StatusCode);
        }
        Assert.Contains(HttpStatusCode.Unauthorized, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);

        // A valid key from the same address counts apart.
        using var operatorHttp = server.Client(ApiServer.OperatorKey);
        Assert.Equal(HttpStatusCode.OK, (await operatorHttp.GetAsync("/api/v1/platforms")).StatusCode);
    }
}
