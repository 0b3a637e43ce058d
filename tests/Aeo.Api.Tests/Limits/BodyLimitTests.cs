namespace Aeo.Api.Tests.Limits;

/// <summary>Bodies over a route's limit are a 413 problem, whether the length is declared or only found while reading.</summary>
public sealed class BodyLimitTests : IAsyncLifetime
{
    private const int MaxBody = 4096;
    private const int MaxAnalysisBody = 16384;
    private readonly ApiServer server = new();

    public Task InitializeAsync() =>
        server.StartAsync([$"--Aeo:Http:MaxBodyBytes={MaxBody}", $"--Aeo:Http:MaxAnalysisBodyBytes={MaxAnalysisBody}"]);

    public Task DisposeAsync() => server.DisposeAsync();

    [Fact]
    public async Task A_ten_megabyte_answer_to_the_analysis_is_a_413_problem_and_a_small_one_is_read()
    {
        using var http = server.Client(ApiServer.OperatorKey);
        var huge = "{\"text\":\"" + new string('a', 10 * 1024 * 1024) + "\",\"brands\":[{\"name\":\"Acme\"}]}";
        var refused = await http.PostRawAsync("/api/v1/analysis/mentions", huge);
        await AssertTooLargeAsync(refused, MaxAnalysisBody);

        // Over the general limit but within the analysis route's own: read and answered.
        var answer = "Acme is good. " + new string('x', MaxBody);
        var read = await http.PostJsonAsync("/api/v1/analysis/mentions", new { text = answer, brands = new[] { new { name = "Acme" } } });
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task A_chunked_body_that_grows_past_the_limit_is_a_413_and_nothing_is_written()
    {
        using var http = server.Client(ApiServer.OperatorKey);
        var before = await server.CountAsync("select count(*) from clients");
        var body = System.Text.Json.JsonSerializer.Serialize(TestClients.Body("Chunked Brand")).TrimEnd('}') +
                   ",\"padding\":\"" + new string('p', MaxBody * 2) + "\"}";
        using var content = new ChunkedContent(Encoding.UTF8.GetBytes(body));
        var refused = await http.PostAsync("/api/v1/clients", content);
        await AssertTooLargeAsync(refused, MaxBody);
        Assert.Equal(before, await server.CountAsync("select count(*) from clients"));
    }

    private static async Task AssertTooLargeAsync(HttpResponseMessage response, long limit)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(limit, System.Text.Json.Nodes.JsonNode.Parse(text)!["limitBytes"]!.GetValue<long>());
    }

    /// <summary>A JSON body sent without a Content-Length, so the server learns its size only by reading it.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] bytes;

        public ChunkedContent(byte[] bytes)
        {
            this.bytes = bytes;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < bytes.Length; offset += 1024)
            {
                await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(1024, bytes.Length - offset)));
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
