using System.Diagnostics;
namespace Aeo.Grains.Telemetry;

/// <summary>
/// The spans of a run's own work. A run remembers the trace context it was started in (the request's, through the
/// grain call); its preparation and each work item are spans under that context, started afresh instead of under
/// whatever call happened to be running, so one run reads as one trace however long it takes and however often it
/// resumes. The work is started with the span as the current activity, and the span ends when the work does.
/// </summary>
public static class RunSpans
{
    public const string RunIdTag = "aeo.run_id";
    public const string ClientIdTag = "aeo.client_id";

    /// <summary>The context to remember for a run started now (the current activity's W3C id), or null outside any trace.</summary>
    public static string? CurrentContext() => Activity.Current?.Id;

    /// <summary>Starts <paramref name="work"/> in a span named <paramref name="name"/> under the run's remembered context.</summary>
    /// <remarks>
    /// The span is made current only inside this async method, so the caller's current activity is as it was once this
    /// returns, even one that stopped meanwhile (a grain call's or a timer's span that ended before the work it set
    /// going): such an activity cannot be assigned back, and the run's span would stay current in the caller.
    /// </remarks>
    public static async Task Start(
        string name, string? runContext, Guid runId, Guid? clientId, Func<Task> work, params (string Key, object? Value)[] tags)
    {
        Activity.Current = null;
        ActivityContext.TryParse(runContext, null, isRemote: true, out var parent);
        using var activity = AeoTracing.Source.StartActivity(name, ActivityKind.Internal, parent);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(RunIdTag, runId);
            activity.SetTag(ClientIdTag, clientId);
            foreach (var (key, value) in tags)
            {
                activity.SetTag(key, value);
            }
        }
        try
        {
            await work();
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
    }

    /// <summary>Marks the current span failed with a short reason (an error class, never a provider's message).</summary>
    public static void Fail(string reason) => Activity.Current?.SetStatus(ActivityStatusCode.Error, reason);
}
