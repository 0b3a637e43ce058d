using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics;
using Aeo.Grains.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Serilog.Core;
using Serilog.Events;

namespace Aeo.Api.Tests.Support;

/// <summary>What a host recorded: its spans (the in-memory exporter) and its log events (a Serilog sink).</summary>
public sealed class CapturedTelemetry : ILogEventSink
{
    private readonly SpanCollection spans = new();
    private readonly ConcurrentQueue<LogEvent> events = new();

    /// <summary>The arguments that make the host record spans and log our own information lines.</summary>
    public static string[] Args { get; } = [$"--{AeoTracing.RecordKey}=true", "--Serilog:MinimumLevel:Override:Aeo=Information"];

    public IReadOnlyList<Activity> Spans => spans.Snapshot();

    public IReadOnlyList<LogEvent> Events => [.. events];

    public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);

    public void AddTo(WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ILogEventSink>(this);
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
    }

    /// <summary>A log event's property as text (a string property without its quotes), or null.</summary>
    public static string? Property(LogEvent logEvent, string name) =>
        logEvent.Properties.TryGetValue(name, out var value) ? value is ScalarValue { Value: var scalar } ? scalar?.ToString() : value.ToString() : null;

    /// <summary>Everything a log event says: its rendered message, every property and the exception.</summary>
    public static string Everything(LogEvent logEvent) =>
        $"{logEvent.RenderMessage(CultureInfo.InvariantCulture)} {string.Join(' ', logEvent.Properties.Select(p => $"{p.Key}={p.Value}"))} {logEvent.Exception}";

    /// <summary>The exporter adds from the host's threads while a test reads.</summary>
    private sealed class SpanCollection : ICollection<Activity>
    {
        private readonly List<Activity> items = [];

        public int Count { get { lock (items) { return items.Count; } } }

        public bool IsReadOnly => false;

        public void Add(Activity item) { lock (items) { items.Add(item); } }

        public void Clear() { lock (items) { items.Clear(); } }

        public bool Contains(Activity item) { lock (items) { return items.Contains(item); } }

        public void CopyTo(Activity[] array, int arrayIndex) { lock (items) { items.CopyTo(array, arrayIndex); } }

        public bool Remove(Activity item) { lock (items) { return items.Remove(item); } }

        public IReadOnlyList<Activity> Snapshot() { lock (items) { return [.. items]; } }

        public IEnumerator<Activity> GetEnumerator() => Snapshot().GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
