using System.Diagnostics;
using System.Collections;

namespace Aeo.Grains.Telemetry;

/// <summary>
/// The properties every log line of a run's work carries: its run id, its client id, and, on lines written outside any
/// span (a timer's), the trace id of the trace the run was started in. Read when a line is written, not when the scope
/// opens, so a run that learns its client during the call (its start) has it on the lines after.
/// </summary>
public sealed class RunLogScope(Func<Guid?> runId, Func<Guid?> clientId, Func<string?>? runTraceContext = null)
    : IEnumerable<KeyValuePair<string, object?>>
{
    public const string RunIdProperty = "RunId";
    public const string ClientIdProperty = "ClientId";

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        if (runId() is { } run)
        {
            yield return new(RunIdProperty, run);
        }
        if (clientId() is { } client)
        {
            yield return new(ClientIdProperty, client);
        }
        if (Activity.Current is null && ActivityContext.TryParse(runTraceContext?.Invoke(), null, out var context))
        {
            yield return new(ActivityEnricher.TraceIdProperty, context.TraceId.ToHexString());
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join(' ', this.Select(p => $"{p.Key}:{p.Value}"));
}

/// <summary>A grain whose work belongs to one run, so that everything it logs says which run and client.</summary>
public interface IRunLogScoped
{
    RunLogScope LogScope { get; }
}

/// <summary>Opens the run's <see cref="RunLogScope"/> around every call into an <see cref="IRunLogScoped"/> grain.</summary>
internal sealed class RunLogScopeFilter(ILoggerFactory loggers) : IIncomingGrainCallFilter
{
    private readonly ILogger logger = loggers.CreateLogger("Aeo.Runs");

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.TargetContext.GrainInstance is not IRunLogScoped scoped)
        {
            await context.Invoke();
            return;
        }
        using (logger.BeginScope(scoped.LogScope))
        {
            await context.Invoke();
        }
    }
}
