using Aeo.Abstractions.Webhooks;
using Aeo.FakeProviders;
using Aeo.Grains.Webhooks;
using Aeo.Storage.Webhooks;

namespace Aeo.Grains.Tests.Webhooks;

/// <summary>
/// A test cluster whose webhooks may reach loopback, with fast retry timings, and a loopback receiver (a real Kestrel
/// server) that answers as the test scripts it. Subscriptions are written as the API writes them: the secret
/// encrypted with the silos' Data Protection.
/// </summary>
internal sealed class WebhookScenario : IAsyncDisposable
{
    private WebhookScenario(AeoTestCluster aeo, FakeProviderServer receiver)
    {
        Aeo = aeo;
        Receiver = receiver;
    }

    public AeoTestCluster Aeo { get; }

    public FakeProviderServer Receiver { get; }

    public static Dictionary<string, string?> Settings()
    {
        var settings = AeoTestCluster.BaseSettings();
        settings["Aeo:Webhooks:AllowedHosts:0"] = "127.0.0.1";
        settings["Aeo:Webhooks:RetryBaseDelay"] = "00:00:00.050";
        settings["Aeo:Webhooks:RetryMaxDelay"] = "00:00:02";
        settings["Aeo:Webhooks:PollInterval"] = "00:00:00.100";
        settings["Aeo:Webhooks:Timeout"] = "00:00:02";
        settings["Aeo:Webhooks:Lease"] = "00:00:03";
        settings["Aeo:Webhooks:ReminderPeriod"] = "00:00:01";
        return settings;
    }

    public static async Task<WebhookScenario> StartAsync(
        short silos, ITestOutputHelper output, Func<FakeRequest, FakeReply> respond, Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = Settings();
        configure?.Invoke(settings);
        var receiver = await FakeProviderServer.StartAsync(respond);
        return new WebhookScenario(await AeoTestCluster.StartAsync(silos, settings, output), receiver);
    }

    public IServiceProvider Services => Aeo.Cluster.GetActiveSilos().First().SiloHost.Services;

    public WebhookSubscriptionRepository Subscriptions => Services.GetRequiredService<WebhookSubscriptionRepository>();

    /// <returns>The subscription and its plain secret, as the create response shows it.</returns>
    public async Task<(WebhookSubscription Subscription, string Secret)> SubscribeAsync(params string[] events)
    {
        var secret = WebhookSigner.NewSecret();
        var subscription = await Subscriptions.InsertAsync(
            Guid.NewGuid(), Aeo.ClientId, new WebhookSettings(new Uri(Receiver.BaseUrl, "hooks").ToString(), events, WebhookFormats.Standard),
            Services.GetRequiredService<WebhookSecrets>().Protect(secret), CancellationToken.None);
        return (subscription, secret);
    }

    /// <summary>Queues a ping for the subscription through the outbox, as <c>POST …/test</c> does, and pokes the dispatcher.</summary>
    public async Task<Guid> PingAsync(WebhookSubscription subscription)
    {
        var ping = new WebhookEvent(
            Guid.NewGuid(), Aeo.ClientId, WebhookEventTypes.Test, "ping", new { webhookId = subscription.Id }, DateTimeOffset.UtcNow);
        await Subscriptions.EnqueueTestAsync(ping, subscription.Id, CancellationToken.None);
        await Aeo.Client.GetGrain<IWebhookDispatcherGrain>(WebhookDispatcherGrain.Key).PokeAsync();
        return ping.Id;
    }

    public async Task<IReadOnlyList<WebhookDeliveryRecord>> DeliveriesAsync(WebhookSubscription subscription) =>
        (await Subscriptions.DeliveriesAsync(subscription.Id, 0, 1000, CancellationToken.None)).Items;

    /// <summary>The requests that reached the receiver and were answered 2xx, one per event after deduplication by id.</summary>
    public static IReadOnlyDictionary<string, FakeRequest> Deduplicated(IEnumerable<FakeRequest> accepted) =>
        accepted.GroupBy(r => r.Header("webhook-id")!).ToDictionary(g => g.Key, g => g.First());

    public async ValueTask DisposeAsync()
    {
        await Aeo.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
