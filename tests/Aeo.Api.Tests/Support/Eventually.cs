namespace Aeo.Api.Tests.Support;

/// <summary>Waiting for a condition instead of sleeping for a guess, and watching that something stays as it is.</summary>
internal static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Reads until <paramref name="done"/> holds and returns that reading; fails with the last reading after <paramref name="timeout"/>.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, Func<T, string> describe)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Not within {timeout}: {describe(value)}");
            await Task.Delay(PollInterval);
        }
    }

    /// <summary>
    /// Reads for the whole of <paramref name="window"/> and fails at the first reading for which <paramref name="holds"/>
    /// is false: the way to show that something does not happen, where one late reading could be taken too early.
    /// </summary>
    public static async Task HoldsForAsync<T>(Func<Task<T>> read, Func<T, bool> holds, TimeSpan window, Func<T, string> describe)
    {
        var until = DateTime.UtcNow + window;
        do
        {
            var value = await read();
            Assert.True(holds(value), describe(value));
            await Task.Delay(PollInterval);
        }
        while (DateTime.UtcNow < until);
    }
}
