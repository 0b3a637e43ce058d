namespace Aeo.Api.Tests.Support;

/// <summary>What the <c>/metrics</c> of the process that ran a <see cref="MeteredAudit"/> must say, one check per metric.</summary>
internal static class MeteredAuditChecks
{
    private const int Items = MeteredAudit.ItemsPerPlatform;

    public static void Runs(PrometheusText m)
    {
        Assert.Equal(1, m.Value("aeo_runs_started_total"));
        Assert.Equal(1, m.Value("aeo_runs_ended_total", ("status", "partially_completed")));
        Assert.Null(m.Value("aeo_runs_ended_total", ("status", "completed")));
    }

    public static void WorkItems(PrometheusText m, MeteredAudit audit)
    {
        Assert.Equal(Items, m.Value("aeo_work_items_settled_total", ("platform", audit.Good.Name), ("outcome", "answered")));
        Assert.Null(m.Value("aeo_work_items_settled_total", ("platform", audit.Good.Name), ("outcome", "failed")));
        Assert.Equal(Items, m.Value("aeo_work_items_settled_total", ("platform", audit.Down.Name), ("outcome", "failed")));
        Assert.Null(m.Value("aeo_work_items_settled_total", ("platform", audit.Down.Name), ("outcome", "answered")));
    }

    /// <summary>One observation per attempt that reached the provider: the good one's 429 and answers, each of the down one's 503s.</summary>
    public static void EngineLatency(PrometheusText m, MeteredAudit audit)
    {
        const string name = "aeo_engine_call_duration_seconds";
        Assert.Equal(Items, m.Value(name + "_count", ("platform", audit.Good.Name), ("outcome", "answered")));
        Assert.Equal(1, m.Value(name + "_count", ("platform", audit.Good.Name), ("outcome", "failed")));
        Assert.Equal(audit.Down.Received, m.Value(name + "_count", ("platform", audit.Down.Name), ("outcome", "failed")));
        Assert.Equal(Items, m.Value(name + "_bucket", ("platform", audit.Good.Name), ("outcome", "answered"), ("le", "+Inf")));
        Assert.True(m.Value(name + "_sum", ("platform", audit.Good.Name), ("outcome", "answered")) >= Items * 0.4,
            "eight answers of 400 ms each take at least 3.2 s in all");
    }

    /// <summary>Every failed attempt by class: the 429, each 503, and the attempts the open breaker refused.</summary>
    public static void EngineErrors(PrometheusText m, MeteredAudit audit)
    {
        Assert.Equal(1, m.Value("aeo_engine_errors_total", ("platform", audit.Good.Name), ("error_class", "RateLimit")));
        Assert.Equal(1, m.Sum("aeo_engine_errors_total", ("platform", audit.Good.Name)));
        Assert.Equal(audit.Down.Received, m.Value("aeo_engine_errors_total", ("platform", audit.Down.Name), ("error_class", "Unavailable")));
        Assert.Equal(Items * MeteredAudit.Attempts, m.Sum("aeo_engine_errors_total", ("platform", audit.Down.Name)));
        Assert.Equal(1, m.Value("aeo_engine_rate_limited_total", ("platform", audit.Good.Name)));
        Assert.Null(m.Value("aeo_engine_rate_limited_total", ("platform", audit.Down.Name)));
    }

    public static void Breaker(PrometheusText m, MeteredAudit audit)
    {
        Assert.Equal(0, m.Value("aeo_breaker_state", ("platform", audit.Good.Name)));
        Assert.Contains(m.Value("aeo_breaker_state", ("platform", audit.Down.Name)), new double?[] { 1, 2 });
        Assert.True(m.Value("aeo_breaker_transitions_total", ("platform", audit.Down.Name), ("to", "open")) >= 1);
        Assert.Equal(0, m.Sum("aeo_breaker_transitions_total", ("platform", audit.Good.Name)));
    }

    public static void Gauges(PrometheusText m, MeteredAudit audit)
    {
        Assert.Equal(1, audit.SeenInProgress.RunsActive);
        Assert.InRange(audit.SeenInProgress.QuestionsInFlight, 1, MeteredAudit.Questions);
        Assert.Equal(0, m.Value("aeo_runs_active"));
        Assert.Equal(0, m.Value("aeo_questions_in_flight"));
    }

    public static void QuestionGeneration(PrometheusText m)
    {
        Assert.Equal(1, m.Value("aeo_question_generation_duration_seconds_count", ("generator", "templates")));
        Assert.Null(m.Value("aeo_question_generation_duration_seconds_count", ("generator", "llm")));
    }

    public static void AnswerAnalysis(PrometheusText m) => Assert.Equal(Items, m.Value("aeo_answer_analysis_duration_seconds_count"));

    public static void DeadLetters(PrometheusText m) => Assert.Equal(Items, m.Value("aeo_dead_letters"));

    /// <summary>The metered audit has no webhooks: every delivery outcome is exported, at zero, from the start.</summary>
    public static void WebhookDeliveries(PrometheusText m)
    {
        string[] outcomes = ["delivered", "retried", "failed", "disabled"];
        Assert.All(outcomes, outcome => Assert.Equal(0, m.Value("aeo_webhook_deliveries_total", ("outcome", outcome))));
    }

    /// <summary>All of the above, for a process checked in one go.</summary>
    public static void All(PrometheusText m, MeteredAudit audit)
    {
        Runs(m);
        WebhookDeliveries(m);
        WorkItems(m, audit);
        EngineLatency(m, audit);
        EngineErrors(m, audit);
        Breaker(m, audit);
        Gauges(m, audit);
        QuestionGeneration(m);
        AnswerAnalysis(m);
        DeadLetters(m);
    }
}
