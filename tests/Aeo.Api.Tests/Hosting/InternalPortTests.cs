namespace Aeo.Api.Tests.Hosting;

/// <summary>With an internal port, /metrics and /openapi are served there without a key and not on the public port.</summary>
public sealed class InternalPortTests : IAsyncLifetime
{
    private readonly ApiServer server = new();
    private readonly int internalPort = ApiHost.FreePort();

    public Task InitializeAsync() => server.StartAsync([$"--Aeo:Http:InternalPort={internalPort}"]);

    public Task DisposeAsync() => server.DisposeAsync();

    [Fact]
    public async Task Metrics_and_openapi_answer_on_the_internal_port_only()
    {
        using var publicHttp = server.Client(ApiServer.OperatorKey);
        Assert.Equal(HttpStatusCode.NotFound, (await publicHttp.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await publicHttp.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await publicHttp.GetAsync("/api/v1/platforms")).StatusCode);

        using var internalHttp = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{internalPort}") };
        Assert.Contains("http_requests_received_total", await internalHttp.GetStringAsync("/metrics"));
        Assert.Equal(HttpStatusCode.OK, (await internalHttp.GetAsync("/openapi/v1.json")).StatusCode);
    }
}
