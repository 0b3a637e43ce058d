namespace Aeo.Api.Tests.Support;

/// <summary>
/// An API process of its own whose platforms, besides the usual simulated ones, are counting providers on loopback:
/// three quick ones and a slow one (about 2 s an answer, 30 a minute), so a test can see every call a run made.
/// </summary>
public sealed class CountingProvidersServer : IAsyncLifetime
{
    public const string Brand = "Acme Pipeline";
    public static readonly string[] Quick = ["counted-a", "counted-b", "counted-c"];
    public const string Slow = "counted-slow";

    private readonly Dictionary<string, CountingChatProvider> providers = [];

    public ApiServer Server { get; } = new();

    public CountingChatProvider this[string platform] => providers[platform];

    public async Task InitializeAsync()
    {
        string[] brands = [Brand, "HubSpot", "Salesforce"];
        for (var i = 0; i < Quick.Length; i++)
        {
            providers[Quick[i]] = await CountingChatProvider.StartAsync(Quick[i], brands, seed: 11 + i);
        }
        providers[Slow] = await CountingChatProvider.StartAsync(Slow, brands, latency: TimeSpan.FromSeconds(2), seed: 17);
        await Server.StartAsync(
        [
            .. Quick.SelectMany(name => providers[name].PlatformArgs()),
            .. providers[Slow].PlatformArgs("RequestsPerMinute=30"),
        ]);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        foreach (var provider in providers.Values)
        {
            await provider.DisposeAsync();
        }
    }
}
