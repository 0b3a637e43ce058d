namespace Aeo.Grains.Platforms;

/// <summary>
/// A sliding 60-second tokens-per-minute budget: each granted call reserves its estimate at its slot time, and its
/// real usage replaces the estimate when it reports. A call is held back until its estimate fits in the window;
/// a call larger than the whole budget goes alone into an empty window. Calls are tracked (for the status) even
/// when the platform has no budget, and forgotten once they leave the window, so the bookkeeping stays bounded
/// by one minute of calls and each grant or report costs O(log n).
/// </summary>
internal sealed class TokenBudget
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Dictionary<Guid, (DateTimeOffset At, int Tokens)> byLease = [];
    private readonly PriorityQueue<Guid, DateTimeOffset> bySlot = new();
    private long total;

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
        if (total == 0 || total + estimate <= limit)
        {
            return now;
        }
        var used = total;
        var fits = now;
        foreach (var (at, tokens) in byLease.Values.OrderBy(e => e.At))
        {
            if (used == 0 || used + estimate <= limit)
            {
                break;
            }
            used -= tokens;
            fits = at + Window;
        }
        return fits;
    }

    public void Reserve(Guid lease, DateTimeOffset at, int estimate)
    {
        Forget(at);
        byLease[lease] = (at, estimate);
        bySlot.Enqueue(lease, at);
        total += estimate;
    }

    public void Correct(Guid lease, int tokens)
    {
        if (byLease.TryGetValue(lease, out var entry))
        {
            total += tokens - entry.Tokens;
            byLease[lease] = entry with { Tokens = tokens };
        }
    }

    /// <summary>How many calls the budget still remembers (at most a minute's worth, plus those granted ahead).</summary>
    public int Tracked => byLease.Count;

    public int SpentWithin(DateTimeOffset now) =>
        byLease.Values.Where(e => e.At > now - Window && e.At <= now).Sum(e => e.Tokens);

    private void Forget(DateTimeOffset now)
    {
        while (bySlot.TryPeek(out var lease, out var at) && at <= now - Window)
        {
            bySlot.Dequeue();
            if (byLease.Remove(lease, out var entry))
            {
                total -= entry.Tokens;
            }
        }
    }
}
