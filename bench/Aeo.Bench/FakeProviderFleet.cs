using System.Globalization;
using Aeo.FakeProviders;
using Aeo.FakeProviders.RateLimited;

namespace Aeo.Bench;

/// <summary>
/// Scenario C's providers: one loopback OpenAI-compatible server per platform, each enforcing its own
/// requests-per-minute limit, with long-tailed latency. Two sets: clean ones, and faulty ones (injected 5xx and a
/// burst of 429s). Each platform is configured as kind <c>openai-compatible</c> with the provider's own limit as its
/// <c>RequestsPerMinute</c>, exactly as an operator would configure a real account tier.
/// </summary>
internal sealed class FakeProviderFleet : IAsyncDisposable
{
    private const string ApiKey = "bench-key-not-secret";

    private readonly List<FakeProviderServer> servers;

    private FakeProviderFleet(List<FakeProviderServer> servers, IReadOnlyList<FleetPlatform> clean, IReadOnlyList<FleetPlatform> faulty)
    {
        this.servers = servers;
        Clean = clean;
        Faulty = faulty;
    }

    public IReadOnlyList<FleetPlatform> Clean { get; }

    public IReadOnlyList<FleetPlatform> Faulty { get; }

    public static async Task<FakeProviderFleet> StartAsync(BenchOptions o, IReadOnlyList<string> brands)
    {
        var servers = new List<FakeProviderServer>();
        async Task<FleetPlatform> Start(string name, int rpm, ProviderFaults faults, int seed)
        {
            var provider = new RateLimitedChatProvider(name, rpm, o.ProviderLatencyMedianMs, o.ProviderLatencyMaxMs, brands, faults, seed);
            var server = await FakeProviderServer.StartAsync(provider.RespondAsync);
            servers.Add(server);
            return new FleetPlatform(name, rpm, provider, server.BaseUrl);
        }

        var faults = new ProviderFaults(o.ServerErrorRate, o.BurstAfterRequest, TimeSpan.FromSeconds(o.BurstSeconds));
        var clean = new List<FleetPlatform>();
        var faulty = new List<FleetPlatform>();
        for (var i = 0; i < o.ProviderLimits.Count; i++)
        {
            clean.Add(await Start($"clean-{i + 1}", o.ProviderLimits[i], ProviderFaults.None, seed: 21 + i));
            faulty.Add(await Start($"faulty-{i + 1}", o.ProviderLimits[i], faults, seed: 31 + i));
        }
        return new FakeProviderFleet(servers, clean, faulty);
    }

    public Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>();
        foreach (var platform in Clean.Concat(Faulty))
        {
            var key = $"Aeo:Platforms:{platform.Name}";
            settings[$"{key}:Kind"] = "openai-compatible";
            settings[$"{key}:BaseUrl"] = platform.BaseUrl.ToString();
            settings[$"{key}:ApiKey"] = ApiKey;
            settings[$"{key}:Model"] = "fake-chat-1";
            settings[$"{key}:RequestsPerMinute"] = platform.RequestsPerMinute.ToString(CultureInfo.InvariantCulture);
            settings[$"{key}:MaxConcurrency"] = "64";
            settings[$"{key}:TimeoutSeconds"] = "60";
        }
        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in servers)
        {
            await server.DisposeAsync();
        }
    }
}

internal sealed record FleetPlatform(string Name, int RequestsPerMinute, RateLimitedChatProvider Provider, Uri BaseUrl);
