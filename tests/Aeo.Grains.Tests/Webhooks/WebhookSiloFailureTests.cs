using Aeo.Abstractions.Webhooks;
using Aeo.FakeProviders;
using Aeo.Storage.Webhooks;

namespace Aeo.Grains.Tests.Webhooks;

/// <summary>
/// Kill the silo holding the webhook dispatcher between attempts: the survivor picks the deliveries up (the reminder
/// brings the dispatcher back there), and every event reaches the receiver, once after deduplication by id.
/// </summary>
[Trait("Category", "Cluster")]
public sealed class WebhookSiloFailureTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Killing_the_dispatching_silo_between_attempts_loses_no_event()
    {
        var healthy = false;
        var accepted = new ConcurrentQueue<FakeRequest>();
        await using var scenario = await WebhookScenario.StartAsync(2, output, request =>
        {
            if (!Volatile.Read(ref healthy))
            {
                return FakeReply.Raw(503, "down");
            }
            accepted.Enqueue(request);
            return FakeReply.Raw(200, "ok");
        }, settings => settings["Aeo:Webhooks:RetryBaseDelay"] = "00:00:00.500");
        var (subscription, _) = await scenario.SubscribeAsync(WebhookEventTypes.RunCompleted);
        var events = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            events.Add(await scenario.PingAsync(subscription));
        }

        await Poll.UntilAsync(async () => (await scenario.DeliveriesAsync(subscription)).All(d => d.Attempts >= 1), TimeSpan.FromSeconds(30),
            "every delivery attempted once");
        var dispatcher = scenario.Aeo.Client.GetGrain<IWebhookDispatcherGrain>(Aeo.Grains.Webhooks.WebhookDispatcherGrain.Key);
        var holder = scenario.Aeo.HostOf(dispatcher.GetGrainId());
        Assert.NotNull(holder);
        await scenario.Aeo.Cluster.KillSiloAsync(holder);
        Volatile.Write(ref healthy, true);

        await Poll.UntilAsync(async () => (await scenario.DeliveriesAsync(subscription)).All(d => d.Outcome == WebhookDeliveryOutcomes.Delivered),
            TimeSpan.FromSeconds(60), "every delivery delivered by the survivor");
        Assert.Equal(events.Select(e => e.ToString()).Order(), WebhookScenario.Deduplicated(accepted).Keys.Order());
        Assert.All(await scenario.DeliveriesAsync(subscription), d => Assert.True(d.Attempts >= 2));
        var survivor = scenario.Aeo.Cluster.GetActiveSilos().Single();
        Assert.NotEqual(holder.SiloAddress, survivor.SiloAddress);
    }
}
