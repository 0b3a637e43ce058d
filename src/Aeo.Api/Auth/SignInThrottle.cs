using System.Collections.Concurrent;
using System.Net;

namespace Aeo.Api.Auth;

/// <summary>
/// Counts failed sign-ins per remote address in memory, in fixed windows of <see cref="AuthOptions.FailedSignInWindow"/>.
/// An address past <see cref="AuthOptions.FailedSignInLimit"/> is refused until its window ends without its keys being
/// checked, so guessing keys costs the guesser time and the database nothing. Per API process.
/// </summary>
public sealed class SignInThrottle(IOptions<AuthOptions> options, TimeProvider time)
{
    private const int Capacity = 100_000;

    private readonly ConcurrentDictionary<IPAddress, Window> windows = new();

    /// <summary>How long <paramref name="address"/> must wait before its next sign-in is checked; null when it may sign in now.</summary>
    public TimeSpan? RetryAfter(IPAddress? address)
    {
        if (address is null || !windows.TryGetValue(address, out var window))
        {
            return null;
        }
        lock (window)
        {
            var now = time.GetUtcNow();
            var ends = window.Start + options.Value.FailedSignInWindow;
            return now < ends && window.Failures >= options.Value.FailedSignInLimit ? ends - now : null;
        }
    }

    public void Failed(IPAddress? address)
    {
        if (address is null)
        {
            return;
        }
        var now = time.GetUtcNow();
        if (windows.Count >= Capacity)
        {
            Prune(now);
        }
        var window = windows.GetOrAdd(address, _ => new Window(now));
        lock (window)
        {
            if (now >= window.Start + options.Value.FailedSignInWindow)
            {
                window.Start = now;
                window.Failures = 0;
            }
            window.Failures++;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (address, window) in windows)
        {
            if (now >= window.Start + options.Value.FailedSignInWindow)
            {
                windows.TryRemove(address, out _);
            }
        }
        if (windows.Count >= Capacity)
        {
            windows.Clear();
        }
    }

    private sealed class Window(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; set; } = start;

        public int Failures { get; set; }
    }
}
