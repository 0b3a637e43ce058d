using System.Diagnostics;
using Serilog.Core;
using Serilog.Events;

namespace Aeo.Grains.Telemetry;

/// <summary>
/// Gives every log line written inside a span the span's trace and span ids as properties, so a run's or a request's
/// lines can be found by the trace id its problem details, access log rows and spans show.
/// </summary>
public sealed class ActivityEnricher : ILogEventEnricher
{
    public const string TraceIdProperty = "TraceId";
    public const string SpanIdProperty = "SpanId";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (Activity.Current is not { } activity)
        {
            return;
        }
        logEvent.AddPropertyIfAbsent(new LogEventProperty(TraceIdProperty, new ScalarValue(activity.TraceId.ToHexString())));
        logEvent.AddPropertyIfAbsent(new LogEventProperty(SpanIdProperty, new ScalarValue(activity.SpanId.ToHexString())));
    }
}
