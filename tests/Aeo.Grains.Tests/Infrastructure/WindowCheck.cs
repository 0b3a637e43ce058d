namespace Aeo.Grains.Tests.Infrastructure;

/// <summary>Sliding-window counts over call start times.</summary>
public static class WindowCheck
{
    /// <summary>The most starts found in any half-open window [t, t + length), over windows starting at each start.</summary>
    public static (int Count, DateTimeOffset At) MaxInWindow(IReadOnlyList<DateTimeOffset> starts, TimeSpan length)
    {
        var sorted = starts.Order().ToArray();
        var best = (Count: 0, At: DateTimeOffset.MinValue);
        var end = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            end = Math.Max(end, i);
            while (end < sorted.Length && sorted[end] < sorted[i] + length)
            {
                end++;
            }
            if (end - i > best.Count)
            {
                best = (end - i, sorted[i]);
            }
        }
        return best;
    }

    /// <summary>
    /// The most starts the pacer allows in a window of <paramref name="length"/>: slots follow the generic cell rate
    /// algorithm with spacing (60 s + grace) / (RPM − burst) and up to <paramref name="burst"/> spacings of tolerance,
    /// and a call starts within grace of its slot, so a window holds the slots of an interval of length + grace: at
    /// most floor((length + grace) / spacing) + burst + 1. For a 60 s window this is RPM.
    /// </summary>
    public static int Allowed(int rpm, TimeSpan grace, TimeSpan length, int burst = 0)
    {
        var spacingTicks = (TimeSpan.FromMinutes(1) + grace).Ticks / (rpm - burst) + 1;
        return (int)((length + grace).Ticks / spacingTicks) + burst + 1;
    }
}
