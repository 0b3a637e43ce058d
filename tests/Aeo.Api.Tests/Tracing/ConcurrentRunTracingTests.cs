using System.Diagnostics;
using System.Net.Http.Headers;
using Aeo.FakeProviders;
using Aeo.FakeProviders.Anthropic;
using Aeo.Grains.Telemetry;
using Serilog.Events;

namespace Aeo.Api.Tests.Tracing;

/// <summary>
/// Many runs at once, each started in a trace of its own, on two hosts in one process (as the test suite has them):
/// whichever grain call or timer finds a run done (another run's question, a timer, a write), every line the run's
/// grains log, its end line included, carries that run's trace, run and client, and lands in its own host's sinks,
/// never in the other host's; the runs' spans hang in their own traces.
/// </summary>
public sealed class ConcurrentRunTracingTests : IAsyncLifetime
{
    private const int RunsPerHost = 8;

    private readonly Host first = new();
    private readonly Host second = new();
    private FakeProviderServer provider = null!;

    public async Task InitializeAsync()
    {
        // Answers at different speeds, so the runs' questions settle interleaved rather than run by run.
        provider = await FakeProviderServer.StartAsync(async _ =>
        {
            await Task.Delay(Random.Shared.Next(1, 40));
            return AnthropicReplies.Message("claude-trace", 100, 200, AnthropicReplies.Text("**Acme CRM** suits a small agency."));
        });
        string[] args =
        [
            .. CapturedTelemetry.Args,
            "--Aeo:Platforms:claude:Kind=anthropic",
            $"--Aeo:Platforms:claude:BaseUrl={provider.BaseUrl}v1/",
            "--Aeo:Platforms:claude:ApiKey=sk-ant-api03-concurrent-trace",
            "--Aeo:Platforms:claude:Model=claude-trace",
            "--Aeo:Platforms:claude:RequestsPerMinute=60000",
            "--Aeo:Platforms:claude:TimeoutSeconds=30",
        ];
        // Both hosts are up before any run starts, so each builds its grains' loggers after the other host exists.
        await first.Server.StartAsync(args);
        await second.Server.StartAsync(args);
    }

    public async Task DisposeAsync()
    {
        await first.Server.DisposeAsync();
        await second.Server.DisposeAsync();
        await provider.DisposeAsync();
    }

    [Fact]
    public async Task Runs_at_once_each_log_and_end_in_their_own_trace_on_their_own_host()
    {
        var firstRuns = Enumerable.Range(0, RunsPerHost).Select(i => first.StartRunAsync($"Acme CRM {i}"));
        var secondRuns = Enumerable.Range(0, RunsPerHost).Select(i => second.StartRunAsync($"Acme CRM {i}"));
        await Task.WhenAll(firstRuns.Concat(secondRuns));
        foreach (var host in new[] { first, second })
        {
            foreach (var run in host.Runs.Values)
            {
                using var http = host.Client(run.ClientKey);
                var ended = await Runs.WaitUntilEndedAsync(http, run.Location);
                Assert.Equal("completed", ended["status"]!.GetValue<string>());
            }
        }

        first.AssertLogsAndSpansOfItsRunsOnly(second);
        second.AssertLogsAndSpansOfItsRunsOnly(first);
    }

    /// <summary>An API host with its own captured spans and log lines, and the runs started on it.</summary>
    private sealed class Host
    {
        private readonly CapturedTelemetry telemetry = new();

        public Host() => Server = new ApiServer { Configure = telemetry.AddTo };

        public ApiServer Server { get; }

        public Dictionary<Guid, StartedRun> Runs { get; } = [];

        public async Task StartRunAsync(string brand)
        {
            var (clientId, clientKey) = await TestClients.CreateAsync(Server, brand);
            var traceId = ActivityTraceId.CreateRandom().ToHexString();
            using var http = Client(clientKey);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/audits")
            {
                Content = new StringContent(
                    System.Text.Json.JsonSerializer.Serialize(new { clientId, platforms = new[] { "claude" }, maxQuestions = 4, samplesPerQuestion = 2 }),
                    Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
            var created = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
            var runId = (await created.ReadAsync())["id"]!.GetValue<Guid>();
            lock (Runs)
            {
                Runs.Add(runId, new StartedRun(runId, clientId, clientKey, traceId, created.Headers.Location!.ToString()));
            }
        }

        public void AssertLogsAndSpansOfItsRunsOnly(Host other)
        {
            var events = telemetry.Events;

            // The end line of every run, in its own trace with its run and client.
            Assert.All(Runs.Values, run =>
            {
                var ended = Assert.Single(events, e => e.MessageTemplate.Text.StartsWith("Run {Run} ended", StringComparison.Ordinal)
                    && CapturedTelemetry.Property(e, RunLogScope.RunIdProperty) == run.RunId.ToString());
                Assert.True(CapturedTelemetry.Property(ended, ActivityEnricher.TraceIdProperty) == run.TraceId,
                    $"run {run.RunId} (trace {run.TraceId}) ended in {Describe(ended)}");
                Assert.Equal(run.ClientId.ToString(), CapturedTelemetry.Property(ended, RunLogScope.ClientIdProperty));
            });

            // Every line naming a run: the run is this host's, and the line is in its trace with its client.
            Assert.All(events.Where(e => CapturedTelemetry.Property(e, RunLogScope.RunIdProperty) is not null), e =>
            {
                var runId = Guid.Parse(CapturedTelemetry.Property(e, RunLogScope.RunIdProperty)!);
                Assert.False(other.Runs.ContainsKey(runId), $"a line of the other host's run is here: {Describe(e)}");
                var run = Runs[runId];
                Assert.True(CapturedTelemetry.Property(e, ActivityEnricher.TraceIdProperty) == run.TraceId,
                    $"a line of run {run.RunId} (trace {run.TraceId}) is in another: {Describe(e)}");
                Assert.Equal(run.ClientId.ToString(), CapturedTelemetry.Property(e, RunLogScope.ClientIdProperty));
            });

            // The runs' own spans (prepare, work items, finalize) sit in their traces. Span listeners are process-wide,
            // so the exporter sees the other host's spans too: only this host's runs' are looked at.
            var spans = telemetry.Spans
                .Where(s => s.Source.Name == AeoTracing.SourceName
                    && Guid.TryParse(s.GetTagItem(RunSpans.RunIdTag)?.ToString(), out var id) && Runs.ContainsKey(id))
                .ToList();
            Assert.All(spans, s => Assert.Equal(Runs[Guid.Parse(s.GetTagItem(RunSpans.RunIdTag)!.ToString()!)].TraceId, s.TraceId.ToHexString()));
            Assert.All(Runs.Values, run =>
                Assert.Single(spans, s => s.DisplayName == "run finalize" && s.GetTagItem(RunSpans.RunIdTag)?.ToString() == run.RunId.ToString()));
        }

        /// <summary>A client that sends the test's own <c>traceparent</c> and none of its own.</summary>
        public HttpClient Client(string apiKey)
        {
            var http = new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null })
            {
                BaseAddress = Server.BaseAddress,
                Timeout = TimeSpan.FromSeconds(60),
            };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
            return http;
        }

        private static string Describe(LogEvent e) =>
            $"{CapturedTelemetry.Everything(e)} (SourceContext {CapturedTelemetry.Property(e, "SourceContext")})";
    }

    private sealed record StartedRun(Guid RunId, Guid ClientId, string ClientKey, string TraceId, string Location);
}
