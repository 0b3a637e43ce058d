using Aeo.Abstractions.Platforms;

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
/// Closed / open / half-open over the persisted <see cref="BreakerState"/>. Unhealthy failures in a row open it;
/// after its break one probe is let through: success closes it, an unhealthy failure opens it again. Each method
/// returns true when the state changed, which the grain then writes.
/// </summary>
internal sealed class CircuitBreaker(BreakerState state, int threshold, TimeSpan breakDuration)
{
    private Guid? probe;

    public BreakerState State => state;

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

    public void ProbeGranted(Guid lease) => probe = lease;

    /// <summary>The probe's lease expired unreported (its caller died): let another caller probe.</summary>
    public void LeaseExpired(Guid lease)
    {
        if (probe == lease)
        {
            probe = null;
        }
    }

    public bool Succeeded(Guid lease)
    {
        switch (state.Status)
        {
            case BreakerStatus.HalfOpen when probe == lease:
                Close();
                return true;
            case BreakerStatus.Closed:
                state.ConsecutiveFailures = 0;
                return false;
            default:
                return false;
        }
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
                state.ConsecutiveFailures++;
                if (state.ConsecutiveFailures >= threshold)
                {
                    Open(now);
                    return true;
                }
                return false;
            case BreakerStatus.HalfOpen when probe == lease:
                state.ConsecutiveFailures++;
                Open(now);
                return true;
            default:
                return false;
        }
    }

    public bool Reset()
    {
        var changed = state.Status != BreakerStatus.Closed || state.ConsecutiveFailures != 0;
        Close();
        return changed;
    }

    private void Open(DateTimeOffset now)
    {
        state.Status = BreakerStatus.Open;
        state.OpenedAt = now;
        state.BreakDuration = breakDuration;
        probe = null;
    }

    private void Close()
    {
        state.Status = BreakerStatus.Closed;
        state.ConsecutiveFailures = 0;
        state.OpenedAt = null;
        probe = null;
    }
}
