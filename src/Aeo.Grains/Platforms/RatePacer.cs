namespace Aeo.Grains.Platforms;

/// <summary>
/// Hands out call slots so that no 60-second window ever holds more than the requests-per-minute budget, while
/// letting a short burst start at once when the platform has been idle.
/// </summary>
/// <remarks>
/// This is the generic cell rate algorithm: a theoretical arrival time (TAT) advances by one spacing per grant,
/// and a call may start up to <c>burst</c> spacings ahead of it. A caller must start within <c>grace</c> of its
/// slot (or ask again). With spacing = (60 s + grace) / (RPM − burst), any window of length W holds at most
/// floor((W + grace) / spacing) + burst + 1 starts, which is RPM for W = 60 s. Slots are handed out at most
/// <c>horizon</c> ahead, which bounds what a lost activation may have promised: a new activation that cannot
/// know its predecessor's grants starts as if its TAT were as late as theirs could have been.
/// </remarks>
public sealed class RatePacer
{
    private readonly TimeSpan spacing;
    private readonly TimeSpan tolerance;
    private readonly TimeSpan grace;
    private readonly TimeSpan horizon;
    private readonly Queue<DateTimeOffset> lastMinute = new();
    private DateTimeOffset theoreticalArrival;

    private RatePacer(int requestsPerMinute, TimeSpan grace, TimeSpan horizon, int burst)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requestsPerMinute, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(burst);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(burst, requestsPerMinute);
        RequestsPerMinute = requestsPerMinute;
        this.grace = grace;
        this.horizon = horizon;
        spacing = TimeSpan.FromTicks((TimeSpan.FromMinutes(1) + grace).Ticks / (requestsPerMinute - burst) + 1);
        tolerance = spacing * burst;
    }

    /// <summary>A burst of 5 % of the budget: a short run starts at once, a long one runs at 95 % of the budget or more.</summary>
    public static int DefaultBurst(int requestsPerMinute) => requestsPerMinute / 20;

    /// <summary>A pacer that continues from a clean stop, whose theoretical arrival time is known.</summary>
    public static RatePacer ResumeAt(int requestsPerMinute, TimeSpan grace, TimeSpan horizon, DateTimeOffset nextFreeSlot, int burst = 0) =>
        new(requestsPerMinute, grace, horizon, burst) { theoreticalArrival = nextFreeSlot };

    /// <summary>
    /// A pacer whose predecessor may have promised slots up to <paramref name="horizon"/> past now: it starts from
    /// the latest arrival time those promises could have left, so old and new slots never crowd a window.
    /// </summary>
    public static RatePacer AfterUnknownPast(int requestsPerMinute, TimeSpan grace, TimeSpan horizon, DateTimeOffset now, int burst = 0)
    {
        var pacer = new RatePacer(requestsPerMinute, grace, horizon, burst);
        pacer.theoreticalArrival = now + horizon + pacer.spacing + pacer.tolerance;
        return pacer;
    }

    /// <summary>
    /// A pacer at another rate that continues from this one's arrival time without a burst allowance, so slots
    /// granted before and after the change never crowd a window beyond what the faster of the two allows.
    /// </summary>
    public RatePacer Retuned(int requestsPerMinute)
    {
        var retuned = new RatePacer(requestsPerMinute, grace, horizon, burst: 0) { theoreticalArrival = theoreticalArrival };
        foreach (var slot in lastMinute)
        {
            retuned.lastMinute.Enqueue(slot);
        }
        return retuned;
    }

    public int RequestsPerMinute { get; }

    /// <summary>The pacer's state to record on a clean stop (its theoretical arrival time).</summary>
    public DateTimeOffset NextSlot => theoreticalArrival;

    public RatePermit Acquire(DateTimeOffset now)
    {
        var earliest = theoreticalArrival - tolerance;
        var slot = earliest > now ? earliest : now;
        if (slot - now > horizon)
        {
            return new RatePermit(false, slot - horizon, slot - horizon);
        }
        theoreticalArrival = (theoreticalArrival > slot ? theoreticalArrival : slot) + spacing;
        lastMinute.Enqueue(slot);
        return new RatePermit(true, slot, slot + grace);
    }

    public int GrantedWithin(DateTimeOffset now)
    {
        while (lastMinute.Count > 0 && lastMinute.Peek() <= now - TimeSpan.FromMinutes(1))
        {
            lastMinute.Dequeue();
        }
        return lastMinute.Count(slot => slot <= now);
    }
}
