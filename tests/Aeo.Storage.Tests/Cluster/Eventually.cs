using System.Diagnostics;

namespace Aeo.Storage.Tests.Cluster;

/// <summary>Waits for a state the cluster reaches in its own time by polling for it, rather than sleeping a fixed time and hoping.</summary>
internal static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Reads until <paramref name="reached"/> holds and returns that value; fails naming <paramref name="what"/> after <paramref name="timeout"/>.</summary>
    public static async Task<T> ReachedAsync<T>(Func<Task<T>> read, Func<T, bool> reached, TimeSpan timeout, string what)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var value = await read();
            if (reached(value))
            {
                return value;
            }
            if (Stopwatch.GetElapsedTime(started) > timeout)
            {
                Assert.Fail($"{what}: not reached within {timeout.TotalSeconds:0} s");
            }
            await Task.Delay(PollInterval);
        }
    }
}
