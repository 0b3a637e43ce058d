using System.Collections.Concurrent;

namespace Aeo.Platforms.Tests;

/// <summary>Records every delay it is asked for and lets it elapse at once, so latency tests take no real time.</summary>
internal sealed class RecordingTimeProvider : TimeProvider
{
    public ConcurrentQueue<TimeSpan> RequestedDelays { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        RequestedDelays.Enqueue(dueTime);
        return System.CreateTimer(callback, state, TimeSpan.FromMilliseconds(1), period);
    }
}
