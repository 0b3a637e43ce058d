using Aeo.Storage.Webhooks;

namespace Aeo.Grains.Webhooks;

/// <summary>
/// What follows an attempt. 2xx: delivered. Network errors, timeouts, 408, 429 and 5xx: retried after an exponential
/// backoff with jitter (or the receiver's <c>Retry-After</c>, capped), as long as the next attempt falls within
/// <see cref="WebhookOptions.RetryFor"/> of the event; then failed. Any other status (a 410, a 3xx that is not
/// followed) and a refused address: failed at once.
/// </summary>
public sealed class WebhookRetryPolicy(IOptions<WebhookOptions> options, TimeProvider time)
{
    public AttemptResult Decide(DueDelivery delivery, SendResult sent)
    {
        var settings = options.Value;
        var durationMs = (int)Math.Min(int.MaxValue, sent.Duration.TotalMilliseconds);
        var error = sent.Error ?? (sent.StatusCode is { } code and not (>= 200 and < 300) ? $"HTTP {code}" : null);
        if (sent.StatusCode is >= 200 and < 300)
        {
            return new AttemptResult(WebhookDeliveryOutcomes.Delivered, sent.StatusCode, durationMs, null, null);
        }
        var retryable = !sent.Refused && sent.StatusCode is null or 408 or 429 or >= 500;
        if (!retryable)
        {
            return new AttemptResult(WebhookDeliveryOutcomes.Failed, sent.StatusCode, durationMs, error, null);
        }
        var attempt = delivery.Attempts + 1;
        var delay = sent.RetryAfter is { } asked && asked > TimeSpan.Zero
            ? (asked < settings.RetryMaxDelay ? asked : settings.RetryMaxDelay)
            : Backoff(attempt, settings);
        var next = time.GetUtcNow() + delay;
        if (next > delivery.OccurredAt + settings.RetryFor)
        {
            return new AttemptResult(
                WebhookDeliveryOutcomes.Failed, sent.StatusCode, durationMs, $"Gave up after {attempt} attempts: {error}", null);
        }
        return new AttemptResult(WebhookDeliveryOutcomes.Pending, sent.StatusCode, durationMs, error, next);
    }

    /// <summary>Base × 2^(attempt − 1), capped, then a random point in its upper half (so retries of many deliveries spread).</summary>
    internal static TimeSpan Backoff(int attempt, WebhookOptions settings)
    {
        var exponent = Math.Min(attempt - 1, 30);
        var full = Math.Min(settings.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, exponent), settings.RetryMaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(full / 2 + (Random.Shared.NextDouble() * full / 2));
    }
}
