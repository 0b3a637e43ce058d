namespace Aeo.Grains.Platforms;

/// <summary>What the breaker says to a caller asking for a lease.</summary>
internal enum BreakerGate
{
    /// <summary>Closed: call as usual.</summary>
    Pass,

    /// <summary>Half-open and no probe out: this call is the probe.</summary>
    Probe,

    /// <summary>Half-open with its probe out: wait for the probe's verdict.</summary>
    AwaitProbe,

    /// <summary>Open: refused until it half-opens.</summary>
    Refuse,
}

/// <summary>
/// Closed / open / half-open over the persisted <see cref="BreakerState"/>. It opens when, within the sampling window,
/// at least <c>threshold</c> unhealthy failures were reported and they are at least <c>ratio</c> of the calls started in
/// that window. Counting against calls started (not calls finished) matters: errors come back in milliseconds while good
/// answers take seconds, so among finished calls a provider failing one call in five looks dead for the first seconds
/// of every burst. After its break one probe is let through: success closes it, an unhealthy failure opens it again.
/// Each method returns true when the state changed, which the grain then writes.
/// </summary>
internal sealed class CircuitBreaker(BreakerState state, BreakerSettings settings)
{
    private readonly Queue<DateTimeOffset> started = new();
    private readonly Queue<DateTimeOffset> failures = new();
    private Guid? probe;

    public BreakerState State => state;

    /// <summary>Calls started within the sampling window (this activation's count; not persisted).</summary>
    public int RecentCalls => started.Count;

    public BreakerGate Check(DateTimeOffset now, out bool changed)
    {
        changed = false;
        if (state.Status == BreakerStatus.Open)
        {
            if (now < state.HalfOpenAt)
            {
                return BreakerGate.Refuse;
            }
            state.Status = BreakerStatus.HalfOpen;
            probe = null;
            changed = true;
        }
        if (state.Status == BreakerStatus.HalfOpen)
        {
            return probe is null ? BreakerGate.Probe : BreakerGate.AwaitProbe;
        }
        return BreakerGate.Pass;
    }

    /// <summary>A lease was granted: one more call started in the window (a probe too).</summary>
    public void CallStarted(Guid lease, BreakerGate gate, DateTimeOffset now)
    {
        if (gate == BreakerGate.Probe)
        {
            probe = lease;
        }
        started.Enqueue(now);
        Prune(now);
    }

    /// <summary>The probe's lease expired unreported (its caller died): let another caller probe.</summary>
    public void LeaseExpired(Guid lease)
    {
        if (probe == lease)
        {
            probe = null;
        }
    }

    public bool Succeeded(Guid lease, DateTimeOffset now)
    {
        if (state.Status == BreakerStatus.HalfOpen && probe == lease)
        {
            Close();
            return true;
        }
        Prune(now);
        return false;
    }

    public bool Failed(Guid lease, bool countsAgainstHealth, DateTimeOffset now)
    {
        if (!countsAgainstHealth)
        {
            // A 429 or a refused request says nothing about the provider's health: the probe slot is free again.
            LeaseExpired(lease);
            return false;
        }
        switch (state.Status)
        {
            case BreakerStatus.Closed:
                failures.Enqueue(now);
                Prune(now);
                if (failures.Count >= settings.Threshold && failures.Count >= settings.Ratio * Math.Max(started.Count, failures.Count))
                {
                    Open(now);
                    return true;
                }
                return false;
            case BreakerStatus.HalfOpen when probe == lease:
                state.RecentFailures++;
                Open(now);
                return true;
            default:
                return false;
        }
    }

    public bool Reset()
    {
        var changed = state.Status != BreakerStatus.Closed || state.RecentFailures != 0;
        Close();
        return changed;
    }

    private void Prune(DateTimeOffset now)
    {
        var from = now - settings.SamplingWindow;
        while (started.Count > 0 && started.Peek() < from)
        {
            started.Dequeue();
        }
        while (failures.Count > 0 && failures.Peek() < from)
        {
            failures.Dequeue();
        }
        if (state.Status == BreakerStatus.Closed)
        {
            state.RecentFailures = failures.Count;
        }
    }

    private void Open(DateTimeOffset now)
    {
        state.Status = BreakerStatus.Open;
        state.OpenedAt = now;
        state.BreakDuration = settings.BreakDuration;
        probe = null;
    }

    private void Close()
    {
        state.Status = BreakerStatus.Closed;
        state.RecentFailures = 0;
        state.OpenedAt = null;
        probe = null;
        started.Clear();
        failures.Clear();
    }
}

/// <summary>When a platform's breaker opens and how long it stays open (from <c>Aeo:Audit:Breaker*</c>).</summary>
internal sealed record BreakerSettings(int Threshold, double Ratio, TimeSpan SamplingWindow, TimeSpan BreakDuration);
