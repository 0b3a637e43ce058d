namespace Aeo.Platforms.Tests.Providers;

/// <summary>A clock that always reads the same instant, so rate-limit resets given as instants become exact durations.</summary>
internal sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
