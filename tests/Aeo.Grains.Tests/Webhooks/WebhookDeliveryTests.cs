using System.Text.Json;
using Aeo.Abstractions.Webhooks;
using Aeo.FakeProviders;
using Aeo.FakeProviders.Webhooks;
using Aeo.Storage.Webhooks;

namespace Aeo.Grains.Tests.Webhooks;

/// <summary>
/// Webhook delivery on real silos against a loopback receiver: signatures that verify, retries on 503 and 429 (honouring
/// Retry-After) until each event arrives once after deduplication, a 410 that stops, a subscription disabled by
/// repeated failures, and a run's end reported for a real simulated run without the secret in any log line.
/// </summary>
[Trait("Category", "Cluster")]
public sealed class WebhookDeliveryTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_receiver_failing_with_503_then_429_gets_each_event_once_after_dedup_with_the_attempts_logged()
    {
        var attempts = new ConcurrentDictionary<string, int>();
        var accepted = new ConcurrentQueue<FakeRequest>();
        await using var scenario = await WebhookScenario.StartAsync(1, output, request =>
        {
            var attempt = attempts.AddOrUpdate(request.Header("webhook-id")!, 1, (_, n) => n + 1);
            switch (attempt)
            {
                case 1:
                    return FakeReply.Raw(503, "busy");
                case 2:
                    return FakeReply.Raw(429, "slow down").WithHeader("Retry-After", "1");
                default:
                    accepted.Enqueue(request);
                    return FakeReply.Raw(200, "ok");
            }
        });
        var (subscription, secret) = await scenario.SubscribeAsync(WebhookEventTypes.RunCompleted);

        var events = new[] { await scenario.PingAsync(subscription), await scenario.PingAsync(subscription) };

        await Poll.UntilAsync(async () => (await scenario.DeliveriesAsync(subscription)).All(d => d.Outcome == WebhookDeliveryOutcomes.Delivered),
            Patience, "both pings delivered");
        var received = WebhookScenario.Deduplicated(accepted);
        Assert.Equal(events.Select(e => e.ToString()).Order(), received.Keys.Order());
        Assert.All(scenario.Receiver.Requests, r => Assert.True(StandardWebhooksVerifier.Verify(secret, r, TimeSpan.FromMinutes(5)), "signature"));
        foreach (var id in events)
        {
            var sent = scenario.Receiver.Requests.Where(r => r.Header("webhook-id") == id.ToString()).OrderBy(r => r.ReceivedAt).ToList();
            Assert.Equal(3, sent.Count);
            Assert.True(sent[2].ReceivedAt - sent[1].ReceivedAt >= TimeSpan.FromMilliseconds(900), "Retry-After: 1 was honoured");
            Assert.Equal(WebhookEventTypes.Test, sent[2].Json.GetProperty("type").GetString());
            Assert.Equal(subscription.Id, sent[2].Json.GetProperty("data").GetProperty("webhookId").GetGuid());
        }
        var log = await scenario.DeliveriesAsync(subscription);
        Assert.All(log, d => Assert.Equal((3, 200, null), (d.Attempts, d.LastStatusCode, d.LastError)));
        Assert.Equal(0, (await scenario.Subscriptions.GetAsync(subscription.Id, CancellationToken.None))!.ConsecutiveFailures);
    }

    [Fact]
    public async Task A_410_stops_the_retries_at_once()
    {
        await using var scenario = await WebhookScenario.StartAsync(1, output, _ => FakeReply.Raw(410, "gone"));
        var (subscription, _) = await scenario.SubscribeAsync(WebhookEventTypes.RunCompleted);

        await scenario.PingAsync(subscription);

        await Poll.UntilAsync(async () => (await scenario.DeliveriesAsync(subscription)).Single().Outcome == WebhookDeliveryOutcomes.Failed,
            Patience, "the delivery failed");
        await Task.Delay(500);
        Assert.Single(scenario.Receiver.Requests);
        var delivery = (await scenario.DeliveriesAsync(subscription)).Single();
        Assert.Equal((1, 410, "HTTP 410", null), (delivery.Attempts, delivery.LastStatusCode, delivery.LastError, delivery.NextAttemptAt));
        Assert.True((await scenario.Subscriptions.GetAsync(subscription.Id, CancellationToken.None))!.Enabled);
    }

    [Fact]
    public async Task A_subscription_that_keeps_failing_is_disabled_and_says_why()
    {
        await using var scenario = await WebhookScenario.StartAsync(1, output, _ => FakeReply.Raw(500, "broken"),
            settings => settings["Aeo:Webhooks:DisableAfterFailures"] = "4");
        var (subscription, _) = await scenario.SubscribeAsync(WebhookEventTypes.RunCompleted);

        await scenario.PingAsync(subscription);
        await scenario.PingAsync(subscription);

        await Poll.UntilAsync(async () => !(await scenario.Subscriptions.GetAsync(subscription.Id, CancellationToken.None))!.Enabled,
            Patience, "the subscription disabled");
        var disabled = (await scenario.Subscriptions.GetAsync(subscription.Id, CancellationToken.None))!;
        Assert.Equal("Disabled after 4 failed delivery attempts in a row; the last: HTTP 500", disabled.DisabledReason);
        Assert.Equal(4, scenario.Receiver.Requests.Count);
        Assert.All(await scenario.DeliveriesAsync(subscription), d => Assert.Equal(WebhookDeliveryOutcomes.Abandoned, d.Outcome));
        Assert.Equal(4, (await scenario.DeliveriesAsync(subscription)).Sum(d => d.Attempts));
    }

    [Fact]
    public async Task A_real_simulated_run_reports_run_completed_signed_and_the_secret_is_in_no_log_line()
    {
        var accepted = new ConcurrentQueue<FakeRequest>();
        await using var scenario = await WebhookScenario.StartAsync(1, output, request =>
        {
            accepted.Enqueue(request);
            return FakeReply.Raw(204, "");
        }, settings => AeoTestCluster.AddSimulated(settings, "sim", 1, 2, 5));
        var (subscription, secret) = await scenario.SubscribeAsync(WebhookEventTypes.RunCompleted, WebhookEventTypes.RunFailed);
        var runId = Guid.NewGuid();

        await scenario.Aeo.Run(runId).StartAsync(scenario.Aeo.Spec(["sim"], maxQuestions: 6, samples: 1));
        var view = await scenario.Aeo.WaitForTerminalAsync(runId, Patience);

        Assert.Equal(RunStatus.Completed, view.Status);
        await Poll.UntilAsync(() => !accepted.IsEmpty, Patience, "run.completed delivered");
        var request = Assert.Single(accepted);
        Assert.True(StandardWebhooksVerifier.Verify(secret, request, TimeSpan.FromMinutes(5)));
        var body = request.Json;
        Assert.Equal(WebhookEventTypes.RunCompleted, body.GetProperty("type").GetString());
        var data = body.GetProperty("data");
        Assert.Equal(runId, data.GetProperty("runId").GetGuid());
        Assert.Equal(scenario.Aeo.ClientId, data.GetProperty("clientId").GetGuid());
        Assert.Equal("completed", data.GetProperty("status").GetString());
        Assert.Equal(view.TotalWorkItems, data.GetProperty("processed").GetInt32());
        Assert.Equal(view.Stats.Single().BrandMentionRate, data.GetProperty("platforms")[0].GetProperty("brandMentionRate").GetDouble());
        Assert.Equal(JsonValueKind.String, body.GetProperty("timestamp").ValueKind);
        Assert.Equal(
            WebhookEvent.IdFor(WebhookEventTypes.RunCompleted, runId.ToString(), view.CompletedAt!.Value.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToString(),
            request.Header("webhook-id"));
        Assert.Equal(1L, await scenario.Aeo.QueryAsync<long>("select count(*) from webhook_events where type = 'run.completed'"));

        var key = secret["whsec_".Length..];
        Assert.DoesNotContain(scenario.Aeo.Log, line => line.Contains(key, StringComparison.Ordinal));
        Assert.DoesNotContain(key, await scenario.Aeo.QueryAsync<string>("select secret from webhook_subscriptions"), StringComparison.Ordinal);
    }
}
