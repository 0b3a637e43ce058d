using Aeo.Abstractions.Grains;
using Aeo.Abstractions.Platforms;
using Aeo.Platforms;

namespace Aeo.Grains.Platforms;

/// <summary>
/// One activation per platform in the whole cluster, so its pacer is the cluster-wide budget. A clean stop
/// records where the budget stood; after a crash the next activation waits out what its predecessor may
/// have promised.
/// </summary>
public sealed class PlatformGrain(
    IAnswerEngineRegistry registry,
    TimeProvider time,
    [PersistentState("budget", GrainStorage.Name)] IPersistentState<PlatformBudgetState> budget)
    : Grain, IPlatformGrain
{
    internal static readonly TimeSpan StartGrace = TimeSpan.FromMilliseconds(250);
    internal static readonly TimeSpan Horizon = TimeSpan.FromSeconds(5);

    private RatePacer pacer = null!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var descriptor = registry.Describe(this.GetPrimaryKeyString());
        var now = time.GetUtcNow();
        var rpm = descriptor.RequestsPerMinute;
        var burst = RatePacer.DefaultBurst(rpm);
        pacer = (budget.RecordExists, budget.State.NextSlotAfterCleanStop) switch
        {
            (false, _) => RatePacer.ResumeAt(rpm, StartGrace, Horizon, now, burst),
            (true, { } recorded) => RatePacer.ResumeAt(rpm, StartGrace, Horizon, recorded, burst),
            (true, null) => RatePacer.AfterUnknownPast(rpm, StartGrace, Horizon, now, burst),
        };

        budget.State.NextSlotAfterCleanStop = null;
        await budget.WriteStateAsync(cancellationToken);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        budget.State.NextSlotAfterCleanStop = pacer.NextSlot;
        await budget.WriteStateAsync(cancellationToken);
    }

    public Task<RatePermit> AcquireAsync() => Task.FromResult(pacer.Acquire(time.GetUtcNow()));

    public Task<PlatformBudgetView> GetBudgetAsync()
    {
        var now = time.GetUtcNow();
        return Task.FromResult(new PlatformBudgetView(
            this.GetPrimaryKeyString(), pacer.RequestsPerMinute, pacer.GrantedWithin(now), pacer.NextSlot));
    }
}
