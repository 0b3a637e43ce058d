namespace Aeo.Grains.Tests.Platforms;

/// <summary>A 429 pauses the whole platform on every silo; the provider's rate-limit headers steer the pace.</summary>
[Trait("Category", "Cluster")]
public sealed class RateLimitTests(ITestOutputHelper output)
{
    private const string Platform = "rationed";

    [Fact]
    public async Task A_429_pauses_the_platform_on_both_silos_for_its_retry_after_and_never_trips_the_breaker()
    {
        var retryAfter = TimeSpan.FromSeconds(3);
        var rateLimitedAt = new ConcurrentQueue<DateTimeOffset>();
        var engines = new ScriptedEngines();
        var engine = engines[Platform];
        engine.Script = async (number, ct) =>
        {
            await Task.Delay(20, ct);
            if (number is >= 40 and < 45)
            {
                rateLimitedAt.Enqueue(DateTimeOffset.UtcNow);
                throw ScriptedEngine.Failure(EngineErrorClass.RateLimit, retryAfter);
            }
            return ScriptedEngine.Answer();
        };
        var settings = AeoTestCluster.BaseSettings();
        AeoTestCluster.AddSimulated(settings, Platform, 0, 0, 0, rpm: 6000);
        settings["Aeo:Audit:MaxAttempts"] = "5";
        settings["Aeo:Audit:BreakerFailureThreshold"] = "2";
        settings["Aeo:Audit:RateLimitPauseJitterMs"] = "200";
        await using var aeo = await AeoTestCluster.StartAsync(2, settings, output, engines.Install);
        var silos = aeo.Cluster.GetActiveSilos().ToList();

        // Forty callers per silo, four calls each one after the other, so demand goes on through the pause.
        var callers = silos.SelectMany(silo => Enumerable.Range(0, 40).Select(async _ =>
        {
            for (var i = 0; i < 4; i++)
            {
                await PlatformCallsOn.AskAsync(silo, Platform);
            }
        }));
        await Task.WhenAll(callers);

        Assert.NotEmpty(rateLimitedAt);
        var first429 = rateLimitedAt.Min();
        // Calls that held a lease before the first 429 was reported may still start for a moment; after that, none until the pause ends.
        var paused = engine.Starts.Where(s => s > first429 + TimeSpan.FromSeconds(1) && s < first429 + retryAfter).ToList();
        Assert.True(paused.Count == 0, $"{paused.Count} calls started during the pause, first at {paused.FirstOrDefault():O} (429 at {first429:O})");
        Assert.Contains(engine.Starts, s => s >= first429 + retryAfter);

        var status = await aeo.Client.GetGrain<IPlatformGrain>(Platform).GetStatusAsync();
        Assert.Equal(BreakerStatus.Closed, status.Breaker.Status);
        Assert.Contains(status.RecentErrors, e => e.ErrorClass == "RateLimit");
    }

    [Fact]
    public async Task The_provider_headers_lower_the_pace_and_an_exhausted_budget_pauses_until_its_reset()
    {
        var engines = new ScriptedEngines();
        var engine = engines[Platform];
        engine.Script = (_, _) => Task.FromResult(ScriptedEngine.Answer(limits: new RateLimitSnapshot(60, 59, TimeSpan.FromSeconds(1), null, null, null)));
        var settings = AeoTestCluster.BaseSettings();
        AeoTestCluster.AddSimulated(settings, Platform, 0, 0, 0, rpm: 6000);
        await using var aeo = await AeoTestCluster.StartAsync(1, settings, output, engines.Install);
        var silo = aeo.Cluster.GetActiveSilos().Single();
        var gate = aeo.Client.GetGrain<IPlatformGrain>(Platform);

        await PlatformCallsOn.AskAsync(silo, Platform);
        var adapted = await gate.GetStatusAsync();
        Assert.Equal(60, adapted.RequestsPerMinute);
        Assert.Equal(59, adapted.Provider!.Limits.RequestsRemaining);

        // At the provider's 60 RPM, six callers for four seconds get about one call a second.
        var before = engine.Calls;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(4));
        await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await PlatformCallsOn.AskAsync(silo, Platform, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }));
        var paced = engine.Starts.Skip(before).ToList();
        var (inTwoSeconds, _) = WindowCheck.MaxInWindow(paced, TimeSpan.FromSeconds(2));
        Assert.InRange(paced.Count, 2, WindowCheck.Allowed(60, Grains.Platforms.PlatformGrain.StartGrace, TimeSpan.FromSeconds(4)));
        Assert.InRange(inTwoSeconds, 1, WindowCheck.Allowed(60, Grains.Platforms.PlatformGrain.StartGrace, TimeSpan.FromSeconds(2)));

        // No requests left: the platform waits for the provider's reset.
        engine.Script = (_, _) => Task.FromResult(ScriptedEngine.Answer(limits: new RateLimitSnapshot(60, 0, TimeSpan.FromSeconds(3), null, null, null)));
        await PlatformCallsOn.AskAsync(silo, Platform);
        var drained = await gate.GetStatusAsync();
        Assert.NotNull(drained.PausedUntil);
        engine.Script = (_, _) => Task.FromResult(ScriptedEngine.Answer());
        await PlatformCallsOn.AskAsync(silo, Platform);
        Assert.True(engine.Starts.Last() >= drained.PausedUntil, $"a call started at {engine.Starts.Last():O}, before the reset at {drained.PausedUntil:O}");
    }
}
