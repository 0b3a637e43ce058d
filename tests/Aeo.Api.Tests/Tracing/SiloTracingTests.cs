using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Aeo.FakeProviders;
using Aeo.FakeProviders.Anthropic;
using Aeo.Grains.Telemetry;

namespace Aeo.Api.Tests.Tracing;

/// <summary>
/// A request's trace across processes: the API, a client of a silo that runs in its own process, takes the request's
/// <c>traceparent</c> and passes it on with its grain call; the silo's grains, its provider calls and every line it logs
/// for the run carry that same trace id (read back from the silo's own output, one JSON object a line).
/// </summary>
public sealed class SiloTracingTests : IAsyncLifetime
{
    private readonly CapturedTelemetry telemetry = new();
    private readonly ApiServer api;
    private FakeProviderServer provider = null!;
    private SiloProcess silo = null!;

    public SiloTracingTests() => api = new ApiServer { Configure = telemetry.AddTo };

    public async Task InitializeAsync()
    {
        provider = await FakeProviderServer.StartAsync(_ => AnthropicReplies.Message(
            "claude-trace", 100, 200, AnthropicReplies.Text("**Acme CRM** is the pick for a small agency.")));
        string[] platform =
        [
            "--Aeo:Platforms:claude:Kind=anthropic",
            $"--Aeo:Platforms:claude:BaseUrl={provider.BaseUrl}v1/",
            "--Aeo:Platforms:claude:ApiKey=sk-ant-api03-silo-trace-4412",
            "--Aeo:Platforms:claude:Model=claude-trace",
            "--Aeo:Platforms:claude:RequestsPerMinute=6000",
        ];
        var connectionString = await PostgresTestServer.CreateMigratedDatabaseAsync();
        silo = await SiloProcess.StartAsync("silo-tracing", connectionString, new Dictionary<string, string>
        {
            // Besides its text lines, one JSON object a line with every property (TraceId, SpanId, RunId, ClientId, SourceContext).
            ["Serilog__WriteTo__1__Name"] = "Console",
            ["Serilog__WriteTo__1__Args__formatter"] = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact",
            ["Serilog__MinimumLevel__Override__Aeo"] = "Information",
        }, platform);
        await api.StartAsync([.. silo.ClientArguments, .. CapturedTelemetry.Args, .. platform], connectionString);
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        await silo.DisposeAsync();
        await provider.DisposeAsync();
    }

    [Fact]
    public async Task A_request_to_the_client_api_continues_its_trace_in_the_silo_process_and_its_logs()
    {
        var (clientId, clientKey) = await TestClients.CreateAsync(api, "Acme CRM");
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var http = new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null }) { BaseAddress = api.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", clientKey);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/audits")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new { clientId, platforms = new[] { "claude" }, maxQuestions = 2, samplesPerQuestion = 1 }),
                Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        var created = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        var run = await Runs.WaitUntilEndedAsync(http, created.Headers.Location!.ToString());
        Assert.Equal("completed", run["status"]!.GetValue<string>());
        var runId = run["id"]!.GetValue<Guid>().ToString();

        // The API's side: the request and its grain call out to the silo, in the request's trace. Nothing of the
        // run's own work is in the API process (its exporter sees every host's spans in this test process, so only
        // the trace's are looked at).
        var apiSpans = await Eventually.UntilAsync(
            () => Task.FromResult(telemetry.Spans.Where(s => s.TraceId.ToHexString() == traceId).ToList()),
            spans => spans.Any(s => s.Source.Name == "Microsoft.Orleans.Application" && s.Kind == ActivityKind.Client),
            TimeSpan.FromSeconds(10), spans => $"the API's spans in the trace: {string.Join(", ", spans.Select(s => s.DisplayName))}");
        Assert.Contains(apiSpans, s => s.Source.Name == "Microsoft.AspNetCore" && s.Kind == ActivityKind.Server);
        Assert.DoesNotContain(apiSpans, s => s.Source.Name == AeoTracing.SourceName);
        Assert.DoesNotContain(apiSpans, s => s.Source.Name == "System.Net.Http" && s.GetTagItem("url.full")?.ToString()?.StartsWith(provider.BaseUrl.ToString(), StringComparison.Ordinal) == true);

        // The silo's side: every line it wrote for the run names the request's trace, the run and the client, from
        // spans of its own (no span id of the API's), the run's end included.
        var apiSpanIds = telemetry.Spans.Select(s => s.SpanId.ToHexString()).ToHashSet();
        var runLines = await Eventually.UntilAsync(
            () => Task.FromResult(SiloLines().Where(line => Text(line, RunLogScope.RunIdProperty) == runId).ToList()),
            lines => lines.Any(IsEndLine), TimeSpan.FromSeconds(20),
            _ => $"the silo logged no end of run {runId}:\n{silo.Output}");
        Assert.All(runLines, line =>
        {
            Assert.True(Text(line, ActivityEnricher.TraceIdProperty) == traceId, $"a line of the run is not in the request's trace: {line}");
            Assert.Equal(clientId.ToString(), Text(line, RunLogScope.ClientIdProperty));
            Assert.DoesNotContain(Text(line, ActivityEnricher.SpanIdProperty) ?? "", apiSpanIds);
        });
        Assert.Single(runLines, IsEndLine);
    }

    private static bool IsEndLine(JsonElement line) => Text(line, "@mt")?.StartsWith("Run {Run} ended", StringComparison.Ordinal) == true;

    /// <summary>The silo's log lines so far (its output also holds what is not JSON: the host's banner, say).</summary>
    private List<JsonElement> SiloLines()
    {
        var lines = new List<JsonElement>();
        foreach (var text in silo.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!text.StartsWith('{'))
            {
                continue;
            }
            try
            {
                lines.Add(JsonDocument.Parse(text).RootElement.Clone());
            }
            catch (JsonException)
            {
            }
        }
        return lines;
    }

    private static string? Text(JsonElement line, string property) =>
        line.TryGetProperty(property, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ToString() : null;
}
