namespace Aeo.Grains.Telemetry;

/// <summary>
/// The cluster's own Prometheus metrics, recorded in the process where the work happens (a silo, or an API for its own
/// engine calls) and exported at that process's <c>/metrics</c>. Labels are kept small on purpose: platforms, outcomes,
/// error classes and statuses, never a run's or a client's id.
/// </summary>
public sealed class AeoMetrics
{
    private static readonly double[] EngineBuckets = [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60, 120];
    private static readonly double[] GenerationBuckets = [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
    private static readonly string[] WebhookOutcomes = ["delivered", "retried", "failed", "disabled"];
    private static readonly double[] AnalysisBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5, 15];

    private readonly Counter runsStarted;
    private readonly Counter runsEnded;
    private readonly Gauge runsActive;
    private readonly Gauge questionsInFlight;
    private readonly Counter workItemsSettled;
    private readonly Histogram engineCalls;
    private readonly Counter engineErrors;
    private readonly Counter rateLimited;
    private readonly Gauge breakerState;
    private readonly Counter breakerTransitions;
    private readonly Histogram questionGeneration;
    private readonly Histogram answerAnalysis;
    private readonly Counter webhookDeliveries;

    public AeoMetrics(MetricsRegistry registry)
    {
        var factory = Metrics.WithCustomRegistry(registry.Registry);
        runsStarted = factory.CreateCounter("aeo_runs_started_total", "Audit runs accepted (started at once or queued for a slot).");
        runsEnded = factory.CreateCounter(
            "aeo_runs_ended_total", "Audit runs that ended, by final status: completed, partially_completed, failed, cancelled.",
            new CounterConfiguration { LabelNames = ["status"] });
        runsActive = factory.CreateGauge("aeo_runs_active", "Audit runs active (not ended) on this silo.");
        questionsInFlight = factory.CreateGauge("aeo_questions_in_flight", "Questions being asked on this silo (question grains with unsettled work items).");
        workItemsSettled = factory.CreateCounter(
            "aeo_work_items_settled_total", "Work items settled, by platform and outcome (answered, failed), counted by the silo running the audit.",
            new CounterConfiguration { LabelNames = ["platform", "outcome"] });
        engineCalls = factory.CreateHistogram(
            "aeo_engine_call_duration_seconds", "Answer engine call latency per attempt, by platform and outcome (answered, failed).",
            new HistogramConfiguration { LabelNames = ["platform", "outcome"], Buckets = EngineBuckets });
        engineErrors = factory.CreateCounter(
            "aeo_engine_errors_total", "Failed answer engine attempts, by platform and error class (RateLimit, Timeout, Unavailable, …).",
            new CounterConfiguration { LabelNames = ["platform", "error_class"] });
        rateLimited = factory.CreateCounter(
            "aeo_engine_rate_limited_total", "429 answers from answer engines, by platform.",
            new CounterConfiguration { LabelNames = ["platform"] });
        breakerState = factory.CreateGauge(
            "aeo_breaker_state", "Circuit breaker state per platform, on the silo holding the platform's gate: 0 closed, 1 half-open, 2 open.",
            new GaugeConfiguration { LabelNames = ["platform"] });
        breakerTransitions = factory.CreateCounter(
            "aeo_breaker_transitions_total", "Circuit breaker transitions, by platform and the state entered (open, half_open, closed).",
            new CounterConfiguration { LabelNames = ["platform", "to"] });
        questionGeneration = factory.CreateHistogram(
            "aeo_question_generation_duration_seconds", "Planning a run's questions, by generator (templates, llm).",
            new HistogramConfiguration { LabelNames = ["generator"], Buckets = GenerationBuckets });
        answerAnalysis = factory.CreateHistogram(
            "aeo_answer_analysis_duration_seconds", "Analysing one answer: brand detection, sentiment and sources.",
            new HistogramConfiguration { Buckets = AnalysisBuckets });
        webhookDeliveries = factory.CreateCounter(
            "aeo_webhook_deliveries_total",
            "Webhook delivery attempts by what followed (delivered, retried, failed for good) and subscriptions disabled (disabled).",
            new CounterConfiguration { LabelNames = ["outcome"] });
        foreach (var outcome in WebhookOutcomes)
        {
            // Every outcome is exported from the start, at zero, so a rate over it exists before the first failure.
            webhookDeliveries.WithLabels(outcome);
        }
    }

    public void RunStarted() => runsStarted.Inc();

    public void RunEnded(string status) => runsEnded.WithLabels(status).Inc();

    /// <summary>A mark that counts its owner in <c>aeo_runs_active</c> while set.</summary>
    public GaugeMark ActiveRun() => new(runsActive);

    /// <summary>A mark that counts its owner in <c>aeo_questions_in_flight</c> while set.</summary>
    public GaugeMark QuestionInFlight() => new(questionsInFlight);

    public void Settled(string platform, bool succeeded) => workItemsSettled.WithLabels(platform, Outcome(succeeded)).Inc();

    public void EngineCall(string platform, bool succeeded, TimeSpan latency) =>
        engineCalls.WithLabels(platform, Outcome(succeeded)).Observe(latency.TotalSeconds);

    public void EngineError(string platform, string errorClass, bool rateLimit)
    {
        engineErrors.WithLabels(platform, errorClass).Inc();
        if (rateLimit)
        {
            rateLimited.WithLabels(platform).Inc();
        }
    }

    public void BreakerState(string platform, BreakerStatus status) => breakerState.WithLabels(platform).Set(StateValue(status));

    /// <summary>The platform's gate left this silo: its state is reported by the silo it activates on next.</summary>
    public void BreakerGone(string platform) => breakerState.RemoveLabelled(platform);

    public void BreakerTransition(string platform, BreakerStatus to)
    {
        breakerTransitions.WithLabels(platform, StateName(to)).Inc();
        BreakerState(platform, to);
    }

    public void QuestionsGenerated(bool byLlm, TimeSpan took) => questionGeneration.WithLabels(byLlm ? "llm" : "templates").Observe(took.TotalSeconds);

    public void AnswerAnalyzed(TimeSpan took) => answerAnalysis.Observe(took.TotalSeconds);

    /// <param name="outcome">delivered, retried, failed or disabled.</param>
    public void WebhookDelivery(string outcome) => webhookDeliveries.WithLabels(outcome).Inc();

    private static string Outcome(bool succeeded) => succeeded ? "answered" : "failed";

    private static double StateValue(BreakerStatus status) => status switch
    {
        BreakerStatus.Closed => 0,
        BreakerStatus.HalfOpen => 1,
        _ => 2,
    };

    private static string StateName(BreakerStatus status) => status switch
    {
        BreakerStatus.Closed => "closed",
        BreakerStatus.HalfOpen => "half_open",
        _ => "open",
    };
}
