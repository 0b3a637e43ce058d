using System.Diagnostics;
using Aeo.Grains.Telemetry;

namespace Aeo.Api.Tests.Tracing;

/// <summary>
/// A run's span is current for its work and for nothing else: the caller's current activity is untouched, even when
/// it stopped before (a grain call's span that ended while a timer it set going still runs in its context).
/// </summary>
public sealed class RunSpansTests : IDisposable
{
    private readonly ActivityListener listener = new()
    {
        ShouldListenTo = source => source.Name == AeoTracing.SourceName,
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    };

    public RunSpansTests() => ActivitySource.AddActivityListener(listener);

    public void Dispose() => listener.Dispose();

    [Fact]
    public async Task The_work_runs_in_the_runs_trace_and_the_callers_stopped_activity_stays_current()
    {
        using var ambient = new Activity("an ended grain call").Start();
        await Task.Run(ambient.Stop);
        Assert.Same(ambient, Activity.Current);
        var runTrace = ActivityTraceId.CreateRandom();
        Activity? during = null;
        var finished = new TaskCompletionSource();

        var work = RunSpans.Start("run finalize", $"00-{runTrace}-{ActivitySpanId.CreateRandom()}-01", Guid.NewGuid(), null, async () =>
        {
            during = Activity.Current;
            await finished.Task;
        });

        Assert.Same(ambient, Activity.Current);
        Assert.Equal(runTrace, during!.TraceId);
        Assert.Equal("run finalize", during.DisplayName);
        finished.SetResult();
        await work;
        Assert.True(during.IsStopped);
        Assert.Same(ambient, Activity.Current);
    }

    [Fact]
    public async Task Work_that_fails_marks_its_span_failed_with_the_error_class()
    {
        Activity? during = null;
        var work = RunSpans.Start("work item", $"00-{ActivityTraceId.CreateRandom()}-{ActivitySpanId.CreateRandom()}-01", Guid.NewGuid(), null, async () =>
        {
            during = Activity.Current;
            await Task.Yield();
            throw new TimeoutException("the provider did not answer");
        });

        await Assert.ThrowsAsync<TimeoutException>(() => work);
        Assert.Equal(ActivityStatusCode.Error, during!.Status);
        Assert.Equal(nameof(TimeoutException), during.StatusDescription);
    }
}
