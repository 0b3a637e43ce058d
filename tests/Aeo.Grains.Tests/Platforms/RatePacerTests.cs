namespace Aeo.Grains.Tests.Platforms;

public sealed class RatePacerTests
{
    private static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Horizon = TimeSpan.FromSeconds(5);
    private static readonly DateTimeOffset T0 = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Granted_slots_are_spaced_by_a_minute_plus_grace_over_rpm()
    {
        var pacer = RatePacer.ResumeAt(60, Grace, Horizon, T0);
        var permits = Enumerable.Range(0, 5).Select(_ => pacer.Acquire(T0)).ToList();

        Assert.All(permits, p => Assert.True(p.Granted));
        Assert.Equal(T0, permits[0].At);
        var spacing = (TimeSpan.FromMinutes(1) + Grace) / 60;
        for (var i = 1; i < permits.Count; i++)
        {
            var gap = permits[i].At - permits[i - 1].At;
            Assert.InRange(gap, spacing, spacing + TimeSpan.FromTicks(2));
        }
        Assert.All(permits, p => Assert.Equal(p.At + Grace, p.StartBy));
    }

    [Fact]
    public void A_free_pacer_grants_now_not_in_the_past()
    {
        var pacer = RatePacer.ResumeAt(60, Grace, Horizon, T0);
        var later = T0 + TimeSpan.FromMinutes(3);
        var permit = pacer.Acquire(later);
        Assert.True(permit.Granted);
        Assert.Equal(later, permit.At);
    }

    [Fact]
    public void Slots_beyond_the_horizon_are_refused_with_a_time_to_ask_again()
    {
        // RPM 60: about one slot a second, so a 5 s horizon holds 5 or 6 slots.
        var pacer = RatePacer.ResumeAt(60, Grace, Horizon, T0);
        var granted = new List<DateTimeOffset>();
        RatePermit permit;
        while ((permit = pacer.Acquire(T0)).Granted)
        {
            granted.Add(permit.At);
            Assert.True(granted.Count < 100, "the pacer never refused");
        }

        Assert.All(granted, at => Assert.True(at - T0 <= Horizon));
        Assert.InRange(granted.Count, 5, 6);
        // The refusal names the moment the next slot comes within the horizon, and nothing was reserved.
        Assert.Equal(pacer.NextSlot - Horizon, permit.At);
        Assert.True(permit.At > T0);
        Assert.False(pacer.Acquire(permit.At - TimeSpan.FromMilliseconds(1)).Granted);
        var expected = pacer.NextSlot;
        var retry = pacer.Acquire(permit.At);
        Assert.True(retry.Granted);
        Assert.Equal(expected, retry.At);
        Assert.True(retry.At - granted[^1] >= (TimeSpan.FromMinutes(1) + Grace) / 60);
    }

    [Fact]
    public void Resume_at_a_recorded_slot_continues_from_there()
    {
        var recorded = T0 + TimeSpan.FromSeconds(2);
        var pacer = RatePacer.ResumeAt(60, Grace, Horizon, recorded);
        Assert.Equal(recorded, pacer.NextSlot);
        var permit = pacer.Acquire(T0);
        Assert.True(permit.Granted);
        Assert.Equal(recorded, permit.At);
    }

    [Fact]
    public void After_an_unknown_past_the_first_slot_comes_after_everything_a_predecessor_could_have_promised()
    {
        // The predecessor hands out slots up to the horizon, then dies at T0.
        var old = RatePacer.ResumeAt(120, Grace, Horizon, T0);
        var promised = new List<DateTimeOffset>();
        RatePermit permit;
        while ((permit = old.Acquire(T0)).Granted)
        {
            promised.Add(permit.At);
        }

        var fresh = RatePacer.AfterUnknownPast(120, Grace, Horizon, T0);
        var first = fresh.Acquire(T0);
        Assert.False(first.Granted); // its first slot lies beyond the horizon
        var next = fresh.Acquire(first.At);
        Assert.True(next.Granted);
        Assert.True(next.At > T0 + Horizon);
        Assert.True(next.At - promised.Max() >= (TimeSpan.FromMinutes(1) + Grace) / 120);

        // Old promises and new grants together still fit the budget in every window.
        var starts = promised.Concat(Enumerable.Range(0, 200).Select(_ => Take(fresh, next.At))).ToList();
        Assert.True(WindowCheck.MaxInWindow(starts, TimeSpan.FromMinutes(1)).Count <= 120);
    }

    [Fact]
    public void An_idle_pacer_lets_its_burst_start_at_once_then_spaces_the_rest()
    {
        var pacer = RatePacer.ResumeAt(600, Grace, Horizon, T0, burst: 30);
        var permits = Enumerable.Range(0, 40).Select(_ => pacer.Acquire(T0)).ToList();

        Assert.All(permits, p => Assert.True(p.Granted));
        Assert.All(permits.Take(31), p => Assert.Equal(T0, p.At));
        var spacing = (TimeSpan.FromMinutes(1) + Grace) / 570;
        for (var i = 31; i < permits.Count; i++)
        {
            Assert.InRange(permits[i].At - permits[i - 1].At, spacing, spacing + TimeSpan.FromTicks(2));
        }
    }

