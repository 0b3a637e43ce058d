using System.Diagnostics;
using System.Net.Http.Headers;
using Aeo.FakeProviders;
using Aeo.FakeProviders.Anthropic;
using Aeo.Grains.Telemetry;

namespace Aeo.Api.Tests.Tracing;

/// <summary>
/// One trace from a request's <c>traceparent</c> to the provider call and the SQL: the request honours it, its problem
/// details name it, the spans of the API, the grain calls, the provider's HTTP and PostgreSQL carry it, and so do the
/// log lines, with the run and the client. Against a healthy provider and one that echoes our key back in its 401.
/// </summary>
public sealed class TracingTests : IAsyncLifetime
{
    private const string Key = "sk-ant-api03-trace-SECRET-4411";

    private readonly CapturedTelemetry telemetry = new();
    private readonly ApiServer server;
    private FakeProviderServer healthy = null!;
    private FakeProviderServer refusing = null!;

    public TracingTests() => server = new ApiServer { Configure = telemetry.AddTo };

    public async Task InitializeAsync()
    {
        healthy = await FakeProviderServer.StartAsync(_ => AnthropicReplies.Message(
            "claude-trace", 100, 200, AnthropicReplies.Text("**Acme CRM** is the pick for a small agency; HubSpot is heavier.")));
        refusing = await FakeProviderServer.StartAsync(_ => AnthropicReplies.Error(401, "authentication_error", $"invalid x-api-key: {Key}"));
        await server.StartAsync([.. CapturedTelemetry.Args, .. Platform("claude", healthy), .. Platform("claude-refusing", refusing)]);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        await healthy.DisposeAsync();
        await refusing.DisposeAsync();
    }

