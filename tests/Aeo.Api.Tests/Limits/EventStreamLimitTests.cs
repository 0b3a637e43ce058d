using System.Security.Cryptography;

namespace Aeo.Api.Tests.Limits;

/// <summary>Event streams are capped per key, and a stream whose key is revoked closes while the run goes on.</summary>
public sealed class EventStreamLimitTests : IAsyncLifetime
{
    private readonly ApiServer server = new();

    public Task InitializeAsync() =>
        server.StartAsync(["--Aeo:Http:MaxEventStreamsPerKey=1", "--Aeo:Auth:KeyCacheDuration=00:00:01"]);

    public Task DisposeAsync() => server.DisposeAsync();

    [Fact]
    public async Task One_stream_too_many_is_a_429_and_closing_one_gives_its_place_back()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Cap Brand");
        using var http = server.Client(key);
        var location = await StartLongRunAsync(http);

        var first = await http.GetAsync($"{location}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await http.GetAsync($"{location}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(second.Headers.RetryAfter?.Delta);

        // The operator's key holds places of its own.
        using var operatorHttp = server.Client(ApiServer.OperatorKey);
        using var operatorStream = await operatorHttp.GetAsync($"{location}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, operatorStream.StatusCode);

        first.Dispose();
        await Eventually.UntilAsync(
            async () =>
            {
                var again = await http.GetAsync($"{location}/events", HttpCompletionOption.ResponseHeadersRead);
                var status = again.StatusCode;
                again.Dispose();
                return status;
            },
            status => status == HttpStatusCode.OK,
            TimeSpan.FromSeconds(20),
            status => $"the place was not given back: {status}");
    }

    [Fact]
    public async Task A_stream_ends_with_a_closed_event_once_its_key_is_revoked()
    {
        var (id, key) = await TestClients.CreateAsync(server, "Revoked Stream Brand");
        using var http = server.Client(key);
        var location = await StartLongRunAsync(http);
        using var stream = await http.GetAsync($"{location}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());
        Assert.StartsWith("event: progress", await reader.ReadLineAsync());

        await server.CountAsync("update client_api_keys set key_hash = @p where client_id = '" + id + "' returning 1", RandomNumberGenerator.GetBytes(32));

        var events = new List<string>();
        var reading = Task.Run(async () =>
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    events.Add(line["event: ".Length..]);
                }
            }
        });
        Assert.Same(reading, await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(20))));
        // "end" would mean the run finished first; "closed" is sent only for a key that is no longer valid.
        Assert.Equal("closed", events[^1]);
    }

    /// <summary>A run on the slow platform, long enough to hold a stream open through the test.</summary>
    private static async Task<string> StartLongRunAsync(HttpClient http)
    {
        var started = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "slow" }, maxQuestions = 12 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        return started.Headers.Location!.ToString();
    }
}