    [Fact]
    public void A_fresh_activation_after_a_crash_leaves_no_burst_beside_its_predecessor()
    {
        // The predecessor used its burst and granted slots up to the horizon; the successor cannot know that.
        var old = RatePacer.ResumeAt(120, Grace, Horizon, T0, burst: 6);
        var promised = new List<DateTimeOffset>();
        while (old.Acquire(T0) is { Granted: true } permit)
        {
            promised.Add(permit.At);
        }
        var fresh = RatePacer.AfterUnknownPast(120, Grace, Horizon, T0, burst: 6);
        var successor = new List<DateTimeOffset>();
        for (var now = T0; now < T0 + TimeSpan.FromMinutes(2); now += TimeSpan.FromMilliseconds(50))
        {
            if (fresh.Acquire(now) is { Granted: true } permit)
            {
                successor.Add(permit.At);
            }
        }

        Assert.True(successor.Min() > promised.Max());
        var minute = WindowCheck.MaxInWindow([.. promised, .. successor], TimeSpan.FromMinutes(1) - Grace);
        Assert.True(minute.Count <= 120, $"{minute.Count} slots in a minute, budget 120");
    }

    [Fact]
    public void Rejects_a_burst_as_large_as_the_budget()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RatePacer.ResumeAt(10, Grace, Horizon, T0, burst: 10));
    }

    [Fact]
    public void Rejects_a_budget_below_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RatePacer.ResumeAt(0, Grace, Horizon, T0));
    }

    [Theory]
    [InlineData(1, 7, 0)]
    [InlineData(10, 11, 0)]
    [InlineData(60, 12, 0)]
    [InlineData(600, 13, 0)]
    [InlineData(60, 14, 3)]
    [InlineData(600, 15, 30)]
    [InlineData(600, 16, 299)]
    public void No_sixty_second_window_holds_more_than_rpm_starts_under_random_demand(int rpm, int seed, int burst)
    {
        // Many callers ask at random moments; each honours its permit and starts anywhere inside its grace.
        var random = new Random(seed);
        var pacer = RatePacer.ResumeAt(rpm, Grace, Horizon, T0, burst);
        var starts = new List<DateTimeOffset>();
        var refusals = 0;
        var callers = Enumerable.Range(0, 40 + rpm / 3).Select(_ => T0 + TimeSpan.FromMilliseconds(random.Next(0, 5_000))).ToList();
        var end = T0 + TimeSpan.FromMinutes(rpm <= 10 ? 30 : 6);
        var queue = new PriorityQueue<int, DateTimeOffset>();
        for (var i = 0; i < callers.Count; i++)
        {
            queue.Enqueue(i, callers[i]);
        }
        while (queue.TryDequeue(out var caller, out var now) && now < end)
        {
            var permit = pacer.Acquire(now);
            if (!permit.Granted)
            {
                refusals++;
                queue.Enqueue(caller, permit.At + TimeSpan.FromMilliseconds(random.Next(0, 200)));
                continue;
            }
            var start = permit.At + TimeSpan.FromTicks((long)(random.NextDouble() * Grace.Ticks));
            starts.Add(start);
            // Sometimes the caller asks again at once (a fast call), sometimes after a while.
            queue.Enqueue(caller, start + TimeSpan.FromMilliseconds(random.Next(0, 3) == 0 ? 0 : random.Next(0, 20_000)));
        }

        Assert.True(refusals > 0, "demand never exceeded the budget, so the test proves nothing");
        var minute = WindowCheck.MaxInWindow(starts, TimeSpan.FromMinutes(1));
        Assert.True(minute.Count <= rpm, $"{minute.Count} starts in the minute from {minute.At:O}, budget {rpm}");
        // The budget is also used: demand exceeds it, so a busy minute holds nearly the whole budget.
        Assert.True(minute.Count >= (int)(rpm * 0.95), $"only {minute.Count} starts in the busiest minute, budget {rpm}");
        foreach (var seconds in new[] { 1, 5, 10, 30 })
        {
            var length = TimeSpan.FromSeconds(seconds);
            var window = WindowCheck.MaxInWindow(starts, length);
            Assert.True(window.Count <= WindowCheck.Allowed(rpm, Grace, length, burst), $"{window.Count} starts in {seconds} s");
        }
    }

    [Fact]
    public void Granted_within_counts_slots_of_the_last_minute_that_have_begun()
    {
        var pacer = RatePacer.ResumeAt(600, Grace, Horizon, T0);
        for (var i = 0; i < 20; i++)
        {
            Assert.True(pacer.Acquire(T0).Granted);
        }
        var spacing = (TimeSpan.FromMinutes(1) + Grace) / 600;
        Assert.Equal(1, pacer.GrantedWithin(T0));
        Assert.Equal(11, pacer.GrantedWithin(T0 + spacing * 10 + TimeSpan.FromMilliseconds(1)));
        Assert.Equal(20, pacer.GrantedWithin(T0 + TimeSpan.FromSeconds(30)));
        Assert.Equal(0, pacer.GrantedWithin(T0 + TimeSpan.FromMinutes(2)));
    }

    private static DateTimeOffset Take(RatePacer pacer, DateTimeOffset from)
    {
        var now = from;
        while (true)
        {
            var permit = pacer.Acquire(now);
            if (permit.Granted)
            {
                return permit.At;
            }
            now = permit.At;
        }
    }
}
