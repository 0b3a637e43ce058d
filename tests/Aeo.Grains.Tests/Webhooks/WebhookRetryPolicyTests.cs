using Aeo.Grains.Webhooks;
using Aeo.Storage.Webhooks;
using Microsoft.Extensions.Options;

namespace Aeo.Grains.Tests.Webhooks;

public sealed class WebhookRetryPolicyTests
{
    private static readonly WebhookOptions Settings = new()
    {
        RetryBaseDelay = TimeSpan.FromSeconds(10),
        RetryMaxDelay = TimeSpan.FromHours(1),
        RetryFor = TimeSpan.FromDays(1),
    };

    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private static AttemptResult Decide(SendResult sent, int attemptsBefore = 0, TimeSpan? age = null) =>
        new WebhookRetryPolicy(Options.Create(Settings), new FixedTime(Now)).Decide(Delivery(attemptsBefore, age ?? TimeSpan.Zero), sent);

    [Theory]
    [InlineData(200)]
    [InlineData(204)]
    public void A_2xx_is_delivered(int status) =>
        Assert.Equal(WebhookDeliveryOutcomes.Delivered, Decide(new SendResult(status, TimeSpan.FromMilliseconds(12), null, null, false)).Outcome);

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public void Timeouts_429_and_5xx_are_retried_after_a_backoff(int status)
    {
        var result = Decide(new SendResult(status, TimeSpan.FromMilliseconds(3), null, null, false));
        Assert.Equal(WebhookDeliveryOutcomes.Pending, result.Outcome);
        Assert.InRange(result.NextAttemptAt!.Value, Now.AddSeconds(5), Now.AddSeconds(10));
        Assert.Equal($"HTTP {status}", result.Error);
    }

    [Fact]
    public void A_network_error_is_retried_and_the_backoff_doubles_up_to_its_cap()
    {
        var error = new SendResult(null, TimeSpan.FromSeconds(1), "Connection refused", null, false);
        Assert.InRange(Decide(error, attemptsBefore: 3).NextAttemptAt!.Value, Now.AddSeconds(40), Now.AddSeconds(80));
        Assert.InRange(Decide(error, attemptsBefore: 20).NextAttemptAt!.Value, Now.AddMinutes(30), Now.AddHours(1));
        Assert.Equal("Connection refused", Decide(error).Error);
    }

    [Fact]
    public void Retry_After_is_honoured_up_to_the_longest_delay()
    {
        Assert.Equal(Now.AddSeconds(90), Decide(new SendResult(429, TimeSpan.Zero, null, TimeSpan.FromSeconds(90), false)).NextAttemptAt);
        Assert.Equal(Now.AddHours(1), Decide(new SendResult(503, TimeSpan.Zero, null, TimeSpan.FromHours(5), false)).NextAttemptAt);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    [InlineData(410)]
    [InlineData(301)]
    public void Other_4xx_and_unfollowed_redirects_fail_at_once(int status)
    {
        var result = Decide(new SendResult(status, TimeSpan.Zero, null, null, false));
        Assert.Equal(WebhookDeliveryOutcomes.Failed, result.Outcome);
        Assert.Null(result.NextAttemptAt);
    }

    [Fact]
    public void A_refused_address_fails_at_once_and_a_retry_past_the_retry_window_gives_up()
    {
        Assert.Equal(WebhookDeliveryOutcomes.Failed, Decide(new SendResult(null, TimeSpan.Zero, "private", null, true)).Outcome);
        var late = Decide(new SendResult(503, TimeSpan.Zero, null, null, false), attemptsBefore: 12, age: TimeSpan.FromHours(23.99));
        Assert.Equal(WebhookDeliveryOutcomes.Failed, late.Outcome);
        Assert.Equal("Gave up after 13 attempts: HTTP 503", late.Error);
    }

    private static DueDelivery Delivery(int attempts, TimeSpan age) => new(
        1, DateTime.UtcNow, attempts, Now - age, Guid.NewGuid(), "run.completed", "s", "{}", Now - age, Guid.NewGuid(), "https://hooks.example/",
        "standard", "p");

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
