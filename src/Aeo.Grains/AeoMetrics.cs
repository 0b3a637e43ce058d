using System.Diagnostics.Metrics;

namespace Aeo.Grains;

/// <summary>The cluster's own figures, on the "Aeo" meter (exported at <c>/metrics</c> by prometheus-net).</summary>
internal static class AeoMetrics
{
    private static readonly Meter Meter = new("Aeo");

    private static readonly Counter<long> WorkItems =
        Meter.CreateCounter<long>("aeo_work_items_settled", description: "Work items settled, by platform and outcome (answered or failed).");

    private static readonly Histogram<double> EngineLatency =
        Meter.CreateHistogram<double>("aeo_engine_call_seconds", unit: "s", description: "Answer engine call latency, by platform and outcome.");

    private static readonly Counter<long> RateLimits =
        Meter.CreateCounter<long>("aeo_engine_rate_limited", description: "429 answers from answer engines, by platform.");

    private static readonly Counter<long> BreakerTransitions =
        Meter.CreateCounter<long>("aeo_breaker_transitions", description: "Circuit breaker transitions, by platform and new state.");

    private static readonly Counter<long> RunsEnded =
        Meter.CreateCounter<long>("aeo_runs_ended", description: "Audit runs that ended, by status.");

    public static void Settled(string platform, bool succeeded) =>
        WorkItems.Add(1, new KeyValuePair<string, object?>("platform", platform), Outcome(succeeded));

    public static void EngineCall(string platform, bool succeeded, TimeSpan latency) =>
        EngineLatency.Record(latency.TotalSeconds, new KeyValuePair<string, object?>("platform", platform), Outcome(succeeded));

    public static void RateLimited(string platform) => RateLimits.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public static void BreakerTransition(string platform, string state) =>
        BreakerTransitions.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("state", state));

    public static void RunEnded(string status) => RunsEnded.Add(1, new KeyValuePair<string, object?>("status", status));

    private static KeyValuePair<string, object?> Outcome(bool succeeded) => new("outcome", succeeded ? "answered" : "failed");
}
