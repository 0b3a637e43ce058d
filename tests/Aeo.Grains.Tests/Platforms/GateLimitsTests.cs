namespace Aeo.Grains.Tests.Platforms;

/// <summary>The token budget, the concurrency cap, the per-attempt time limit and which errors are retried.</summary>
[Trait("Category", "Cluster")]
public sealed class GateLimitsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_token_budget_holds_calls_back_and_counts_their_real_usage()
    {
        const int tpm = 6000;
        var engines = new ScriptedEngines();
        var engine = engines["tokens"];
        engine.Script = (_, _) => Task.FromResult(ScriptedEngine.Answer(inputTokens: 100, outputTokens: 400));
        var settings = AeoTestCluster.BaseSettings();
        AeoTestCluster.AddSimulated(settings, "tokens", 0, 0, 0);
        PlatformCallsOn.Limit(settings, "tokens", "TokensPerMinute", tpm);
        PlatformCallsOn.Limit(settings, "tokens", "MaxOutputTokens", 1000);
        await using var aeo = await AeoTestCluster.StartAsync(1, settings, output, engines.Install);
        var silo = aeo.Cluster.GetActiveSilos().Single();

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(6));
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => LoopAsync(silo, "tokens", stop.Token)));

        // Estimated at about 1,000 tokens, only six calls fit at first; their real 500 each lets more in, up to the budget.
        Assert.InRange(engine.Calls, 7, tpm / 500);
        var status = await aeo.Client.GetGrain<IPlatformGrain>("tokens").GetStatusAsync();
        Assert.Equal(tpm, status.TokensPerMinute);
        Assert.InRange(status.TokensLastMinute, engine.Calls * 500, tpm);
    }

    [Fact]
    public async Task The_concurrency_cap_is_never_exceeded()
    {
        var engines = new ScriptedEngines();
        var engine = engines["narrow"];
        engine.Script = async (_, ct) =>
        {
            await Task.Delay(100, ct);
            return ScriptedEngine.Answer();
        };
        var settings = AeoTestCluster.BaseSettings();
        AeoTestCluster.AddSimulated(settings, "narrow", 0, 0, 0);
        PlatformCallsOn.Limit(settings, "narrow", "MaxConcurrency", 3);
        await using var aeo = await AeoTestCluster.StartAsync(1, settings, output, engines.Install);
        var silo = aeo.Cluster.GetActiveSilos().Single();

        await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => PlatformCallsOn.AskAsync(silo, "narrow")));

        Assert.Equal(30, engine.Calls);
        Assert.Equal(3, engine.MaxInFlight);
        Assert.Equal(0, (await aeo.Client.GetGrain<IPlatformGrain>("narrow").GetStatusAsync()).InFlight);
    }

    [Fact]
    public async Task Each_attempt_has_the_platforms_time_limit_and_only_transient_errors_are_retried()
    {
        var engines = new ScriptedEngines();
        engines["hanging"].Script = async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable: the delay only ends by cancellation");
        };
        engines["flaky"].Script = (number, _) => number == 1
            ? throw ScriptedEngine.Failure(EngineErrorClass.Unavailable)
            : Task.FromResult(ScriptedEngine.Answer());
        engines["refused"].Script = (_, _) => throw ScriptedEngine.Failure(EngineErrorClass.BadRequest);
        var settings = AeoTestCluster.BaseSettings();
        foreach (var name in new[] { "hanging", "flaky", "refused" })
        {
            AeoTestCluster.AddSimulated(settings, name, 0, 0, 0);
        }
        PlatformCallsOn.Limit(settings, "hanging", "TimeoutSeconds", 1);
        settings["Aeo:Audit:MaxAttempts"] = "2";
        await using var aeo = await AeoTestCluster.StartAsync(1, settings, output, engines.Install);
        var silo = aeo.Cluster.GetActiveSilos().Single();

        var started = DateTimeOffset.UtcNow;
        var timedOut = await Assert.ThrowsAsync<PlatformCallFailedException>(() => PlatformCallsOn.AskAsync(silo, "hanging"));
        Assert.Equal(EngineErrorClass.Timeout, timedOut.LastError.ErrorClass);
        Assert.Equal(2, timedOut.Attempts);
        Assert.Equal(2, engines["hanging"].Calls);
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(2));

        var recovered = await PlatformCallsOn.AskAsync(silo, "flaky");
        Assert.Equal(2, recovered.Attempts);

        var refused = await Assert.ThrowsAsync<PlatformCallFailedException>(() => PlatformCallsOn.AskAsync(silo, "refused"));
        Assert.Equal(1, refused.Attempts);
        Assert.Equal(1, engines["refused"].Calls);

        var hanging = await aeo.Client.GetGrain<IPlatformGrain>("hanging").GetStatusAsync();
        Assert.Equal(2, hanging.Breaker.RecentFailures);
        Assert.Equal(0, hanging.InFlight);
    }

    private static async Task LoopAsync(Orleans.TestingHost.InProcessSiloHandle silo, string platform, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await PlatformCallsOn.AskAsync(silo, platform, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
