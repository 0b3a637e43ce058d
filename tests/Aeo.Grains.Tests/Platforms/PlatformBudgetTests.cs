namespace Aeo.Grains.Tests.Platforms;

/// <summary>
/// The cluster-wide rate budget, exercised at the pacing layer: many callers on both silos ask the platform grain for
/// leases and honour them the way PlatformCalls does (wait until At; start only if still before StartBy).
/// </summary>
[Trait("Category", "Cluster")]
public sealed class PlatformBudgetTests(ITestOutputHelper output)
{
    private const string Platform = "sim-paced";
    private const int Rpm = 600;

    private static readonly TimeSpan[] Windows =
        [TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)];

    [Fact]
    public async Task Callers_on_two_silos_share_one_budget()
    {
        await using var aeo = await StartAsync();
        var silos = aeo.Cluster.GetActiveSilos().ToList();
        var starts = new ConcurrentBag<(DateTimeOffset At, int Silo)>();
        var refusals = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        var callers = silos.SelectMany((silo, index) =>
            Enumerable.Range(0, 60).Select(_ => CallerAsync(silo, index, starts, () => Interlocked.Increment(ref refusals), stop.Token)));
        await Task.WhenAll(callers);

        Assert.True(refusals > 0, "demand never exceeded the budget, so the test proves nothing");
        Assert.Contains(starts, s => s.Silo == 0);
        Assert.Contains(starts, s => s.Silo == 1);
        AssertWithinBudget(starts.Select(s => s.At).ToList());

        var status = await aeo.Client.GetGrain<IPlatformGrain>(Platform).GetStatusAsync();
        Assert.Equal(Rpm, status.RequestsPerMinute);
        Assert.InRange(status.GrantedLastMinute, 1, Rpm);
    }

    [Fact]
    public async Task A_new_activation_after_its_silo_dies_does_not_exceed_the_budget()
    {
        await using var aeo = await StartAsync();
        var silos = aeo.Cluster.GetActiveSilos().OrderBy(s => s.InstanceNumber).ToList();
        var victim = silos[1];
        var survivor = silos[0];
        var grain = aeo.Client.GetGrain<IPlatformGrain>(Platform);
        await AeoTestCluster.WithPlacementHintAsync(victim.SiloAddress, () => grain.GetStatusAsync());
        Assert.Equal(victim.SiloAddress, aeo.HostOf(grain.GetGrainId())?.SiloAddress);

        var starts = new ConcurrentBag<(DateTimeOffset At, int Silo)>();
        var refusals = 0;
        using var stopSurvivor = new CancellationTokenSource(TimeSpan.FromSeconds(16));
        using var stopVictim = new CancellationTokenSource();
        // Many callers on the survivor each hold a slot up to the 5 s horizon ahead when the pacer's silo dies.
        var callers = Enumerable.Range(0, 80)
            .Select(_ => CallerAsync(survivor, 0, starts, () => Interlocked.Increment(ref refusals), stopSurvivor.Token))
            .Concat(Enumerable.Range(0, 20).Select(_ => CallerAsync(victim, 1, starts, () => Interlocked.Increment(ref refusals), stopVictim.Token)))
            .ToList();

        await Task.Delay(TimeSpan.FromSeconds(3));
        // The victim's own callers die with it: cancel them first so nothing they still hold is counted as used.
        await stopVictim.CancelAsync();
        var killedAt = DateTimeOffset.UtcNow;
        await aeo.Cluster.KillSiloAsync(victim);
        await Task.WhenAll(callers);

        Assert.True(refusals > 0);
        var all = starts.Select(s => s.At).ToList();
        Assert.Contains(all, at => at < killedAt);
        // The budget came back on the survivor: a fresh activation granted slots after the kill.
        Assert.Contains(all, at => at > killedAt + PlatformGrain.Horizon);
        Assert.Equal(survivor.SiloAddress, aeo.HostOf(grain.GetGrainId())?.SiloAddress);
        AssertWithinBudget(all);
    }

    private void AssertWithinBudget(IReadOnlyList<DateTimeOffset> starts)
    {
        foreach (var length in Windows)
        {
            var (count, at) = WindowCheck.MaxInWindow(starts, length);
            var allowed = WindowCheck.Allowed(Rpm, PlatformGrain.StartGrace, length, RatePacer.DefaultBurst(Rpm));
            output.WriteLine($"window {length.TotalSeconds} s: at most {count} starts (allowed {allowed}), busiest from {at:HH:mm:ss.fff}");
            Assert.True(count <= allowed, $"{count} starts in {length.TotalSeconds} s from {at:O}; the budget allows {allowed}");
        }
    }

    private static async Task<AeoTestCluster> StartAsync()
    {
        var settings = AeoTestCluster.BaseSettings();
        AeoTestCluster.AddSimulated(settings, Platform, 0, 0, 0, rpm: Rpm);
        return await AeoTestCluster.StartAsync(2, settings);
    }

    /// <summary>Asks for leases in a loop from one silo, honouring each as PlatformCalls does, and reports each call at once.</summary>
    private static async Task CallerAsync(
        InProcessSiloHandle silo, int siloIndex, ConcurrentBag<(DateTimeOffset, int)> starts, Action refused, CancellationToken stop)
    {
        await Task.Yield();
        var grain = silo.ServiceProvider.GetRequiredService<IGrainFactory>().GetGrain<IPlatformGrain>(Platform);
        while (!stop.IsCancellationRequested)
        {
            CallLease lease;
            try
            {
                lease = await grain.AcquireAsync(estimatedTokens: 100);
            }
            catch (Exception) when (!stop.IsCancellationRequested)
            {
                // The gate's silo is dying or dead: ask again shortly.
                await Task.Delay(50, CancellationToken.None);
                continue;
            }
            catch (Exception)
            {
                return;
            }
            var wait = lease.At - DateTimeOffset.UtcNow;
            if (lease.Decision != LeaseDecision.Granted)
            {
                refused();
                wait += TimeSpan.FromMilliseconds(Random.Shared.Next(0, 200));
            }
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, CancellationToken.None);
            }
            if (stop.IsCancellationRequested)
            {
                return;
            }
            var now = DateTimeOffset.UtcNow;
            if (lease.Decision == LeaseDecision.Granted && now <= lease.StartBy)
            {
                starts.Add((now, siloIndex));
            }
            if (lease.Decision == LeaseDecision.Granted)
            {
                try
                {
                    await grain.ReportAsync(new CallOutcome(lease.Id, CallResult.Succeeded, 100, TimeSpan.Zero, null, null, false, null, null));
                }
                catch (Exception)
                {
                    // The gate's silo died; the lease expires by itself.
                }
            }
        }
    }
}