    [Fact]
    public async Task A_incomingthat_fails_validation_names_the_trace_of_its_traceparent_in_its_problem_details()
    {
        var (traceId, traceparent) = NewTraceparent();
        using var http = Client(ApiServer.OperatorKey);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/audits")
        {
            Content = new StringContent("{\"clientId\": 12}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("traceparent", traceparent);

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync();
        Assert.Equal(traceId, problem["traceId"]!.GetValue<string>());
        var span = await Eventually.UntilAsync(
            () => Task.FromResult(telemetry.Spans.FirstOrDefault(s => s.Source.Name == "Microsoft.AspNetCore" && s.TraceId.ToHexString() == traceId)),
            s => s is not null, TimeSpan.FromSeconds(10), _ => "no request span in the trace");
        Assert.Equal(ActivityKind.Server, span!.Kind);
        Assert.Equal(400, span.GetTagItem("http.response.status_code"));
    }

    [Fact]
    public async Task An_audit_is_one_trace_from_the_request_through_the_grains_to_the_provider_and_the_sql_and_its_logs_say_so()
    {
        var (clientId, clientKey) = await TestClients.CreateAsync(server, "Acme CRM");
        var (traceId, traceparent) = NewTraceparent();
        using var http = Client(clientKey);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/audits")
        {
            Content = JsonContent(new { clientId, platforms = new[] { "claude", "claude-refusing" }, maxQuestions = 2, samplesPerQuestion = 1 }),
        };
        request.Headers.Add("traceparent", traceparent);
        var created = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        var run = await Runs.WaitUntilEndedAsync(http, created.Headers.Location!.ToString());
        Assert.Equal("partially_completed", run["status"]!.GetValue<string>());
        var runId = run["id"]!.GetValue<Guid>();

        var inTrace = await Eventually.UntilAsync(
            () => Task.FromResult(telemetry.Spans.Where(s => s.TraceId.ToHexString() == traceId).ToList()),
            spans => spans.Count(IsProviderCall) >= 4, TimeSpan.FromSeconds(20),
            spans => $"the trace holds {Describe(spans)}");

        var incoming = Assert.Single(inTrace, s => s.Source.Name == "Microsoft.AspNetCore" && s.ParentSpanId.ToHexString() == traceparent[36..52]);
        Assert.Equal(ActivityKind.Server, incoming.Kind);
        Assert.Equal("/api/v1/audits", incoming.GetTagItem("url.path"));
        Assert.Equal(202, incoming.GetTagItem("http.response.status_code"));
        Assert.Contains(inTrace, s => s.Source.Name == "Microsoft.Orleans.Application" && s.DisplayName.Contains("StartAsync", StringComparison.Ordinal));
        Assert.Contains(inTrace, s => s.Source.Name == "Microsoft.Orleans.Application" && s.DisplayName.Contains("ExecuteAsync", StringComparison.Ordinal));
        Assert.Contains(inTrace, s => s.Source.Name == "Npgsql" && s.Kind == ActivityKind.Client);
        Assert.Contains(inTrace, s => s.Source.Name == AeoTracing.SourceName && s.DisplayName == "run prepare");
        var workItems = inTrace.Where(s => s.Source.Name == AeoTracing.SourceName && s.DisplayName == "work item").ToList();
        Assert.Equal(4, workItems.Count);
        Assert.All(workItems, s => Assert.Equal(runId.ToString(), s.GetTagItem(RunSpans.RunIdTag)?.ToString()));
        Assert.Equal(2, workItems.Count(s => s.Status == ActivityStatusCode.Error));
        // Each provider call hangs under its work item.
        Assert.All(inTrace.Where(IsProviderCall), call => Assert.Contains(workItems, item => IsAncestor(item, call, inTrace)));

        // Another call in the trace, with a key in its query: the recorded URL keeps the path and drops the query.
        using (new Activity("test").SetParentId(traceparent).Start())
        using (var plain = new HttpClient())
        {
            await plain.GetAsync(new Uri(healthy.BaseUrl, $"v1/models?key={Key}"));
        }
        var queried = await Eventually.UntilAsync(
            () => Task.FromResult(telemetry.Spans.FirstOrDefault(s => s.Source.Name == "System.Net.Http" && UrlOf(s).EndsWith("/v1/models", StringComparison.Ordinal))),
            s => s is not null, TimeSpan.FromSeconds(10), _ => "the call with a query was not recorded");
        Assert.Null(queried!.GetTagItem("url.query"));

        foreach (var span in telemetry.Spans)
        {
            Assert.DoesNotContain(Key, span.DisplayName, StringComparison.Ordinal);
            Assert.DoesNotContain(Key, span.StatusDescription ?? "", StringComparison.Ordinal);
            Assert.All(span.TagObjects, tag => Assert.DoesNotContain(Key, tag.Value?.ToString() ?? "", StringComparison.Ordinal));
            Assert.All(span.Events, e => Assert.All(e.Tags, tag => Assert.DoesNotContain(Key, tag.Value?.ToString() ?? "", StringComparison.Ordinal)));
        }

        // The run's story from its log lines alone: each names the trace, the run and the client; none names the key.
        var lines = telemetry.Events.Where(e => CapturedTelemetry.Property(e, ActivityEnricher.TraceIdProperty) == traceId).ToList();
        var runLines = lines.Where(e => CapturedTelemetry.Property(e, "SourceContext")?.StartsWith("Aeo.Grains", StringComparison.Ordinal) == true).ToList();
        var ended = Assert.Single(telemetry.Events, e => e.MessageTemplate.Text.StartsWith("Run {Run} ended", StringComparison.Ordinal)
            && CapturedTelemetry.Property(e, RunLogScope.RunIdProperty) == runId.ToString());
        var endedTrace = CapturedTelemetry.Property(ended, ActivityEnricher.TraceIdProperty);
        Assert.True(endedTrace == traceId, $"The end line is in trace {endedTrace}, not the run's {traceId}: {CapturedTelemetry.Everything(ended)}; "
            + $"that trace holds {Describe(telemetry.Spans.Where(s => s.TraceId.ToHexString() == endedTrace))}");
        Assert.Contains(ended, runLines);
        Assert.All(runLines, e =>
        {
            Assert.Equal(runId.ToString(), CapturedTelemetry.Property(e, RunLogScope.RunIdProperty));
            Assert.Equal(clientId.ToString(), CapturedTelemetry.Property(e, RunLogScope.ClientIdProperty));
        });
        Assert.All(lines, e => Assert.Equal(clientId.ToString(), CapturedTelemetry.Property(e, RunLogScope.ClientIdProperty)));
        Assert.All(telemetry.Events, e => Assert.DoesNotContain(Key, CapturedTelemetry.Everything(e), StringComparison.Ordinal));
    }

    private bool IsProviderCall(Activity span) =>
        span.Source.Name == "System.Net.Http" && span.Kind == ActivityKind.Client && UrlOf(span).EndsWith("/v1/messages", StringComparison.Ordinal);

    private static string UrlOf(Activity span) => span.GetTagItem("url.full")?.ToString() ?? "";

    private static bool IsAncestor(Activity ancestor, Activity span, IReadOnlyList<Activity> spans)
    {
        for (var current = span; current is not null; current = spans.FirstOrDefault(s => s.SpanId == current.ParentSpanId))
        {
            if (current.ParentSpanId == ancestor.SpanId)
            {
                return true;
            }
        }
        return false;
    }

    private static string Describe(IEnumerable<Activity> spans) =>
        string.Join(", ", spans.Select(s => $"{s.Source.Name}:{s.DisplayName}:{s.ParentSpanId}:{s.GetTagItem("url.path")}"));

    private static (string TraceId, string Traceparent) NewTraceparent()
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        return (traceId, $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
    }

    /// <summary>A client that sends the test's own <c>traceparent</c> and none of its own.</summary>
    private HttpClient Client(string apiKey)
    {
        var http = new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null })
        {
            BaseAddress = server.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return http;
    }

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static string[] Platform(string name, FakeProviderServer provider) =>
    [
        $"--Aeo:Platforms:{name}:Kind=anthropic",
        $"--Aeo:Platforms:{name}:BaseUrl={provider.BaseUrl}v1/",
        $"--Aeo:Platforms:{name}:ApiKey={Key}",
        $"--Aeo:Platforms:{name}:Model=claude-trace",
        $"--Aeo:Platforms:{name}:RequestsPerMinute=6000",
        $"--Aeo:Platforms:{name}:TimeoutSeconds=30",
    ];
}
