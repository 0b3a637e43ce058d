namespace Aeo.Grains.Tests.Platforms;

/// <summary>The platform's circuit breaker lives in its gate's persisted state: every silo sees it, and it survives its silo.</summary>
[Trait("Category", "Cluster")]
public sealed class BreakerTests(ITestOutputHelper output)
{
    private const string Platform = "fragile";
    private const int Threshold = 3;
    private const int BreakSeconds = 3;

    [Fact]
    public async Task The_breaker_opens_on_one_silo_is_seen_from_the_other_half_opens_closes_and_survives_its_silo()
    {
        var engines = new ScriptedEngines();
        var engine = engines[Platform];
        engine.Script = (_, _) => throw ScriptedEngine.Failure(EngineErrorClass.Unavailable);
        var settings = AeoTestCluster.BaseSettings();
        AeoTestCluster.AddSimulated(settings, Platform, 0, 0, 0);
        settings["Aeo:Audit:MaxAttempts"] = "1";
        settings["Aeo:Audit:BreakerFailureThreshold"] = Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Aeo:Audit:BreakerBreakSeconds"] = BreakSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var aeo = await AeoTestCluster.StartAsync(2, settings, output, engines.Install);
        var silos = aeo.Cluster.GetActiveSilos().OrderBy(s => s.InstanceNumber).ToList();
        var gate = aeo.Client.GetGrain<IPlatformGrain>(Platform);
        await AeoTestCluster.WithPlacementHintAsync(silos[0].SiloAddress, () => gate.GetStatusAsync());

        // Unhealthy failures on silo 0 open it.
        for (var i = 0; i < Threshold; i++)
        {
            var failed = await Assert.ThrowsAsync<PlatformCallFailedException>(() => PlatformCallsOn.AskAsync(silos[0], Platform));
            Assert.Equal(EngineErrorClass.Unavailable, failed.LastError.ErrorClass);
        }
        var open = await gate.GetStatusAsync();
        Assert.Equal(BreakerStatus.Open, open.Breaker.Status);
        Assert.Equal(Threshold, open.Breaker.RecentFailures);
        Assert.Equal(open.Breaker.OpenedAt + TimeSpan.FromSeconds(BreakSeconds), open.Breaker.HalfOpenAt);
        Assert.Equal(Threshold, open.RecentErrors.Count);

        // Silo 1 is refused without the engine being called.
        var refused = await Assert.ThrowsAsync<PlatformCallFailedException>(() => PlatformCallsOn.AskAsync(silos[1], Platform));
        Assert.Equal(EngineErrorClass.CircuitOpen, refused.LastError.ErrorClass);
        Assert.InRange(refused.LastError.RetryAfter!.Value, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(BreakSeconds));
        Assert.Equal(Threshold, engine.Calls);

        // After the break one probe goes; its failure opens the breaker again.
        await Task.Delay(open.Breaker.HalfOpenAt!.Value - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAsync<PlatformCallFailedException>(() => PlatformCallsOn.AskAsync(silos[1], Platform));
        Assert.Equal(Threshold + 1, engine.Calls);
        var reopened = await gate.GetStatusAsync();
        Assert.Equal(BreakerStatus.Open, reopened.Breaker.Status);
        Assert.True(reopened.Breaker.OpenedAt > open.Breaker.OpenedAt);

        // A healthy probe closes it.
        engine.Script = (_, _) => Task.FromResult(ScriptedEngine.Answer());
        await Task.Delay(reopened.Breaker.HalfOpenAt!.Value - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(100));
        await PlatformCallsOn.AskAsync(silos[1], Platform);
        var closed = await gate.GetStatusAsync();
        Assert.Equal(BreakerStatus.Closed, closed.Breaker.Status);
        Assert.Equal(0, closed.Breaker.RecentFailures);

        // Opened again, it outlives the silo that hosts its gate.
        engine.Script = (_, _) => throw ScriptedEngine.Failure(EngineErrorClass.Timeout);
        for (var i = 0; i < Threshold; i++)
        {
            await Assert.ThrowsAsync<PlatformCallFailedException>(() => PlatformCallsOn.AskAsync(silos[1], Platform));
        }
        var beforeKill = await gate.GetStatusAsync();
        Assert.Equal(BreakerStatus.Open, beforeKill.Breaker.Status);
        Assert.Equal(silos[0].SiloAddress, aeo.HostOf(gate.GetGrainId())?.SiloAddress);
        await aeo.Cluster.KillSiloAsync(silos[0]);

        var afterKill = await StatusFromAsync(gate);
        Assert.Equal(silos[1].SiloAddress, aeo.HostOf(gate.GetGrainId())?.SiloAddress);
        Assert.Equal(BreakerStatus.Open, afterKill.Breaker.Status);
        Assert.Equal(beforeKill.Breaker.OpenedAt, afterKill.Breaker.OpenedAt);
        Assert.Equal(Threshold, afterKill.Breaker.RecentFailures);
        Assert.Contains(afterKill.RecentErrors, e => e.ErrorClass == nameof(EngineErrorClass.Timeout));
    }

    [Fact]
    public async Task Failures_that_say_nothing_about_health_never_open_the_breaker()
    {
        var engines = new ScriptedEngines();
        var engine = engines[Platform];
        engine.Script = (_, _) => throw ScriptedEngine.Failure(EngineErrorClass.Authentication);
        var settings = AeoTestCluster.BaseSettings();
        AeoTestCluster.AddSimulated(settings, Platform, 0, 0, 0);
        settings["Aeo:Audit:BreakerFailureThreshold"] = "2";
        await using var aeo = await AeoTestCluster.StartAsync(1, settings, output, engines.Install);
        var silo = aeo.Cluster.GetActiveSilos().Single();

        for (var i = 0; i < 4; i++)
        {
            var failed = await Assert.ThrowsAsync<PlatformCallFailedException>(() => PlatformCallsOn.AskAsync(silo, Platform));
            // Authentication is not transient: tried once, never retried.
            Assert.Equal(1, failed.Attempts);
        }
        Assert.Equal(4, engine.Calls);
        var status = await aeo.Client.GetGrain<IPlatformGrain>(Platform).GetStatusAsync();
        Assert.Equal(BreakerStatus.Closed, status.Breaker.Status);
        Assert.Equal(4, status.RecentErrors.Count);
        Assert.All(status.RecentErrors, e => Assert.Equal("Authentication", e.ErrorClass));
    }

    /// <summary>Asks from the survivor until the dead silo is declared dead and the gate is active again.</summary>
    private static async Task<PlatformStatus> StatusFromAsync(IPlatformGrain gate)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            try
            {
                return await gate.GetStatusAsync();
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }
}
