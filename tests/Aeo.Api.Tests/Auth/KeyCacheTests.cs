using System.Security.Cryptography;

namespace Aeo.Api.Tests.Auth;

/// <summary>
/// A revoked key stops working on every API process within the key cache's time, without the processes telling each
/// other: two API processes on one database, each with its own silo, both having just accepted the key. Revocation here
/// replaces the key's stored hash (what revoking a key does to the row that holds it).
/// </summary>
public sealed class KeyCacheTests : IAsyncLifetime
{
    /// <summary>The promise under test: a revoked key is refused within this long on every process.</summary>
    private static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(2);

    /// <summary>What a refusal may take beyond the cache's time: one poll of each process on a loaded machine.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(1.5);

    private readonly ApiServer first = new();
    private readonly ApiServer second = new();

    public async Task InitializeAsync()
    {
        var database = await PostgresTestServer.CreateMigratedDatabaseAsync();
        // Polling with a refused key counts as failed sign-ins: let the polls through the throttle.
        string[] cache = [$"--Aeo:Auth:KeyCacheDuration={CacheDuration}", $"--Aeo:Auth:UnknownKeyCacheDuration={CacheDuration}", "--Aeo:Auth:FailedSignInLimit=10000"];
        await first.StartAsync([.. cache, "--Aeo:Cluster:ClusterId=keys-a", "--Aeo:Cluster:ServiceId=keys-a"], database);
        await second.StartAsync([.. cache, "--Aeo:Cluster:ClusterId=keys-b", "--Aeo:Cluster:ServiceId=keys-b"], database);
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
    }

    [Fact]
    public async Task A_revoked_key_is_refused_within_the_promised_seconds_on_two_api_processes()
    {
        var (id, key) = await TestClients.CreateAsync(first, "Revoked Brand");
        using var onFirst = first.Client(key);
        using var onSecond = second.Client(key);
        Assert.Equal(HttpStatusCode.OK, (await onFirst.GetAsync($"/api/v1/clients/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync($"/api/v1/clients/{id}")).StatusCode);

        await first.CountAsync("update client_api_keys set key_hash = @p where client_id = '" + id + "' returning 1", RandomNumberGenerator.GetBytes(32));
        var revokedAt = DateTime.UtcNow;

        var refusedAfter = await Task.WhenAll(
            TimeUntilRefusedAsync(onFirst, $"/api/v1/clients/{id}", revokedAt),
            TimeUntilRefusedAsync(onSecond, $"/api/v1/clients/{id}", revokedAt));
        Assert.All(refusedAfter, after => Assert.True(after <= CacheDuration + Slack, $"refused only after {after}"));
    }

    [Fact]
    public async Task A_key_unknown_a_moment_ago_is_remembered_as_unknown_for_the_cache_time_only()
    {
        var (id, _) = await TestClients.CreateAsync(first, "Late Key Brand");
        var key = "aeo_late_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        using var http = first.Client(key);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync($"/api/v1/clients/{id}")).StatusCode);

        // The key becomes valid in the database; the process still answers from what it learnt without asking again.
        await first.CountAsync("update client_api_keys set key_hash = @p where client_id = '" + id + "' returning 1", SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        var changedAt = DateTime.UtcNow;
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync($"/api/v1/clients/{id}")).StatusCode);
        Assert.True(DateTime.UtcNow - changedAt < CacheDuration, "the second request came too late to show the cache");

        await Eventually.UntilAsync(
            () => http.GetAsync($"/api/v1/clients/{id}"), r => r.StatusCode == HttpStatusCode.OK, CacheDuration + Slack, r => r.StatusCode.ToString());
    }

    private static async Task<TimeSpan> TimeUntilRefusedAsync(HttpClient http, string url, DateTime since)
    {
        await Eventually.UntilAsync(
            () => http.GetAsync(url), r => r.StatusCode == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(30), r => r.StatusCode.ToString());
        return DateTime.UtcNow - since;
    }
}
