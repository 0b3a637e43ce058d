namespace Aeo.Api.Tests.Audits;

[Collection(ApiCollection.Name)]
public sealed class EventStreamTests(ApiServer server)
{
    [Fact]
    public async Task Events_stream_progress_then_end_with_the_final_status()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Stream Brand");
        var (_, otherKey) = await TestClients.CreateAsync(server, "Other Stream Brand");
        using var http = server.Client(key);
        var started = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "slow" }, maxQuestions = 2 });
        var location = started.Headers.Location!.ToString();

        using var other = server.Client(otherKey);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{location}/events")).StatusCode);

        using var response = await http.GetAsync($"{location}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var events = new List<(string Name, JsonNode Data)>();
        string? name = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                events.Add((name!, JsonNode.Parse(line["data: ".Length..])!));
            }
        }

        Assert.True(events.Count >= 2, $"only {events.Count} event(s)");
        Assert.All(events[..^1], e => Assert.Equal("progress", e.Name));
        Assert.Equal("end", events[^1].Name);
        Assert.Equal("completed", events[^1].Data["status"]!.GetValue<string>());
        Assert.Equal(2, events[^1].Data["progress"]!["processed"]!.GetValue<int>());
        var settled = events.Select(e => e.Data["progress"]!["settled"]!.GetValue<int>()).ToList();
        Assert.Equal(settled.Order(), settled);
    }
}
