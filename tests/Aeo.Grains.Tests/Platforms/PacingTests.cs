namespace Aeo.Grains.Tests.Platforms;

/// <summary>Many callers on two silos go through <see cref="PlatformCalls"/> to an instant engine: the platform's pace holds cluster-wide.</summary>
/// <remarks>
/// Runs alone: the throughput check measures the pacer, and on a 2-core machine busy with other test classes a caller
/// starved of CPU misses its slot's start window, which measures the machine instead.
/// </remarks>
[Collection(nameof(PacingTests))]
[Trait("Category", "Cluster")]
public sealed class PacingTests(ITestOutputHelper output)
{
    private const string Platform = "paced";
    private const int Rpm = 300;

    /// <summary>
    /// The engine reads its own clock a moment after the caller checked its start time against the lease; this slop
    /// is added to the pacer's grace when counting what a window may hold.
    /// </summary>
    private static readonly TimeSpan ClockSlop = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task Callers_on_two_silos_keep_every_window_within_the_limit_and_use_it()
    {
        var engines = new ScriptedEngines();
        var engine = engines[Platform];
        var settings = AeoTestCluster.BaseSettings();
        AeoTestCluster.AddSimulated(settings, Platform, 0, 0, 0, rpm: Rpm);
        await using var aeo = await AeoTestCluster.StartAsync(2, settings, output, engines.Install);
        var silos = aeo.Cluster.GetActiveSilos().ToList();

        var stoppedAt = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(20);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var callers = silos.SelectMany(silo => Enumerable.Range(0, 40).Select(_ => CallerAsync(silo, stop.Token)));
        await Task.WhenAll(callers);

        var starts = engine.Starts.Order().ToList();
        var burst = RatePacer.DefaultBurst(Rpm);
        foreach (var seconds in new[] { 1, 2, 5, 10, 20 })
        {
            var length = TimeSpan.FromSeconds(seconds);
            var (count, at) = WindowCheck.MaxInWindow(starts, length);
            var allowed = WindowCheck.Allowed(Rpm, PlatformGrain.StartGrace + ClockSlop, length, burst);
            output.WriteLine($"window {seconds} s: at most {count} starts (allowed {allowed}) from {at:HH:mm:ss.fff}");
            Assert.True(count <= allowed, $"{count} starts in {seconds} s from {at:O}; the limit allows {allowed}");
        }

        // Throughput over the whole run must be within 10 % of the limit. The idle platform's burst (5 % of the budget)
        // goes out at once and the sustained pace after it is (RPM − burst) per minute plus the start grace, about
        // 94.6 % of the limit, so the steady part alone is held to 80 %: above that a starved caller wasting its slot
        // is the machine, below it the pacer is wasting the budget.
        var span = stoppedAt - starts[0];
        var total = starts.Count(s => s < stoppedAt);
        var limitOverSpan = Rpm * span.TotalMinutes;
        var steadyFrom = starts[0] + TimeSpan.FromSeconds(5);
        var steady = starts.Count(s => s >= steadyFrom && s < steadyFrom + TimeSpan.FromSeconds(15));
        output.WriteLine($"{total} calls in {span.TotalSeconds:0.0} s (the limit allows {limitOverSpan:0.0}); {steady} in the 15 s after the first 5");
        Assert.True(total >= 0.9 * limitOverSpan, $"only {total} calls in {span.TotalSeconds:0.0} s at {Rpm} RPM");
        Assert.True(steady >= 0.8 * Rpm / 4, $"only {steady} calls in 15 s of sustained demand at {Rpm} RPM");
    }

    private static async Task CallerAsync(Orleans.TestingHost.InProcessSiloHandle silo, CancellationToken stop)
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
}

[CollectionDefinition(nameof(PacingTests), DisableParallelization = true)]
public sealed class PacingTestsRunAlone;
