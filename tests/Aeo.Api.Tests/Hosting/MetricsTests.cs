namespace Aeo.Api.Tests.Hosting;

/// <summary>
/// The embedded default (API and silo in one process) after one <see cref="MeteredAudit"/>: each of our metrics read back
/// from the <c>/metrics</c> text. The process has a registry of its own and the run is its only one, so the values are
/// exact whatever else the test process runs, and in whatever order.
/// </summary>
public sealed class MetricsTests(MetricsTests.Fixture run) : IClassFixture<MetricsTests.Fixture>
{
    [Fact]
    public void Runs_started_and_ended_by_status() => MeteredAuditChecks.Runs(run.Metrics);

    [Fact]
    public void Work_items_settled_by_platform_and_outcome() => MeteredAuditChecks.WorkItems(run.Metrics, run.Audit);

    [Fact]
    public void Engine_call_latency_by_platform_and_outcome() => MeteredAuditChecks.EngineLatency(run.Metrics, run.Audit);

    [Fact]
    public void Engine_errors_by_class_and_429s() => MeteredAuditChecks.EngineErrors(run.Metrics, run.Audit);

    [Fact]
    public void Breaker_state_and_transitions_per_platform() => MeteredAuditChecks.Breaker(run.Metrics, run.Audit);

    [Fact]
    public void Runs_active_and_questions_in_flight_rise_during_the_run_and_fall_after() => MeteredAuditChecks.Gauges(run.Metrics, run.Audit);

    [Fact]
    public void Question_generation_duration() => MeteredAuditChecks.QuestionGeneration(run.Metrics);

    [Fact]
    public void Answer_analysis_duration() => MeteredAuditChecks.AnswerAnalysis(run.Metrics);

    [Fact]
    public void Dead_letter_backlog() => MeteredAuditChecks.DeadLetters(run.Metrics);

    [Fact]
    public void Webhook_delivery_outcomes() => MeteredAuditChecks.WebhookDeliveries(run.Metrics);

    [Fact]
    public void Every_series_is_typed_and_none_carries_a_run_or_client_id()
    {
        Assert.Contains("# TYPE aeo_runs_started_total counter", run.Metrics.Text);
        Assert.Contains("# TYPE aeo_engine_call_duration_seconds histogram", run.Metrics.Text);
        Assert.Contains("# TYPE aeo_breaker_state gauge", run.Metrics.Text);
        Assert.DoesNotContain("aeo_aeo_", run.Metrics.Text);
        Assert.DoesNotMatch(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", run.Metrics.Text);
    }

    [Fact]
    public void Every_metric_an_alert_rule_or_a_dashboard_in_deploy_reads_is_exported()
    {
        var rules = File.ReadLines(Path.Combine(DeployedQueries.Root, "deploy", "prometheus", "alerts.yml")).Count(l => l.TrimStart().StartsWith("- alert:", StringComparison.Ordinal));
        var alerts = DeployedQueries.AlertExpressions();
        Assert.Equal(rules, alerts.Count);
        var dashboards = DeployedQueries.DashboardExpressions();
        Assert.Equal(["cluster.json", "platforms.json", "runs.json"], dashboards.Keys.Order());
        Assert.All(dashboards, d => Assert.NotEmpty(d.Value));

        var read = alerts.Concat(dashboards.Values.SelectMany(e => e))
            .SelectMany(e => DeployedQueries.MetricNames(e).Select(name => (Name: name, Expression: e)))
            .ToList();
        Assert.Contains(read, r => r.Name.StartsWith("aeo_", StringComparison.Ordinal));
        var missing = read.Where(r => !DeployedQueries.PrometheusOwn.Contains(r.Name) && !run.Metrics.Names.Contains(r.Name))
            .Select(r => $"{r.Name} (in {r.Expression})").Distinct().ToList();
        Assert.True(missing.Count == 0, "Read in deploy/ but not exported:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_metric_names_of_a_query_are_found_and_nothing_else()
    {
        Assert.Equal(
            new HashSet<string> { "aeo_engine_call_duration_seconds_bucket", "up", "aeo_dead_letters" },
            DeployedQueries.MetricNames(
                "histogram_quantile(0.95, sum by (platform, le) (rate(aeo_engine_call_duration_seconds_bucket{outcome=\"answered\", platform=~\"$platform\"}[$__rate_interval]))) > 30 " +
                "and on() up{job=\"aeo-silo\"} == 1 or max(aeo_dead_letters offset 1h) > bool 5"));
        Assert.Equal(new HashSet<string> { "aeo_breaker_state" }, DeployedQueries.MetricNames("label_values(aeo_breaker_state, platform)"));
    }

    /// <summary>An API process of its own that ran one metered audit, and its <c>/metrics</c> after it.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private readonly ApiServer server = new();

        public MeteredAudit Audit { get; private set; } = null!;

        public PrometheusText Metrics { get; private set; } = null!;

        public string MetricsUrl => new Uri(server.BaseAddress, "/metrics").ToString();

        public async Task InitializeAsync()
        {
            Audit = await MeteredAudit.StartProvidersAsync("metered");
            await server.StartAsync(Audit.Arguments);
            await Audit.RunAsync(server, MetricsUrl);
            Metrics = await PrometheusText.ScrapeAsync(MetricsUrl);
        }

        public async Task DisposeAsync()
        {
            await server.DisposeAsync();
            await Audit.DisposeAsync();
        }
    }
}
