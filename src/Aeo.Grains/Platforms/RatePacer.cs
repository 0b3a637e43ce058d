using Aeo.Abstractions.Platforms;

namespace Aeo.Grains.Platforms;

/// <summary>
/// Spaces call slots so that no 60-second window ever holds more than the requests-per-minute budget.
/// </summary>
/// <remarks>
/// A slot is a start time handed to a caller, which must start its call within <c>grace</c> of it (or ask
/// again). Slots are spaced (60 s + grace) / RPM apart, so calls that start anywhere inside their grace
/// still fit RPM to any 60-second window. Slots are handed out at most <c>horizon</c> ahead, which bounds
/// what a lost activation may have promised: a new activation that cannot know its predecessor's grants
/// starts after that horizon.
/// </remarks>
public sealed class RatePacer
{
    private readonly TimeSpan spacing;
    private readonly TimeSpan grace;
    private readonly TimeSpan horizon;
    private readonly Queue<DateTimeOffset> lastMinute = new();
    private DateTimeOffset nextSlot;

    private RatePacer(int requestsPerMinute, TimeSpan grace, TimeSpan horizon)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requestsPerMinute, 1);
        RequestsPerMinute = requestsPerMinute;
        this.grace = grace;
        this.horizon = horizon;
        spacing = TimeSpan.FromTicks((TimeSpan.FromMinutes(1) + grace).Ticks / requestsPerMinute + 1);
    }

    /// <summary>A pacer that continues from a clean stop, whose first free slot is known.</summary>
    public static RatePacer ResumeAt(int requestsPerMinute, TimeSpan grace, TimeSpan horizon, DateTimeOffset nextFreeSlot) =>
        new(requestsPerMinute, grace, horizon) { nextSlot = nextFreeSlot };

    /// <summary>
    /// A pacer whose predecessor may have promised slots up to <paramref name="horizon"/> past now: it starts
    /// one spacing after that, so old and new slots never crowd a window.
    /// </summary>
    public static RatePacer AfterUnknownPast(int requestsPerMinute, TimeSpan grace, TimeSpan horizon, DateTimeOffset now)
    {
        var pacer = new RatePacer(requestsPerMinute, grace, horizon);
        pacer.nextSlot = now + horizon + pacer.spacing;
        return pacer;
    }

    public int RequestsPerMinute { get; }

    public DateTimeOffset NextSlot => nextSlot;

    public RatePermit Acquire(DateTimeOffset now)
    {
        var slot = nextSlot > now ? nextSlot : now;
        if (slot - now > horizon)
        {
            return new RatePermit(false, slot - horizon, slot - horizon);
        }
        nextSlot = slot + spacing;
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
