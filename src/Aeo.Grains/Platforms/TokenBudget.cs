namespace Aeo.Grains.Platforms;

/// <summary>
/// A sliding 60-second tokens-per-minute budget: each granted call reserves its estimate at its slot time, and its
/// real usage replaces the estimate when it reports. A call is held back until its estimate fits in the window;
/// a call larger than the whole budget goes alone into an empty window.
/// </summary>
internal sealed class TokenBudget
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly List<(Guid Lease, DateTimeOffset At, int Tokens)> spent = [];

    /// <summary>The effective budget; null when the platform has none.</summary>
    public int? TokensPerMinute { get; set; }

    /// <summary>When a call of <paramref name="estimate"/> tokens fits (now, or later when older calls leave the window).</summary>
    public DateTimeOffset FitsAt(int estimate, DateTimeOffset now)
    {
        if (TokensPerMinute is not { } limit)
        {
            return now;
        }
        Forget(now);
        var used = spent.Sum(s => s.Tokens);
        var fits = now;
        foreach (var entry in spent.OrderBy(s => s.At))
        {
            if (used == 0 || used + estimate <= limit)
            {
                break;
            }
            used -= entry.Tokens;
            fits = entry.At + Window;
        }
        return fits;
    }

    public void Reserve(Guid lease, DateTimeOffset at, int estimate) => spent.Add((lease, at, estimate));

    public void Correct(Guid lease, int tokens)
    {
        var index = spent.FindIndex(s => s.Lease == lease);
        if (index >= 0)
        {
            spent[index] = spent[index] with { Tokens = tokens };
        }
    }

    public int SpentWithin(DateTimeOffset now) => spent.Where(s => s.At > now - Window && s.At <= now).Sum(s => s.Tokens);

    private void Forget(DateTimeOffset now) => spent.RemoveAll(s => s.At <= now - Window);
}
