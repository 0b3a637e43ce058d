namespace Aeo.Grains.Platforms;

/// <summary>
/// The gate of one platform, one activation in the whole cluster: the requests-per-minute pacer, the tokens-per-minute
/// budget, the concurrency cap, the 429 pause, the provider's own limits and the circuit breaker. A clean stop records
/// where the pacer stood; after a crash the next activation waits out what its predecessor may have promised. The
/// breaker and the recent errors are persisted on every breaker transition, so every silo and every restart sees them.
/// </summary>
public sealed class PlatformGrain(
    IAnswerEngineRegistry registry,
    IOptions<AuditOptions> options,
    AeoMetrics metrics,
    TimeProvider time,
    [PersistentState("budget", GrainStorage.Name)] IPersistentState<PlatformBudgetState> budget)
    : Grain, IPlatformGrain
{
    internal static readonly TimeSpan StartGrace = TimeSpan.FromMilliseconds(250);
    internal static readonly TimeSpan Horizon = TimeSpan.FromSeconds(5);

    /// <summary>How long past its attempt's time limit a lease is kept for a caller that never reports (its silo died).</summary>
    internal static readonly TimeSpan LeaseSlack = TimeSpan.FromSeconds(15);

    /// <summary>When to ask again while the concurrency cap is full or a probe is out; callers add their own spread.</summary>
    private static readonly TimeSpan BusyRetry = TimeSpan.FromMilliseconds(200);

    private readonly Dictionary<Guid, DateTimeOffset> leases = [];
    private readonly TokenBudget tokens = new();
    private PlatformDescriptor descriptor = null!;
    private RatePacer pacer = null!;
    private CircuitBreaker breaker = null!;
    private DateTimeOffset? pausedUntil;
    private ProviderLimitsView? provider;

    private string Platform => descriptor.Name;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        descriptor = registry.Describe(this.GetPrimaryKeyString());
        var now = time.GetUtcNow();
        var rpm = descriptor.RequestsPerMinute;
        var burst = RatePacer.DefaultBurst(rpm);
        pacer = (budget.RecordExists, budget.State.NextSlotAfterCleanStop) switch
        {
            (false, _) => RatePacer.ResumeAt(rpm, StartGrace, Horizon, now, burst),
            (true, { } recorded) => RatePacer.ResumeAt(rpm, StartGrace, Horizon, recorded, burst),
            (true, null) => RatePacer.AfterUnknownPast(rpm, StartGrace, Horizon, now, burst),
        };
        tokens.TokensPerMinute = descriptor.TokensPerMinute;
        var settings = options.Value;
        breaker = new CircuitBreaker(budget.State.Breaker, new BreakerSettings(
            settings.BreakerFailureThreshold, settings.BreakerFailureRatio,
            TimeSpan.FromSeconds(settings.BreakerSamplingSeconds), TimeSpan.FromSeconds(settings.BreakerBreakSeconds)));

        budget.State.NextSlotAfterCleanStop = null;
        await budget.WriteStateAsync(cancellationToken);
        metrics.BreakerState(Platform, breaker.State.Status);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        metrics.BreakerGone(Platform);
        budget.State.NextSlotAfterCleanStop = pacer.NextSlot;
        await budget.WriteStateAsync(cancellationToken);
    }

    public async Task<CallLease> AcquireAsync(int estimatedTokens)
    {
        var now = time.GetUtcNow();
        ExpireLeases(now);
        var gate = breaker.Check(now, out var halfOpened);
        if (halfOpened)
        {
            await BreakerChangedAsync();
        }
        if (gate == BreakerGate.Refuse)
        {
            return Decline(LeaseDecision.BreakerOpen, breaker.State.HalfOpenAt!.Value, now);
        }
        if (gate == BreakerGate.AwaitProbe || leases.Count >= descriptor.MaxConcurrency)
        {
            return Decline(LeaseDecision.Wait, now + BusyRetry, now);
        }
        if (pausedUntil > now)
        {
            return Decline(LeaseDecision.Wait, pausedUntil.Value, now);
        }
        var fits = tokens.FitsAt(estimatedTokens, now);
        if (fits > now)
        {
            return Decline(LeaseDecision.Wait, fits, now);
        }
        var permit = pacer.Acquire(now);
        if (!permit.Granted)
        {
            return Decline(LeaseDecision.Wait, permit.At, now);
        }

        var lease = Guid.NewGuid();
        leases[lease] = permit.StartBy + TimeSpan.FromSeconds(descriptor.TimeoutSeconds) + LeaseSlack;
        tokens.Reserve(lease, permit.At, estimatedTokens);
        breaker.CallStarted(lease, gate, now);
        return new CallLease(LeaseDecision.Granted, lease, permit.At, permit.StartBy, NotBelowZero(permit.At - now), NotBelowZero(permit.StartBy - now));
    }

    public async Task ReportAsync(CallOutcome outcome)
    {
        var now = time.GetUtcNow();
        leases.Remove(outcome.LeaseId);
        if (outcome.Result == CallResult.Succeeded)
        {
            tokens.Correct(outcome.LeaseId, outcome.Tokens);
        }
        if (outcome.Limits is { } limits)
        {
            Adapt(limits, now);
        }
        if (outcome.IsRateLimited)
        {
            var pause = outcome.RetryAfter ?? TimeSpan.FromSeconds(options.Value.RateLimitPauseSeconds);
            PauseUntil(now + pause + TimeSpan.FromMilliseconds(Random.Shared.Next(0, options.Value.RateLimitPauseJitterMs + 1)));
        }

        var changed = outcome.Result switch
        {
            CallResult.Succeeded => breaker.Succeeded(outcome.LeaseId, now),
            CallResult.Failed => breaker.Failed(outcome.LeaseId, outcome.CountsAgainstHealth, now),
            _ => Release(outcome.LeaseId),
        };
        if (outcome.Result == CallResult.Failed)
        {
            RecentErrors.Add(budget.State.RecentErrors, now, outcome.ErrorClass ?? "Unknown", outcome.Message, outcome.ClientId);
        }
        if (changed)
        {
            await BreakerChangedAsync();
        }
    }

    public async Task ResetBreakerAsync()
    {
        pausedUntil = null;
        if (breaker.Reset())
        {
            await BreakerChangedAsync();
        }
    }

    public Task<PlatformStatus> GetStatusAsync()
    {
        var now = time.GetUtcNow();
        var state = breaker.State;
        return Task.FromResult(new PlatformStatus(
            Platform,
            pacer.RequestsPerMinute,
            tokens.TokensPerMinute,
            descriptor.MaxConcurrency,
            pacer.GrantedWithin(now),
            tokens.SpentWithin(now),
            leases.Count,
            pacer.NextSlot,
            pausedUntil > now ? pausedUntil : null,
            provider,
            new BreakerView(state.Status, state.RecentFailures, state.OpenedAt, state.HalfOpenAt, breaker.RecentCalls),
            budget.State.RecentErrors.ToArray()));
    }

    private static CallLease Decline(LeaseDecision decision, DateTimeOffset at, DateTimeOffset now) =>
        new(decision, Guid.Empty, at, at, NotBelowZero(at - now), NotBelowZero(at - now));

    private static TimeSpan NotBelowZero(TimeSpan span) => span > TimeSpan.Zero ? span : TimeSpan.Zero;

    private bool Release(Guid lease)
    {
        breaker.LeaseExpired(lease);
        return false;
    }

    /// <summary>Frees the leases of callers that never reported (their silo died mid-call).</summary>
    private void ExpireLeases(DateTimeOffset now)
    {
        foreach (var (lease, expires) in leases.Where(l => l.Value < now).ToList())
        {
            leases.Remove(lease);
            breaker.LeaseExpired(lease);
        }
    }

    /// <summary>Follows the provider's own view: an exhausted budget pauses until it resets; a lower limit becomes ours.</summary>
    private void Adapt(ProviderLimits limits, DateTimeOffset now)
    {
        provider = new ProviderLimitsView(limits, now);
        var fallback = TimeSpan.FromSeconds(options.Value.RateLimitPauseSeconds);
        if (limits.RequestsRemaining == 0)
        {
            PauseUntil(now + (limits.RequestsResetIn ?? fallback));
        }
        if (limits.TokensRemaining == 0)
        {
            PauseUntil(now + (limits.TokensResetIn ?? fallback));
        }
        if (limits.RequestLimit is { } requestLimit && requestLimit >= 1 && requestLimit < pacer.RequestsPerMinute)
        {
            pacer = pacer.Retuned(requestLimit);
        }
        if (limits.TokenLimit is { } tokenLimit && tokenLimit >= 1 && tokenLimit < (tokens.TokensPerMinute ?? int.MaxValue))
        {
            tokens.TokensPerMinute = tokenLimit;
        }
    }

    private void PauseUntil(DateTimeOffset until)
    {
        if (pausedUntil is null || until > pausedUntil)
        {
            pausedUntil = until;
        }
    }

    private Task BreakerChangedAsync()
    {
        metrics.BreakerTransition(Platform, breaker.State.Status);
        return budget.WriteStateAsync();
    }
}
