using System.Diagnostics;
using Aeo.FakeProviders.Scripted;
using Aeo.Storage.Postgres;
using Xunit.Abstractions;

namespace Aeo.Api.Tests.Hosting;

/// <summary>
/// The real managed PostgreSQL stopped in the middle of a run and started again: meanwhile the API answers 503 problem
/// details with Retry-After and readiness is red; the answers received meanwhile are held, and within seconds of the
/// restart everything goes on by itself (no stall timeout), each work item stored, and asked for, exactly once. The
/// server is one of this test's own, so stopping it cuts off no other test.
/// </summary>
public sealed class DatabaseBlinkTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Questions = 6;
    private const int Samples = 2;
    private const int Items = Questions * Samples;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);

    private readonly ApiServer api = new();
    private ManagedPostgresServer postgres = null!;
    private ScriptedChatProvider provider = null!;

    public async Task InitializeAsync()
    {
        postgres = await PostgresTestServer.StartPrivateAsync();
        var connectionString = await postgres.CreateDatabaseAsync("blink");
        provider = await ScriptedChatProvider.StartAsync("blinking-db", ChatFaults.None, ["Blink Brand", "HubSpot"], TimeSpan.FromMilliseconds(800));
        // One call a second: the run is still asking when the database goes, and answers arrive while it is away.
        await api.StartAsync(
            [.. provider.Settings.Select(s => $"--{s.Key}={s.Value}"), $"--Aeo:Platforms:{provider.Name}:RequestsPerMinute=60"], connectionString);
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        await provider.DisposeAsync();
        await postgres.DisposeAsync();
    }

    [Fact]
    public async Task A_run_rides_out_the_database_stopping_and_goes_on_within_seconds_of_its_return()
    {
        var (_, key) = await TestClients.CreateAsync(api, "Blink Brand");
        using var http = api.Client(key);
        using var anonymous = api.Client(null);
        var started = await http.PostJsonAsync(
            "/api/v1/audits", new { platforms = new[] { provider.Name }, maxQuestions = Questions, samplesPerQuestion = Samples });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        var runId = (await started.ReadAsync())["id"]!.GetValue<Guid>();
        await Eventually.UntilAsync(
            () => StoredAsync(runId), stored => stored > 0, TimeSpan.FromMinutes(1), stored => $"{stored} responses stored");

        var storedAtStop = await StoredAsync(runId);
        await postgres.StopAsync();
        await AssertUnavailableAsync(await http.GetAsync("/api/v1/audits"));
        await Eventually.HoldsForAsync(
            async () => (
                Listing: (await http.GetAsync("/api/v1/audits")).StatusCode,
                Run: (await http.GetAsync(location)).StatusCode,
                Ready: (await anonymous.GetAsync("/health/ready")).StatusCode,
                Live: (await anonymous.GetAsync("/health/live")).StatusCode),
            r => r is { Listing: HttpStatusCode.ServiceUnavailable, Ready: HttpStatusCode.ServiceUnavailable, Live: HttpStatusCode.OK }
                 && r.Run is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable,
            Outage,
            r => $"while the database is away: {r}");
        var askedByOutageEnd = provider.Received;
        Assert.True(askedByOutageEnd > storedAtStop, $"no answer arrived while the database was away ({askedByOutageEnd} asked, {storedAtStop} stored): nothing was held");

        await postgres.StartAgainAsync(TimeSpan.FromSeconds(60));
        // The test's own pooled connections died with the server; the API's pool (another connection string) is left alone.
        NpgsqlConnection.ClearPool(new NpgsqlConnection(api.ConnectionString));
        var restarted = Stopwatch.StartNew();
        await Eventually.UntilAsync(
            async () => (await anonymous.GetAsync("/health/ready")).StatusCode, status => status == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), status => $"readiness still {status}");
        var ready = restarted.Elapsed;
        var progressed = await Eventually.UntilAsync(
            () => StoredAsync(runId), stored => stored > storedAtStop, TimeSpan.FromSeconds(30),
            stored => $"no response stored since the restart ({stored})");
        var resumed = restarted.Elapsed;
        var ended = await Runs.WaitUntilEndedAsync(http, location);
        output.WriteLine(
            $"outage {Outage.TotalSeconds:0} s: {storedAtStop} of {Items} items stored at its start, {askedByOutageEnd} asked by its end; after the restart: " +
            $"ready in {ready.TotalSeconds:0.0} s, storing again in {resumed.TotalSeconds:0.0} s ({progressed} stored), " +
            $"run ended in {restarted.Elapsed.TotalSeconds:0.0} s");

        Assert.Equal("completed", ended["status"]!.GetValue<string>());
        Assert.True(resumed < TimeSpan.FromSeconds(15), $"storing resumed {resumed} after the restart");
        Assert.Equal(Items, await StoredAsync(runId));
        Assert.Equal(Items, await api.CountAsync(
            "select count(distinct (question_id, platform, sample)) from responses where audit_run_id = @p", runId));
        Assert.Equal(Items, provider.Received);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/audits")).StatusCode);
    }

    private Task<long> StoredAsync(Guid runId) => api.CountAsync("select count(*) from responses where audit_run_id = @p", runId);

    private static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Equal(503, JsonNode.Parse(text)!["status"]!.GetValue<int>());
    }
}
