using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Aeo.Grains.Tests.Platforms;

/// <summary>
/// Two silos whose wall clocks differ by several seconds, callers on both, over more than a minute: every 60-second
/// window of real time holds no more than the platform's requests per minute, and the budget is used. The gate cuts
/// slots on its own silo's clock; a caller on the other silo must time its start without reading its own wall clock
/// against the gate's (one ahead would start early or give every lease up, one behind would start late and crowd a window).
/// </summary>
[Collection(nameof(PacingTests))]
[Trait("Category", "Cluster")]
public sealed class SkewedClockPacingTests(ITestOutputHelper output)
{
    private const string Platform = "skewed";
    private const int Rpm = 300;

    /// <summary>How far each silo's wall clock is off real time, one ahead and one behind: 8 s apart.</summary>
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(4);

    /// <summary>As in <see cref="PacingTests"/>: the engine notes a start a moment after the caller decided to start.</summary>
    private static readonly TimeSpan ClockSlop = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task Callers_on_two_silos_with_skewed_clocks_keep_every_60_second_window_within_the_limit()
    {
        var engines = new ScriptedEngines();
        var engine = engines[Platform];
        var settings = AeoTestCluster.BaseSettings();
        AeoTestCluster.AddSimulated(settings, Platform, 0, 0, 0, rpm: Rpm);
        var silosBuilt = 0;
        await using var aeo = await AeoTestCluster.StartAsync(2, settings, output, services =>
        {
            engines.Install(services);
            var offset = Interlocked.Increment(ref silosBuilt) % 2 == 1 ? Skew : -Skew;
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new SkewedClock(offset)));
        });
        var silos = aeo.Cluster.GetActiveSilos().ToList();
        Assert.Equal(2, silosBuilt);

        var demand = TimeSpan.FromSeconds(75);
        var stoppedAt = DateTimeOffset.UtcNow + demand;
        using var stop = new CancellationTokenSource(demand);
        await Task.WhenAll(silos.SelectMany(silo => Enumerable.Range(0, 30).Select(_ => CallerAsync(silo, stop.Token))));

        var starts = engine.Starts.Order().ToList();
        var burst = RatePacer.DefaultBurst(Rpm);
        foreach (var seconds in new[] { 1, 10, 60 })
        {
            var length = TimeSpan.FromSeconds(seconds);
            var (count, at) = WindowCheck.MaxInWindow(starts, length);
            var allowed = WindowCheck.Allowed(Rpm, PlatformGrain.StartGrace + ClockSlop, length, burst);
            output.WriteLine($"window {seconds} s: at most {count} starts (allowed {allowed}) from {at:HH:mm:ss.fff}");
            Assert.True(count <= allowed, $"{count} starts in {seconds} s from {at:O}; the limit allows {allowed}");
        }

        var span = stoppedAt - starts[0];
        var total = starts.Count(s => s < stoppedAt);
        output.WriteLine($"{total} calls in {span.TotalSeconds:0.0} s (the limit allows {Rpm * span.TotalMinutes:0.0})");
        Assert.True(total >= 0.85 * Rpm * span.TotalMinutes, $"only {total} calls in {span.TotalSeconds:0.0} s at {Rpm} RPM");
    }

    private static async Task CallerAsync(InProcessSiloHandle silo, CancellationToken stop)
    {
        await Task.Yield();
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await PlatformCallsOn.AskAsync(silo, Platform, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>The system clock with its wall time off by <paramref name="offset"/>; its monotonic timestamps are the machine's.</summary>
    private sealed class SkewedClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
    }
}
