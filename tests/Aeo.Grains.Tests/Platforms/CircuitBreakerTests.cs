namespace Aeo.Grains.Tests.Platforms;

/// <summary>When the breaker opens: enough unhealthy failures, and enough of them among the calls started in its window.</summary>
public sealed class CircuitBreakerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly BreakerSettings Settings = new(Threshold: 5, Ratio: 0.5, SamplingWindow: TimeSpan.FromSeconds(30), BreakDuration: TimeSpan.FromSeconds(30));

    [Fact]
    public void A_provider_failing_one_call_in_five_stays_closed_even_when_its_fast_errors_return_before_any_answer()
    {
        var breaker = new CircuitBreaker(new BreakerState(), Settings);
        var leases = Start(breaker, 40, T0);

        // The 8 failing calls answer at once; the 32 good ones are still generating.
        var opened = leases.Take(8).Select((lease, i) => breaker.Failed(lease, countsAgainstHealth: true, T0.AddMilliseconds(100 + i))).ToList();

        Assert.DoesNotContain(true, opened);
        Assert.Equal(BreakerStatus.Closed, breaker.State.Status);
        Assert.Equal(8, breaker.State.RecentFailures);
        Assert.Equal(40, breaker.RecentCalls);
    }

    [Fact]
    public void A_provider_failing_every_call_opens_it_at_the_threshold()
    {
        var breaker = new CircuitBreaker(new BreakerState(), Settings);
        var leases = Start(breaker, 8, T0);

        var opened = leases.Select((lease, i) => breaker.Failed(lease, countsAgainstHealth: true, T0.AddSeconds(1 + i))).ToList();

        Assert.Equal([false, false, false, false, true, false, false, false], opened);
        Assert.Equal(BreakerStatus.Open, breaker.State.Status);
        Assert.Equal(T0.AddSeconds(5), breaker.State.OpenedAt);
        Assert.Equal(T0.AddSeconds(35), breaker.State.HalfOpenAt);
    }

    [Fact]
    public void Failures_older_than_the_window_do_not_count_and_rate_limits_never_do()
    {
        var breaker = new CircuitBreaker(new BreakerState(), Settings);
        foreach (var lease in Start(breaker, 4, T0))
        {
            breaker.Failed(lease, countsAgainstHealth: true, T0);
        }
        foreach (var lease in Start(breaker, 10, T0.AddSeconds(31)))
        {
            breaker.Failed(lease, countsAgainstHealth: false, T0.AddSeconds(31));
        }
        var later = Start(breaker, 1, T0.AddSeconds(40)).Single();

        Assert.False(breaker.Failed(later, countsAgainstHealth: true, T0.AddSeconds(40)));
        Assert.Equal(BreakerStatus.Closed, breaker.State.Status);
        Assert.Equal(1, breaker.State.RecentFailures);
    }

    [Fact]
    public void After_the_break_one_probe_goes_and_its_success_closes_the_breaker_and_clears_the_window()
    {
        var breaker = new CircuitBreaker(new BreakerState(), Settings);
        foreach (var (lease, i) in Start(breaker, 5, T0).Select((l, i) => (l, i)))
        {
            breaker.Failed(lease, countsAgainstHealth: true, T0.AddSeconds(i));
        }
        Assert.Equal(BreakerGate.Refuse, breaker.Check(T0.AddSeconds(10), out _));

        var halfOpenAt = breaker.State.HalfOpenAt!.Value;
        Assert.Equal(BreakerGate.Probe, breaker.Check(halfOpenAt, out var changed));
        Assert.True(changed);
        var probe = Guid.NewGuid();
        breaker.CallStarted(probe, BreakerGate.Probe, halfOpenAt);
        Assert.Equal(BreakerGate.AwaitProbe, breaker.Check(halfOpenAt, out _));

        Assert.True(breaker.Succeeded(probe, halfOpenAt.AddSeconds(1)));
        Assert.Equal(BreakerStatus.Closed, breaker.State.Status);
        Assert.Equal(0, breaker.State.RecentFailures);
        Assert.Equal(0, breaker.RecentCalls);
    }

    private static List<Guid> Start(CircuitBreaker breaker, int calls, DateTimeOffset at)
    {
        var leases = Enumerable.Range(0, calls).Select(_ => Guid.NewGuid()).ToList();
        foreach (var lease in leases)
        {
            Assert.Equal(BreakerGate.Pass, breaker.Check(at, out _));
            breaker.CallStarted(lease, BreakerGate.Pass, at);
        }
        return leases;
    }
}
